import { describe, expect, it } from "vitest";
import { dueText } from "./due-text";

describe("dueText", () => {
  it("counts calendar days to the due date, also across a month end", () => {
    expect(dueText("2026-12-02", "2026-11-23")).toEqual({ text: "nog 9 dagen", overdue: false });
    expect(dueText("2026-11-24", "2026-11-23")).toEqual({ text: "morgen", overdue: false });
    expect(dueText("2026-11-23", "2026-11-23")).toEqual({ text: "vandaag", overdue: false });
  });
  it("says how late an overdue report is", () => {
    expect(dueText("2026-11-22", "2026-11-23")).toEqual({ text: "1 dag te laat", overdue: true });
    expect(dueText("2026-11-16", "2026-11-23")).toEqual({ text: "7 dagen te laat", overdue: true });
  });
});

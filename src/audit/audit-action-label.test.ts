import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./audit-action-label";

describe("auditActionLabel", () => {
  it("names known reads and changes in Dutch", () => {
    expect(auditActionLabel("case-file.read")).toEqual({ label: "Dossier ingezien", kind: "read" });
    expect(auditActionLabel("duo-report.export")).toEqual({ label: "DUO-melding gedownload", kind: "read" });
    expect(auditActionLabel("letter.create")).toEqual({ label: "Brief gemaakt", kind: "change" });
    expect(auditActionLabel("calendar.event.remove")).toEqual({ label: "Vakantie of vrije dag weggehaald", kind: "change" });
  });

  it("shows an unknown action by its code, a read when its name says so", () => {
    expect(auditActionLabel("leave-attachment.download")).toEqual({ label: "leave-attachment.download", kind: "read" });
    expect(auditActionLabel("pupil.import")).toEqual({ label: "pupil.import", kind: "change" });
  });
});

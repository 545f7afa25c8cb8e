import { describe, expect, it } from "vitest";
import type { DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";
import { duoStatusChangeError, NEXT_DUO_STATUSES, reportStateChangeError } from "./duo-lifecycle";

const STATES: DuoReportState[] = ["DRAFT", "READY", "SUBMITTED"];
const STATUSES: DuoStatus[] = ["REGISTERED", "IN_PROGRESS", "CLOSED", "ACKNOWLEDGED", "WITHDRAWN"];
const submitted = (duoStatus: DuoStatus) => ({ state: "SUBMITTED" as const, duoStatus });

describe("reportStateChangeError", () => {
  it("allows draft → ready → submitted, and ready back to draft", () => {
    expect(reportStateChangeError("DRAFT", "READY")).toBeNull();
    expect(reportStateChangeError("READY", "DRAFT")).toBeNull();
    expect(reportStateChangeError("READY", "SUBMITTED")).toBeNull();
  });

  it("refuses everything else with a Dutch reason", () => {
    const allowed = new Set(["DRAFT>READY", "READY>DRAFT", "READY>SUBMITTED"]);
    for (const from of STATES) {
      for (const to of STATES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(reportStateChangeError(from, to), `${from} → ${to}`).toMatch(/melding/);
      }
    }
    expect(reportStateChangeError("DRAFT", "SUBMITTED")).toBe("Een concept kan niet als gemeld worden gemarkeerd: maak de melding eerst klaar voor verzending.");
    expect(reportStateChangeError("SUBMITTED", "DRAFT")).toMatch(/al bij DUO gemeld/);
  });
});

describe("duoStatusChangeError", () => {
  it("follows DUO's lifecycle after submission", () => {
    expect(duoStatusChangeError(submitted("REGISTERED"), "IN_PROGRESS", { closingReason: null })).toBeNull();
    expect(duoStatusChangeError(submitted("REGISTERED"), "ACKNOWLEDGED", { closingReason: null })).toBeNull();
    expect(duoStatusChangeError(submitted("IN_PROGRESS"), "CLOSED", { closingReason: "BACK_TO_SCHOOL" })).toBeNull();
    expect(duoStatusChangeError(submitted("IN_PROGRESS"), "WITHDRAWN", { closingReason: null })).toBeNull();
  });

  it("allows exactly the listed steps, never REGISTERED by hand, nothing out of a final status", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const error = duoStatusChangeError(submitted(from), to, { closingReason: "BACK_TO_SCHOOL" });
        expect(error === null, `${from} → ${to}`).toBe(NEXT_DUO_STATUSES[from].includes(to));
      }
    }
    expect(NEXT_DUO_STATUSES.CLOSED).toEqual([]);
    expect(duoStatusChangeError(submitted("CLOSED"), "IN_PROGRESS", { closingReason: null })?.message)
      .toBe("Een melding met de DUO-status ‘Afgesloten’ verandert niet meer van status.");
    expect(duoStatusChangeError(submitted("IN_PROGRESS"), "REGISTERED", { closingReason: null })?.message).toMatch(/vanzelf/);
  });

  it("names what is possible when a step skips back", () => {
    expect(duoStatusChangeError(submitted("IN_PROGRESS"), "IN_PROGRESS", { closingReason: null })?.message).toBe("De melding heeft de DUO-status ‘In behandeling’ al.");
  });

  it("asks for the closing reason of a closed report", () => {
    expect(duoStatusChangeError(submitted("REGISTERED"), "CLOSED", { closingReason: null })).toEqual({
      field: "closingReason", message: "Kies de reden waarom de gemeente de melding heeft afgesloten.",
    });
  });

  it("refuses a DUO status before the report was submitted", () => {
    for (const state of ["DRAFT", "READY"] as const) {
      expect(duoStatusChangeError({ state, duoStatus: null }, "IN_PROGRESS", { closingReason: null })?.message).toMatch(/Markeer de melding eerst als gemeld/);
    }
  });
});

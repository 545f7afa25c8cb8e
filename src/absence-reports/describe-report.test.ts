import { describe, expect, it } from "vitest";
import { describeReport, type ReportView } from "./describe-report";

const base: ReportView = {
  id: "r", pupilId: "p", kind: "SICK", state: "ACTIVE", startDate: "2026-11-23", startMinutes: 561, endDate: null, endMinutes: null,
  appointmentType: null, appointmentStartMinutes: null, appointmentEndMinutes: null, recoveredAt: null,
};

describe("describeReport", () => {
  it("describes an open sick report and one with an expected end", () => {
    expect(describeReport(base)).toBe("ziek vanaf maandag 23 november 09:21, tot nog niet bekend");
    expect(describeReport({ ...base, startMinutes: null, endDate: "2026-11-25" })).toBe("ziek vanaf maandag 23 november, verwacht tot en met woensdag 25 november");
    expect(describeReport({ ...base, endDate: "2026-11-23" })).toBe("ziek vanaf maandag 23 november 09:21, alleen die dag");
  });
  it("describes a recovery, at a time or from the start of a day", () => {
    expect(describeReport({ ...base, state: "RECOVERED", recoveredAt: "2026-11-23 11:00" })).toBe("ziek vanaf maandag 23 november 09:21, beter gemeld vanaf maandag 23 november 11:00");
    expect(describeReport({ ...base, state: "RECOVERED", recoveredAt: "2026-11-24 00:00" })).toMatch(/beter gemeld vanaf dinsdag 24 november$/);
  });
  it("describes an appointment with its slot and the time covered", () => {
    expect(describeReport({ ...base, kind: "MEDICAL", startMinutes: 570, endDate: "2026-11-23", endMinutes: 690, appointmentType: "DENTIST", appointmentStartMinutes: 600, appointmentEndMinutes: 660 }))
      .toBe("afspraak (tandarts) op maandag 23 november van 10:00 tot 11:00; afwezig van 09:30 tot 11:30");
  });
});

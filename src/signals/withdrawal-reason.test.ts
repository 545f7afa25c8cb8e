import { describe, expect, it } from "vitest";

import { lessonColumnsFromLessons, type TRulesLesson } from "@/rules";

import type { TSignalEvidence } from "./signal-evidence";
import { withdrawalReason } from "./withdrawal-reason";

const lesson = (date: string, start: string, status: TRulesLesson["status"]): TRulesLesson => ({
  date, start, end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, "0")}:${start.slice(3)}`, status, reason: null, lateMinutes: 0,
});
const current = (lessons: TRulesLesson[]) => ({ columns: lessonColumnsFromLessons(lessons), period: Uint8Array.from(lessons, (_, i) => (i % 2) + 1) });
const evidence: TSignalEvidence = {
  lessons: [
    { date: "2027-03-01", period: 1, start: "08:30", end: "09:30", status: "ABSENT_UNEXCUSED", hours: 1 },
    { date: "2027-03-01", period: 2, start: "09:30", end: "10:30", status: "ABSENT_UNEXCUSED", hours: 1 },
    { date: "2027-03-02", period: 1, start: "08:30", end: "09:30", status: "ABSENT_UNKNOWN", hours: 1 },
  ],
  lessonCount: 3,
  hours: 3,
  omitted: 0,
};

describe("withdrawalReason", () => {
  it("names the lessons whose registration changed, and how", () => {
    const now = current([lesson("2027-03-01", "08:30", "PRESENT"), lesson("2027-03-01", "09:30", "ABSENT_UNEXCUSED"), lesson("2027-03-02", "08:30", "SICK")]);
    expect(withdrawalReason(evidence, now, { replacementStart: null })).toBe(
      "Niet meer onderbouwd door de registraties: 2 van de 3 lessen uit het bewijs zijn nu anders geregistreerd (1× aanwezig, 1× ziek).",
    );
  });

  it("counts a lesson that is gone from the registrations or the schedule", () => {
    const now = current([lesson("2027-03-01", "08:30", "ABSENT_UNEXCUSED"), lesson("2027-03-01", "09:30", "ABSENT_UNEXCUSED")]);
    expect(withdrawalReason(evidence, now, { replacementStart: "2027-03-08" })).toBe(
      "Niet meer onderbouwd door de registraties: 1 van de 3 lessen uit het bewijs is nu anders geregistreerd (1× niet meer geregistreerd of niet meer op het rooster). Er is nu een signaal van deze soort vanaf 8-3-2027.",
    );
  });

  it("says so when the evidence itself did not change", () => {
    const now = current([lesson("2027-03-01", "08:30", "ABSENT_UNEXCUSED"), lesson("2027-03-01", "09:30", "ABSENT_UNEXCUSED"), lesson("2027-03-02", "08:30", "ABSENT_UNKNOWN")]);
    expect(withdrawalReason(evidence, now, { replacementStart: null })).toMatch(/^Niet meer onderbouwd door de registraties: bij herbeoordeling/);
    expect(withdrawalReason("not evidence", now, { replacementStart: null })).toMatch(/^Niet meer onderbouwd door de registraties: bij herbeoordeling/);
  });
});

import { describe, expect, it } from "vitest";
import { buildZermeloExport, zermeloAppointment } from "../zermelo-fixture";
import { readZermeloTimetable } from "./read-zermelo";

const TZ = { timeZone: "Europe/Amsterdam" };
const read = (value: unknown) => readZermeloTimetable(JSON.stringify(value), TZ);

describe("readZermeloTimetable", () => {
  it("reads an appointment's Unix seconds as the school's date and minutes, in winter and in summer time", () => {
    const winter = zermeloAppointment({ id: 7, date: "2026-11-23", period: 2, groups: ["2B"], teachers: ["JAN"], subjects: ["wi"], locations: ["A1.01"] });
    const summer = zermeloAppointment({ id: 8, date: "2027-06-14", period: 1, groups: ["2B"], teachers: ["JAN"], subjects: ["ne"] });
    const result = read({ response: { status: 200, data: [winter, summer] } });
    expect(result.ok && result.timetable.lessons).toEqual([
      { line: 1, sourceId: "7", date: "2026-11-23", startMinutes: 565, endMinutes: 615, period: 2, groupCodes: ["2B"], teacherCodes: ["JAN"], subjectCode: "wi", rooms: ["A1.01"], cancelled: false, studentNumbers: null },
      expect.objectContaining({ line: 2, date: "2027-06-14", startMinutes: 510, endMinutes: 560 }),
    ]);
  });

  it("accepts a bare list, skips old versions and appointments without pupils, and keeps a cluster's students", () => {
    const base = { date: "2026-11-23", period: 1, groups: ["4h-kwt"], teachers: ["JAN"], subjects: ["kwt"] };
    const result = read([
      zermeloAppointment({ ...base, id: 1, valid: false }),
      zermeloAppointment({ ...base, id: 2, type: "meeting" }),
      zermeloAppointment({ ...base, id: 3, students: ["100001", "100002"], cancelled: true }),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual({ oldVersions: 1, notLessons: 1 });
    expect(result.timetable.lessons).toEqual([expect.objectContaining({ line: 3, studentNumbers: ["100001", "100002"], cancelled: true })]);
  });

  it("refuses appointments it cannot take with their position, and reads the rest", () => {
    const good = zermeloAppointment({ id: 1, date: "2026-11-23", period: 1, groups: ["2B"], teachers: ["JAN"], subjects: ["wi"] });
    const result = read([good, "x", { ...good, end: good.start - 60 }, { ...good, groups: [] }, { ...good, subjects: "wi" }, { ...good, start: null }, { ...good, end: good.start + 86_400 }]);
    expect(result.ok && result.timetable.lessons.map((l) => l.line)).toEqual([1]);
    expect(result.ok && result.timetable.problems).toEqual([
      { line: 2, message: "Geen afspraak (geen object)." },
      { line: 3, message: "De afspraak eindigt voor of op het begin." },
      { line: 4, message: "De afspraak heeft geen klas of groep." },
      { line: 5, message: expect.stringMatching(/geen lijst van codes/) },
      { line: 6, message: expect.stringMatching(/Begin- of eindtijd ontbreekt/) },
      { line: 7, message: "De afspraak loopt over middernacht." },
    ]);
  });

  it("refuses a file that is no JSON or has another shape as a whole", () => {
    expect(readZermeloTimetable("{ niet", TZ)).toEqual({ ok: false, message: expect.stringMatching(/geen geldige JSON/) });
    expect(read({ response: { data: {} } })).toEqual({ ok: false, message: expect.stringMatching(/niet de vorm van Zermelo-afspraken/) });
    expect(read(42)).toMatchObject({ ok: false });
  });

  it("reads the fixture builder's export back into as many lessons as it made", () => {
    const file = buildZermeloExport({ from: "2026-11-23", to: "2026-11-29", classes: ["1a", "1b"], teachers: ["JAN", "PIE"], subjects: ["wi", "ne", "en"], clusters: [{ code: "kwt1", students: ["1"] }] });
    const result = read(file);
    expect(result.ok && result.timetable.lessons.length).toBe(5 * 2 * 6 + 1);
  });
});

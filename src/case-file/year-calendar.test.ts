import { describe, expect, it } from "vitest";
import { buildYearCalendar, describeDay, type TYearCalendarInput } from "./year-calendar";

const base: TYearCalendarInput = {
  yearStart: "2026-08-01",
  yearEnd: "2027-07-31",
  today: "2026-11-23",
  holidays: [{ name: "Herfstvakantie", start: "2026-10-17", end: "2026-10-25" }],
  freeDays: [{ name: "Studiedag", date: "2026-11-11" }],
  days: new Map([
    ["2026-11-16", [{ status: "PRESENT", lessons: 5, minutes: 250, lateMinutes: 0 }, { status: "ABSENT_UNEXCUSED", lessons: 1, minutes: 50, lateMinutes: 0 }]],
    ["2026-11-17", [{ status: "SICK", lessons: 6, minutes: 300, lateMinutes: 0 }]],
    ["2026-11-18", [{ status: "UNREGISTERED", lessons: 6, minutes: 300, lateMinutes: 0 }]],
    ["2026-11-19", [{ status: "PRESENT", lessons: 5, minutes: 250, lateMinutes: 0 }, { status: "LATE_UNEXCUSED", lessons: 1, minutes: 50, lateMinutes: 7 }]],
  ]),
  signals: [{ label: "16 uur in 4 weken", start: "2026-11-16", end: null }],
};

const cells = (input = base) => new Map(buildYearCalendar(input).flatMap((m) => m.weeks.flat()).filter((c) => c !== null).map((c) => [c.date, c]));

describe("buildYearCalendar", () => {
  it("has the twelve months of the school year, weeks starting on Monday", () => {
    const months = buildYearCalendar(base);
    expect(months.map((m) => m.key)).toEqual([
      "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07",
    ]);
    const november = months[3]!;
    expect(november.name).toBe("november 2026");
    // 1 November 2026 is a Sunday: six empty days before it.
    expect(november.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(november.weeks[0]![6]!.date).toBe("2026-11-01");
    expect(november.weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("colours each school day by its worst category and says what happened", () => {
    const c = cells();
    expect(c.get("2026-11-16")).toMatchObject({ kind: "UNEXCUSED" });
    expect(c.get("2026-11-16")!.summary).toBe(
      "maandag 16 november 2026: 6 lessen: 5× aanwezig, 1× ongeoorloofd afwezig (0,8 u). Signaal: 16 uur in 4 weken",
    );
    expect(c.get("2026-11-17")!.kind).toBe("EXCUSED");
    expect(c.get("2026-11-18")!.kind).toBe("UNREGISTERED");
    expect(c.get("2026-11-19")!.kind).toBe("LATE");
    expect(c.get("2026-11-20")!.kind).toBe("NO_LESSONS");
  });

  it("greys weekends, holidays, free days and public holidays, with the reason", () => {
    const c = cells();
    expect(c.get("2026-11-21")!.kind).toBe("WEEKEND");
    expect(c.get("2026-10-20")).toMatchObject({ kind: "HOLIDAY", summary: "dinsdag 20 oktober 2026: Herfstvakantie" });
    expect(c.get("2026-11-11")).toMatchObject({ kind: "FREE_DAY", summary: "woensdag 11 november 2026: Studiedag" });
    expect(c.get("2027-04-27")!.kind).toBe("PUBLIC_HOLIDAY"); // Koningsdag
  });

  it("leaves days to come open and runs an open signal up to today only", () => {
    const c = cells();
    expect(c.get("2026-11-23")!.kind).toBe("FUTURE");
    expect(c.get("2026-11-24")!.kind).toBe("FUTURE");
    expect(c.get("2026-11-23")!.signals).toEqual(["16 uur in 4 weken"]);
    expect(c.get("2026-11-24")!.signals).toEqual([]);
    expect(c.get("2026-11-13")!.signals).toEqual([]);
    expect(c.get("2026-11-21")!.signals).toEqual([]); // a Saturday inside the period
    expect(c.get("2026-11-20")!.signals).toEqual(["16 uur in 4 weken"]);
  });
});

describe("describeDay", () => {
  it("names late minutes and leaves cancelled lessons out", () => {
    expect(describeDay([{ status: "LATE_UNEXCUSED", lessons: 1, minutes: 50, lateMinutes: 7 }, { status: "CANCELLED", lessons: 2, minutes: 100, lateMinutes: 0 }]))
      .toBe("1 les: 1× ongeoorloofd te laat (7 min)");
  });
});

import { describe, expect, it } from "vitest";
import { describeScheduleChange } from "./describe-schedule-change";

const change = (overrides: Partial<Parameters<typeof describeScheduleChange>[0]>) =>
  describeScheduleChange({ kind: "EXEMPTION", subjectName: null, target: null, weekdays: [], periods: [], ...overrides });

describe("describeScheduleChange", () => {
  it("says an internship on weekdays in words, days in week order", () => {
    expect(change({ weekdays: [5] })).toBe("Geen lessen op vrijdag");
    expect(change({ weekdays: [4, 1] })).toBe("Geen lessen op maandag en donderdag");
  });

  it("says a change without filters takes every lesson out", () => {
    expect(change({})).toBe("Geen lessen (alle dagen)");
  });

  it("joins runs of periods into ranges", () => {
    expect(change({ periods: [8, 5, 6, 7] })).toBe("Geen lessen in lesuur 5 t/m 8");
    expect(change({ periods: [1, 2, 4] })).toBe("Geen lessen in lesuur 1, 2 en 4");
  });

  it("names a subject exemption, and a change tied to the timetable by its lesson", () => {
    expect(change({ subjectName: "Lichamelijke opvoeding" })).toBe("Geen Lichamelijke opvoeding");
    expect(change({ target: "Duits bij 2b, vr lesuur 6" })).toBe("Niet naar: Duits bij 2b, vr lesuur 6");
    expect(change({ kind: "ADDITION", target: "Wiskunde bij 3h, di lesuur 2" })).toBe("Volgt ook: Wiskunde bij 3h, di lesuur 2");
  });
});

import { describe, expect, it } from "vitest";
import { letterValues, occasionProblem, type TLetterContext } from "./letter-values";

const ctx: TLetterContext = {
  kind: "ABSENCE_LETTER",
  today: "2026-11-23",
  yearStart: "2026-08-01",
  pupil: { firstName: "Sanne", fullName: "Sanne de Vries", birthDate: "2013-01-15", studentNumber: "100001", className: "2havo-a", age: 13 },
  guardians: ["Anna de Vries"],
  postalAddress: null,
  mentorName: null,
  school: { name: "Het Baken College", city: "Amersfoort", phone: null, email: null },
  sender: { name: "Els Jansen", functionTitle: "verzuimcoördinator" },
  year: { unexcusedMinutes: 570, lateCount: 4 },
  signal: null,
  duoReport: null,
};

describe("letterValues", () => {
  it("takes hours and period from the school year when the letter is about no signal", () => {
    const v = letterValues(ctx);
    expect(v.uren).toBe("9,5");
    expect(v.periode).toBe("1 augustus 2026 tot en met 23 november 2026");
    expect(v.aantal_keer_te_laat).toBe("4");
    expect(v["mentor.naam"]).toBeNull();
    expect(v["melding.soort"]).toBeNull();
  });
  it("takes them from the signal the letter is about", () => {
    const v = letterValues({ ...ctx, signal: { kind: "UNEXCUSED_LETTER", startDate: "2026-11-02", endDate: "2026-11-04", hours: 8.83, count: null } });
    expect(v.uren).toBe("8,8");
    expect(v.periode).toBe("2 november 2026 tot en met 4 november 2026");
    const late = letterValues({ ...ctx, kind: "LATE_WARNING", signal: { kind: "LATE_ARRIVALS", startDate: "2026-09-01", endDate: "2026-11-20", hours: 0.8, count: 5 } });
    expect(late.aantal_keer_te_laat).toBe("5");
  });
  it("names the DUO report and addresses the pupil of 12 or older too", () => {
    const v = letterValues({
      ...ctx,
      kind: "DUO_NOTIFICATION",
      duoReport: { absenceKind: "RELATIVE_16H", beginDate: "2026-11-02", endDate: null, reportedOn: "2026-11-20" },
    });
    expect(v["melding.soort"]).toBe("16 uur ongeoorloofd verzuim in 4 weken");
    expect(v["melding.datum"]).toBe("20 november 2026");
    expect(v.periode).toBe("vanaf 2 november 2026");
    expect(v.aanhef).toBe("Beste ouder(s)/verzorger(s) van Sanne, beste Sanne");
  });
});

describe("occasionProblem", () => {
  it("refuses a letter about something that did not happen", () => {
    expect(occasionProblem(ctx)).toBeNull();
    expect(occasionProblem({ ...ctx, year: { unexcusedMinutes: 0, lateCount: 4 } })).toMatchObject({ field: "signalId" });
    expect(occasionProblem({ ...ctx, kind: "LATE_WARNING", year: { unexcusedMinutes: 0, lateCount: 0 } })).toMatchObject({ field: "kind" });
    expect(occasionProblem({ ...ctx, kind: "LATE_WARNING" })).toBeNull();
    expect(occasionProblem({ ...ctx, kind: "DUO_NOTIFICATION" })).toEqual({ field: "duoReportId", message: "Kies de DUO-melding waar de brief over gaat." });
  });
});

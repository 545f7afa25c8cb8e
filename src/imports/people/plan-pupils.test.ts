import { describe, expect, it } from "vitest";
import { planPupils, type ExistingPupil } from "./plan-pupils";
import type { PupilRecord } from "./people-records";

const existing: ExistingPupil = {
  id: "p1", studentNumber: "1", firstName: "Anna", infix: null, lastName: "Jansen", birthDate: "2013-01-15", bsn: "111222333", educationNumber: null,
  sector: "HAVO", yearLevel: 2, email: null, phone: "06", enrolledFrom: "2026-08-01", enrolledUntil: null, className: "2A",
};
const record: PupilRecord = { line: 2, studentNumber: "1", firstName: "Anna", lastName: "Jansen", birthDate: "2013-01-15", sector: "HAVO", yearLevel: 2, className: "2A" };
const options = { today: "2026-11-23", endDate: "2026-11-23", presentNumbers: new Set(["1"]), classes: ["2A"], refused: [] };

describe("planPupils", () => {
  it("changes nothing for the same data; a field without a column keeps its value", () => {
    const plan = planPupils([record], [existing], options);
    expect(plan).toMatchObject({ add: [], change: [], end: [], unchanged: 1 });
  });

  it("shows a changed BSN masked and a class move", () => {
    const plan = planPupils([{ ...record, bsn: "123456782", className: "2B" }], [existing], options);
    expect(plan.change[0]!.changes).toEqual([{ label: "BSN", from: "•••••2333", to: "•••••6782" }, { label: "Klas", from: "2A", to: "2B" }]);
    expect(plan.newClasses).toEqual([{ name: "2B", sector: "HAVO", yearLevel: 2 }]);
  });

  it("ends an enrolled pupil missing from the file, but not one whose row was refused or who already left", () => {
    const left = { ...existing, id: "p2", studentNumber: "2", enrolledUntil: "2026-10-01" };
    const refusedRow = { ...existing, id: "p3", studentNumber: "3" };
    const plan = planPupils([], [existing, left, refusedRow], { ...options, presentNumbers: new Set(["3"]) });
    expect(plan.end.map((e) => e.id)).toEqual(["p1"]);
  });

  it("a pupil who comes back is enrolled again", () => {
    const plan = planPupils([record], [{ ...existing, enrolledUntil: "2026-10-01" }], options);
    expect(plan.change[0]!.values.enrolledUntil).toBeNull();
  });
});

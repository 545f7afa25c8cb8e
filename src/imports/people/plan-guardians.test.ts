import { describe, expect, it } from "vitest";
import { guardianKey, planGuardians } from "./plan-guardians";

const pupils = new Map([["1", { id: "p1", name: "Anna" }], ["2", { id: "p2", name: "Bram" }]]);

describe("planGuardians", () => {
  it("recognises a guardian by e-mail, else by name and postcode, else by name per pupil", () => {
    expect(guardianKey({ name: "X", email: "A@b.nl", postalCode: "1234 AB" }, "p1")).toBe("e:a@b.nl");
    expect(guardianKey({ name: "Mieke  de Boer", postalCode: "1234 AB" }, "p1")).toBe("n:mieke de boer|1234 AB");
    expect(guardianKey({ name: "Mieke" }, "p1")).not.toBe(guardianKey({ name: "Mieke" }, "p2"));
  });

  it("makes one guardian of two pupils, ends a link no longer in the file, and refuses an unknown pupil", () => {
    const plan = planGuardians([
      { line: 2, studentNumber: "1", name: "Mieke", email: "m@o.nl", relation: "moeder", authority: true },
      { line: 3, studentNumber: "2", name: "Mieke", email: "m@o.nl", relation: "moeder", authority: true },
      { line: 4, studentNumber: "9", name: "Niemand" },
    ], {
      pupils, refused: [],
      guardians: [{ id: "g-old", name: "Oud", email: null, phone: null, street: null, postalCode: null, city: null }],
      links: [{ pupilId: "p1", guardianId: "g-old", relation: "vader", parentalAuthority: true }],
    });
    expect(plan.add).toHaveLength(1);
    expect(plan.addLinks.map((l) => l.pupilId)).toEqual(["p1", "p2"]);
    expect(plan.endLinks).toEqual([{ pupilId: "p1", guardianId: "g-old" }]);
    expect(plan.refused).toEqual([{ line: 4, reason: expect.stringContaining("Onbekende leerling") }]);
  });
});

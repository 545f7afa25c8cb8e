import { describe, expect, it } from "vitest";
import { joinNames, letterAddressees } from "./addressees";

const pupil = (age: number) => ({ firstName: "Sanne", fullName: "Sanne de Vries", age });

describe("letterAddressees", () => {
  it("addresses the parents of a pupil under 18", () => {
    expect(letterAddressees("ABSENCE_LETTER", pupil(14), ["Anna de Vries", "Karim de Vries"])).toEqual({
      salutation: "Beste ouder(s)/verzorger(s) van Sanne",
      lines: ["Aan de ouder(s)/verzorger(s) van Sanne de Vries", "t.a.v. Anna de Vries", "t.a.v. Karim de Vries"],
    });
  });
  it("adds the pupil from 12 to the notification of a DUO report, not before", () => {
    expect(letterAddressees("DUO_NOTIFICATION", pupil(12), ["Anna de Vries"]).lines.at(-1)).toBe("en aan Sanne de Vries");
    expect(letterAddressees("DUO_NOTIFICATION", pupil(12), []).salutation).toBe("Beste ouder(s)/verzorger(s) van Sanne, beste Sanne");
    expect(letterAddressees("DUO_NOTIFICATION", pupil(11), ["Anna de Vries"]).salutation).toBe("Beste ouder(s)/verzorger(s) van Sanne");
    expect(letterAddressees("LATE_WARNING", pupil(15), []).salutation).toBe("Beste ouder(s)/verzorger(s) van Sanne");
  });
  it("addresses a pupil of 18 or older alone", () => {
    expect(letterAddressees("DUO_NOTIFICATION", pupil(18), ["Anna de Vries"])).toEqual({ salutation: "Beste Sanne", lines: ["Sanne de Vries"] });
  });
  it("puts the postal address under the names when it is known, and nothing when it is not", () => {
    const address = ["Kerkstraat 12a", "3811 AB  AMERSFOORT"];
    expect(letterAddressees("ABSENCE_LETTER", pupil(14), ["Anna de Vries"], address).lines).toEqual(["Aan de ouder(s)/verzorger(s) van Sanne de Vries", "t.a.v. Anna de Vries", ...address]);
    expect(letterAddressees("DUO_NOTIFICATION", pupil(14), ["Anna de Vries"], address).lines.slice(-3)).toEqual(["en aan Sanne de Vries", ...address]);
    expect(letterAddressees("ABSENCE_LETTER", pupil(14), ["Anna de Vries"], null).lines).toEqual(["Aan de ouder(s)/verzorger(s) van Sanne de Vries", "t.a.v. Anna de Vries"]);
    expect(letterAddressees("ABSENCE_LETTER", pupil(18), ["Anna de Vries"], address).lines).toEqual(["Sanne de Vries"]);
  });
});

describe("joinNames", () => {
  it("joins with commas and a final ‘en’", () => {
    expect(joinNames(["A", "B", "C"])).toBe("A, B en C");
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { readGuardianRows } from "./read-guardian-rows";
import { readPeopleFile } from "./read-people-file";
import { recogniseColumns } from "./recognise-columns";

const rows = (lines: string[]) => {
  const read = readPeopleFile(new TextEncoder().encode(lines.join("\n")));
  if (!read.ok) throw new Error(read.message);
  return readGuardianRows(read.table, recogniseColumns("guardians", read.table.headers));
};

describe("readGuardianRows", () => {
  it("joins street and house number, normalises the postcode and reads gezag", () => {
    const { records } = rows(["Leerlingnummer;Naam;Gezag;Straat;Huisnummer;Postcode;Plaats;E-mail", "1;Mieke  de Boer;Ja;Kerkstraat;12a;3811ab;Amersfoort;Mieke@Ouder.test"]);
    expect(records[0]).toMatchObject({ name: "Mieke de Boer", authority: true, street: "Kerkstraat 12a", postalCode: "3811 AB", email: "mieke@ouder.test" });
  });
  it("refuses a bad postcode, a bad gezag and a bad e-mail address with the line", () => {
    const { refused } = rows(["Leerlingnummer;Naam;Gezag;Postcode;E-mail", "1;A;ja;123 AB;", "1;B;misschien;;", "1;C;nee;;geen-adres", "1;;ja;;"]);
    expect(refused.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(refused[0]!.reason).toMatch(/Postcode/);
  });
});

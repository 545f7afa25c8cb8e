import { describe, expect, it } from "vitest";
import { readPeopleFile, type PeopleTable } from "./read-people-file";
import { readPupilRows } from "./read-pupil-rows";
import { recogniseColumns } from "./recognise-columns";

const table = (text: string): PeopleTable => {
  const read = readPeopleFile(new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.message);
  return read.table;
};
const rows = (lines: string[]) => {
  const t = table(lines.join("\n"));
  return readPupilRows(t, recogniseColumns("pupils", t.headers));
};
const HEADER = "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;BSN;Klas;Leerjaar;Opleiding";

describe("readPupilRows", () => {
  it("reads a pupil; the year and sector may come from the class or the opleiding; a BSN that lost its leading zero in Excel gets it back", () => {
    const { records, refused } = rows([HEADER, "1;Anna;Jansen;15-1-2013;111222333;2B;;vmbo-t", "2;Bram;Dijk;2013-02-15;;4havo;;", "3;Cas;Vos;01-02-2013;10000008;;;Havo 3"]);
    expect(refused).toEqual([]);
    expect(records[0]).toMatchObject({ studentNumber: "1", birthDate: "2013-01-15", bsn: "111222333", className: "2B", sector: "VMBO", yearLevel: 2, email: undefined });
    expect(records[1]).toMatchObject({ sector: "HAVO", yearLevel: 4, bsn: null });
    expect(records[2]).toMatchObject({ sector: "HAVO", yearLevel: 3, bsn: "010000008" });
  });

  it("refuses each bad row with its line and reason, and keeps the rest", () => {
    const { records, refused } = rows([
      HEADER,
      "1;Anna;Jansen;15-01-2013;;2B;2;havo",
      "1;Anna;Dubbel;15-01-2013;;2B;2;havo",
      ";Geen;Nummer;15-01-2013;;2B;2;havo",
      "4;Dag;Bestaat;30-02-2013;;2B;2;havo",
      "5;Bsn;Fout;01-01-2013;123456789;2B;2;havo",
      "6;Geen;Opleiding;01-01-2013;;B;2;pro",
      "7;;Leeg;01-01-2013;;2B;2;havo",
      "8;Jaar;Fout;01-01-2013;;B;9;havo",
    ]);
    expect(records.map((r) => r.studentNumber)).toEqual(["1"]);
    expect(refused.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(refused[0]!.reason).toBe("Leerlingnummer 1 staat al op regel 2.");
    expect(refused[3]!.reason).toMatch(/elfproef/);
  });
});

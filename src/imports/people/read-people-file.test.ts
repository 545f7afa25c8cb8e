import { describe, expect, it } from "vitest";
import { PEOPLE_FILE_MAX_BYTES, readPeopleFile } from "./read-people-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readPeopleFile", () => {
  it("reads ; and , files, with or without BOM, and Windows-1252", () => {
    const semicolon = readPeopleFile(utf8("\ufeffLeerlingnummer;Roepnaam\r\n1;Zoë\r\n"));
    expect(semicolon).toMatchObject({ ok: true, table: { headers: ["Leerlingnummer", "Roepnaam"], delimiter: ";", encoding: "utf-8", rows: [{ line: 2, cells: ["1", "Zoë"] }] } });
    const comma = readPeopleFile(utf8('Leerlingnummer,Roepnaam\n1,"Jansen, Piet"\n'));
    expect(comma).toMatchObject({ ok: true, table: { delimiter: ",", rows: [{ cells: ["1", "Jansen, Piet"] }] } });
    const cp1252 = readPeopleFile(new Uint8Array([...utf8("nr;naam\n1;Jo"), 0xeb, 0x6c, 0x0a]));
    expect(cp1252).toMatchObject({ ok: true, table: { encoding: "windows-1252", rows: [{ cells: ["1", "Joël"] }] } });
  });

  it("refuses a spreadsheet renamed to .csv, a PDF, UTF-16, binary and empty files, one header column, a repeated header and a file of only a header", () => {
    const refusals = [
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]),
      utf8("%PDF-1.4"),
      new Uint8Array([0xff, 0xfe, 0x6e, 0x00]),
      new Uint8Array([0x6e, 0x00, 0x72]),
      new Uint8Array(),
      utf8("Leerlingnummer\n1\n"),
      utf8("Naam;Naam\n1;2\n"),
      utf8("Leerlingnummer;Roepnaam\n"),
    ].map((bytes) => readPeopleFile(bytes));
    for (const r of refusals) expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
    expect(refusals[0]).toMatchObject({ message: expect.stringContaining("Excel") });
  });

  it("says a file over 10 MB is too large", () => {
    expect(readPeopleFile(new Uint8Array(PEOPLE_FILE_MAX_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringContaining("10 MB") });
  });
});

import { describe, expect, it } from "vitest";
import { parseProgramme } from "./parse-programme";

describe("parseProgramme", () => {
  it.each([
    ["vmbo-b", "VMBO", null], ["vmbo-k", "VMBO", null], ["vmbo-g", "VMBO", null], ["vmbo-t", "VMBO", null], ["VMBO BB 3", "VMBO", 3],
    ["mavo", "VMBO", null], ["havo", "HAVO", null], ["Havo 4", "HAVO", 4], ["4havo", "HAVO", 4], ["vwo", "VWO", null],
    ["atheneum", "VWO", null], ["Gymnasium 6", "VWO", 6], ["tl", "VMBO", null],
  ] as const)("reads %j", (text, sector, yearLevel) => expect(parseProgramme(text)).toEqual({ sector, yearLevel }));

  it("refuses what it does not know rather than guessing", () => {
    expect(parseProgramme("praktijkonderwijs").sector).toBeNull();
    expect(parseProgramme("").sector).toBeNull();
  });
});

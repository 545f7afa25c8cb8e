import { describe, expect, it } from "vitest";
import { readGpuCodeList } from "./read-gpu-code-list";

describe("readGpuCodeList", () => {
  it("takes the first field of GPU003–GPU006 as the code, quoted or not, and names an empty one", () => {
    const { codes, problems } = readGpuCodeList("GPU004.TXT", '"JAN";"Jansen";;"12"\r\nPIE;Pietersen\r\n;"Zonder code"\r\n');
    expect([...codes]).toEqual(["JAN", "PIE"]);
    expect(problems).toEqual([{ line: 3, message: "GPU004.TXT regel 3: het eerste veld (de code) is leeg; de regel is overgeslagen." }]);
  });

  it("reads a comma-separated list with a comma inside a quoted long name", () => {
    expect([...readGpuCodeList("GPU006.TXT", '"wi","Wiskunde, A"\n"ne","Nederlands"\n').codes]).toEqual(["wi", "ne"]);
  });
});

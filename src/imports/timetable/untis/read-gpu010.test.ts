import { describe, expect, it } from "vitest";
import { readGpu010 } from "./read-gpu010";

describe("readGpu010", () => {
  it("gives each pupil's student number by short name, or the external key when the number is empty", () => {
    const text = [
      '"Jansen_Pie";"Jansen";;;;;;"Piet";"123456";"2B";1;;"20110304";;"";',
      '"Bakker_Ann";"Bakker";;;;;;"Anna";"";"2B";1;;"20110506";;"998877";',
      '"Smit_Bas";"Smit";;;;;;"Bas";"";"2B"',
      ';"Zonder naam"',
    ].join("\r\n");
    const { numbers, problems } = readGpu010("GPU010.TXT", text);
    expect([...numbers]).toEqual([["Jansen_Pie", "123456"], ["Bakker_Ann", "998877"]]);
    expect(problems).toEqual([{ line: 4, message: "GPU010.TXT regel 4: de leerling heeft geen naam (veld 1); de regel is overgeslagen." }]);
  });
});

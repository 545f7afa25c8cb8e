import { describe, expect, it } from "vitest";
import { fillTemplate, templateProblems } from "./fill-template";
import { PLACEHOLDER_NAMES, type TLetterValues } from "./placeholders";

const values = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, `<${name}>`])) as TLetterValues;

describe("templateProblems", () => {
  it("accepts every documented placeholder, with or without spaces inside the braces", () => {
    expect(templateProblems(PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(" "))).toEqual([]);
    expect(templateProblems("Beste {{ leerling.naam }},")).toEqual([]);
  });
  it("names an unknown placeholder once, however often it occurs", () => {
    expect(templateProblems("{{leerling.achternaam}} en {{leerling.achternaam}}")).toEqual([
      "Onbekende invulplek {{leerling.achternaam}}: kies er een uit de lijst.",
    ]);
  });
  it("finds braces that do not close", () => {
    expect(templateProblems("Beste {{leerling.naam,")).toHaveLength(1);
    expect(templateProblems("Beste leerling.naam}}")).toHaveLength(1);
    expect(templateProblems("Geen invulplekken")).toEqual([]);
  });
});

describe("fillTemplate", () => {
  it("fills every occurrence", () => {
    expect(fillTemplate("{{leerling.voornaam}} en {{ leerling.voornaam }} ({{uren}} uur)", values)).toEqual({
      text: "<leerling.voornaam> en <leerling.voornaam> (<uren> uur)",
      missing: [],
    });
  });
  it("reports placeholders without a value instead of leaving a hole", () => {
    const result = fillTemplate("Gemeld op {{melding.datum}}: {{melding.soort}}.", { ...values, "melding.datum": null, "melding.soort": null });
    expect(result.missing).toEqual(["melding.datum", "melding.soort"]);
    expect(result.text).toBe("Gemeld op {{melding.datum}}: {{melding.soort}}.");
  });
  it("never interprets a value as a placeholder or a replacement pattern", () => {
    expect(fillTemplate("{{leerling.naam}}", { ...values, "leerling.naam": "$& {{datum}}" }).text).toBe("$& {{datum}}");
  });
});

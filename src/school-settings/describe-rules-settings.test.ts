import { describe, expect, it } from "vitest";
import { PROFILES, resolveSettings } from "@/rules";
import { describeRulesSettings } from "./describe-rules-settings";

describe("describeRulesSettings", () => {
  it("says the national card's thresholds in words", () => {
    expect(describeRulesSettings(PROFILES.default)).toEqual([
      "Melding bij DUO bij 16 uur ongeoorloofd verzuim in 4 weken (de wet; vakanties tellen niet mee).",
      "Melding langdurig relatief verzuim na 4 weken waarin de leerling elke schooldag ongeoorloofd de hele dag mist.",
      "Verzuimbrief bij meer dan 8 uur ongeoorloofd verzuim in 4 weken.",
      "Te laat: gesprek met ouders na 5 keer, melding ‘overig verzuim’ na 10 keer en de leerplichtambtenaar na 11 keer in een schooljaar.",
      "Ongeoorloofd te laat telt niet mee bij de uren ongeoorloofd verzuim.",
      "Zorgelijk ziekteverzuim: signaal op de 7e schooldag ziek achter elkaar.",
      "Vaak ziek: signaal bij de 5e ziekmelding binnen 12 weken.",
      "Rond vakanties: let op afwezigheid op de 2 schooldagen vlak voor en na een vakantie (luxeverzuim, twijfelachtig ziek).",
    ]);
  });

  it("follows each profile's own settings: Twente's sick rules, Parkstad's late thresholds, M@ZL's frequent sickness", () => {
    expect(describeRulesSettings(PROFILES.twente)).toContain("Zorgelijk ziekteverzuim: signaal op de 11e schooldag ziek achter elkaar.");
    expect(describeRulesSettings(PROFILES.twente)).toContain("Vaak ziek: signaal bij de 3e ziekmelding binnen 13 weken.");
    expect(describeRulesSettings(PROFILES.parkstad)).toContain(
      "Te laat: gesprek met ouders na 6 keer, melding ‘overig verzuim’ na 10 keer en de leerplichtambtenaar na 12 keer in een schooljaar.",
    );
    expect(describeRulesSettings(PROFILES.mazl)).toContain("Vaak ziek: signaal bij de 4e ziekmelding binnen 12 weken.");
  });

  it("says a school's overrides, also odd ones", () => {
    const lines = describeRulesSettings(resolveSettings("default", { letterHours: 6.5, lateCountsAsAbsence: true, fullAbsenceShare: 0.8, frequentSickWindowDays: 45, holidayAdjacentDays: 1 }));
    expect(lines).toContain("Verzuimbrief bij meer dan 6,5 uur ongeoorloofd verzuim in 4 weken.");
    expect(lines).toContain("Ongeoorloofd te laat telt mee als verzuim: de gemiste minuten tellen bij de uren op.");
    expect(lines).toContain("Melding langdurig relatief verzuim na 4 weken waarin de leerling elke schooldag ongeoorloofd minstens 80% van de lestijd mist.");
    expect(lines).toContain("Vaak ziek: signaal bij de 5e ziekmelding binnen 45 dagen.");
    expect(lines).toContain("Rond vakanties: let op afwezigheid op de schooldag vlak voor en na een vakantie (luxeverzuim, twijfelachtig ziek).");
  });
});

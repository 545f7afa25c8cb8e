import type { TRulesSettings } from "@/rules";

/** "12 weken" for a whole number of weeks, else "45 dagen". */
function span(days: number): string {
  return days % 7 === 0 ? `${days / 7} weken` : `${days} dagen`;
}

function hours(value: number): string {
  return `${String(value).replace(".", ",")} uur`;
}

/**
 * A rules profile's thresholds in plain Dutch, one line each, for the administrator choosing a profile
 * (Beheer). Generated from the settings the rules module uses (src/rules/profiles.ts, with the school's
 * overrides), never written per profile, so the words cannot drift from what the signals do. The first two
 * lines are the law's and the same for every profile.
 *
 * @example describeRulesSettings(PROFILES.parkstad)[3]
 * // "Te laat: gesprek met ouders na 6 keer, melding ‘overig verzuim’ na 10 keer en de leerplichtambtenaar na 12 keer in een schooljaar."
 */
export function describeRulesSettings(settings: TRulesSettings): string[] {
  const [talk, report, officer] = settings.lateThresholds;
  const share = settings.fullAbsenceShare >= 1 ? "alle lestijd" : `minstens ${Math.round(settings.fullAbsenceShare * 100)}% van de lestijd`;
  return [
    "Melding bij DUO bij 16 uur ongeoorloofd verzuim in 4 weken (de wet; vakanties tellen niet mee).",
    `Melding langdurig relatief verzuim na 4 weken waarin de leerling elke schooldag ongeoorloofd ${share === "alle lestijd" ? "de hele dag" : share} mist.`,
    `Verzuimbrief bij meer dan ${hours(settings.letterHours)} ongeoorloofd verzuim in 4 weken.`,
    `Te laat: gesprek met ouders na ${talk} keer, melding ‘overig verzuim’ na ${report} keer en de leerplichtambtenaar na ${officer} keer in een schooljaar.`,
    settings.lateCountsAsAbsence ? "Ongeoorloofd te laat telt mee als verzuim: de gemiste minuten tellen bij de uren op." : "Ongeoorloofd te laat telt niet mee bij de uren ongeoorloofd verzuim.",
    `Zorgelijk ziekteverzuim: signaal op de ${settings.longSickDays + 1}e schooldag ziek achter elkaar.`,
    `Vaak ziek: signaal bij de ${settings.frequentSickRuns}e ziekmelding binnen ${span(settings.frequentSickWindowDays)}.`,
    `Rond vakanties: let op afwezigheid op de ${settings.holidayAdjacentDays === 1 ? "schooldag" : `${settings.holidayAdjacentDays} schooldagen`} vlak voor en na een vakantie (luxeverzuim, twijfelachtig ziek).`,
  ];
}

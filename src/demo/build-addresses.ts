import type { Rng } from "./random";
import type { GuardianRow, PupilGuardianRow } from "./types";

const STREETS = [
  "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat", "Lindelaan", "Eikenlaan",
  "Kastanjelaan", "Brinkweg", "Zonnebloemstraat", "Tulpstraat", "Vondellaan", "Rembrandtlaan", "Prinses Irenestraat", "Havenkade",
  "Parkweg", "Wilhelminastraat", "Oranjestraat", "Burgemeester de Beaufortweg", "Leusderweg", "Hogeweg", "Van Goghstraat",
] as const;

/** The first two digits of the postcodes of the demo cities, so an address looks like one from there. */
const POSTCODE_AREA: Record<string, number> = {
  Zwolle: 80, Alkmaar: 18, Groningen: 97, Leeuwarden: 89, Amersfoort: 38, Utrecht: 35, Gouda: 28, Apeldoorn: 73,
  Tilburg: 50, Breda: 48, Eindhoven: 56, Venlo: 59,
};
// F, I, O, Q, U and Y never occur in a postcode's letters; S is left out too, since SA, SD and SS are not issued.
const POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ";

/**
 * Postal addresses for the guardians, for the letters' address block. Drawn
 * from their own stream (`rng` is a fork), so the rest of the demo school is
 * the same with or without them. Guardians of one pupil usually share a
 * household; one family in seven lives at two addresses, and one household in
 * twelve has no known address (the school's import has not filled it), which
 * shows a letter without an address block.
 */
export function withGuardianAddresses(guardians: readonly GuardianRow[], pupilGuardians: readonly PupilGuardianRow[], city: string, rng: Rng): GuardianRow[] {
  const area = POSTCODE_AREA[city] ?? rng.int(10, 99);
  const address = (): Pick<GuardianRow, "street" | "postalCode" | "city"> => {
    if (rng.chance(1 / 12)) return { street: null, postalCode: null, city: null };
    const letters = `${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
    const suffix = rng.chance(0.1) ? rng.pick(["a", "b", "-1", "-2"]) : "";
    return { street: `${rng.pick(STREETS)} ${rng.int(1, 180)}${suffix}`, postalCode: `${area}${rng.int(10, 99)} ${letters}`, city };
  };
  const byId = new Map(guardians.map((g) => [g.id, { ...g }]));
  const done = new Set<string>();
  const family = new Map<string, string[]>();
  for (const pg of pupilGuardians) family.set(pg.pupilId, [...(family.get(pg.pupilId) ?? []), pg.guardianId]);
  for (const ids of family.values()) {
    const open = ids.filter((id) => !done.has(id));
    if (open.length === 0) continue;
    const shared = address();
    open.forEach((id, k) => {
      Object.assign(byId.get(id)!, k > 0 && rng.chance(1 / 7) ? address() : shared);
      done.add(id);
    });
  }
  return guardians.map((g) => byId.get(g.id)!);
}

import type { Sector } from "@/db/generated/prisma/enums";

const PROGRAMMES: ReadonlyArray<readonly [RegExp, Sector]> = [
  [/vmbo|mavo|\bbb\b|\bkb\b|\bgl\b|\btl\b|basisberoeps|kaderberoeps|gemengde leerweg|theoretische leerweg/, "VMBO"],
  [/havo/, "HAVO"],
  [/vwo|atheneum|gymnasium|\bgymn?\b|\bath\b/, "VWO"],
  [/\bmbo\b/, "MBO"],
];

/**
 * The sector of an "opleiding" as administration systems name it ("vmbo-b", "vmbo-k/g", "mavo",
 * "havo", "atheneum", "gymnasium", "4 havo"), and its year when the name carries one. Null sector when
 * the name is none of these (praktijkonderwijs, a typing error): the row is refused, not guessed.
 *
 * @example parseProgramme("Havo 4") // { sector: "HAVO", yearLevel: 4 }
 */
export function parseProgramme(text: string): { sector: Sector | null; yearLevel: number | null } {
  const value = text.trim().toLowerCase();
  const sector = PROGRAMMES.find(([pattern]) => pattern.test(value))?.[1] ?? null;
  const year = /(?:^|\D)([1-6])(?:\D|$)/.exec(value);
  return { sector, yearLevel: year ? Number(year[1]) : null };
}

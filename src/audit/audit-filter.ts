import { z } from "zod";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log's filter as the page reads it from its address. */
export interface TAuditFilter {
  pupil: string;
  kind: "all" | "read" | "change";
  from: string | null;
  until: string | null;
  before: { at: Date; id: string } | null;
}

const text = z.string().optional();

/**
 * The log's query parameters (`leerling`, `soort`, `van`, `tot`, `voor`) read
 * strictly: a value that is not what the form sends is named in `errors` (in
 * Dutch, for the page) and left out of the filter, never guessed at.
 *
 * @example parseAuditFilter({ soort: "inzien", van: "2026-11-31" })
 * // { filter: { kind: "read", from: null, … }, errors: ["De datum ‘van’ bestaat niet: 2026-11-31."] }
 */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): { filter: TAuditFilter; errors: string[] } {
  const one = (name: string) => {
    const value = text.safeParse(params[name]);
    return value.success ? (value.data ?? "") : "";
  };
  const errors: string[] = [];
  const date = (name: "van" | "tot") => {
    const value = one(name);
    if (value === "") return null;
    if (isRealDate(value)) return value;
    errors.push(`De datum ‘${name}’ bestaat niet: ${value.slice(0, 20)}.`);
    return null;
  };
  const kindText = one("soort");
  const kind = kindText === "inzien" ? "read" : kindText === "wijzigen" ? "change" : "all";
  if (!["", "alles", "inzien", "wijzigen"].includes(kindText)) errors.push("Kies bij ‘soort’ alles, inzien of wijzigen.");
  const from = date("van");
  const until = date("tot");
  if (from && until && from > until) errors.push("De datum ‘van’ ligt na de datum ‘tot’.");
  return {
    filter: { pupil: one("leerling").replaceAll("\0", "").slice(0, 100), kind, from, until, before: parseCursor(one("voor")) },
    errors,
  };
}

/** "2026-11-23T09:00:00.000Z_<uuid>": the last row of the page before. */
function parseCursor(value: string): TAuditFilter["before"] {
  const [at, id] = value.split("_");
  if (!at || !id || !UUID.test(id)) return null;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : { at: date, id };
}

/** A `?datum=YYYY-MM-DD` parameter, if it is a real date from `earliest` (when given) up to `latest`; otherwise `fallback`. */
export function parseDateParam(
  value: string | string[] | undefined,
  { fallback, latest, earliest }: { fallback: string; latest: string; earliest?: string },
): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return fallback;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(value)) return fallback;
  if (earliest !== undefined && value < earliest) return fallback;
  return value > latest ? fallback : value;
}

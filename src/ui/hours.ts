/** Clock minutes as Dutch hours with one decimal: 230 → "3,8 u". */
export function formatHours(minutes: number): string {
  return `${(minutes / 60).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} u`;
}

/** A share as a Dutch percentage with one decimal: 0.9634 → "96,3%". */
export function formatPercent(share: number): string {
  return `${(share * 100).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

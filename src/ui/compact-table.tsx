/**
 * A table of five or more columns fits a 390 px phone only with narrow cell padding and short column headers
 * there: `COMPACT_CELL` for every cell, `ShortLabel` for a header (or row label) that needs it. The full text is
 * what a screen reader reads on every width, and what a laptop shows.
 */
export const COMPACT_CELL = "px-1.5 py-2 first:pl-4 last:pr-4 sm:px-4";

export function ShortLabel({ short, children }: { short: string; children: string }) {
  return (
    <>
      <span aria-hidden="true" className="sm:hidden">{short}</span>
      <span className="sr-only sm:not-sr-only">{children}</span>
    </>
  );
}

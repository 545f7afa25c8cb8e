/**
 * The last leaving date whose data has passed its retention period on `today`:
 * a pupil who left on or before it (enrolledUntil <= cutoff) is removed. A
 * pupil who left on 31 July 2021 is kept through 31 July 2026 with 5 years and
 * removed from 1 August 2026. A 29 February that does not exist counts as 28 February.
 *
 * @example retentionCutoff("2026-08-01", 5) // "2021-07-31"
 */
export function retentionCutoff(today: string, years: number): string {
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const month = yesterday.getUTCMonth();
  const cutoff = new Date(Date.UTC(yesterday.getUTCFullYear() - years, month, yesterday.getUTCDate()));
  // 29 February in a year without one rolls over to 1 March: take 28 February instead.
  if (cutoff.getUTCMonth() !== month) cutoff.setUTCDate(0);
  return cutoff.toISOString().slice(0, 10);
}

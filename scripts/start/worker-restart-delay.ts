/** The first pause before a stopped worker is started again. */
export const FIRST_RESTART_DELAY_MS = 1_000;
/** The longest pause: a worker that keeps failing is tried once a minute. */
export const MAX_RESTART_DELAY_MS = 60_000;
/** A worker that ran this long was healthy: its next stop starts the pauses over. */
export const HEALTHY_RUN_MS = 60_000;

/**
 * The pause before starting a worker again that stopped after `ranMs`, when the pause before its
 * last start was `previousDelayMs` (0 for the first start): doubled while it keeps stopping soon.
 */
export function nextRestartDelayMs(previousDelayMs: number, ranMs: number): number {
  if (ranMs >= HEALTHY_RUN_MS || previousDelayMs <= 0) return FIRST_RESTART_DELAY_MS;
  return Math.min(previousDelayMs * 2, MAX_RESTART_DELAY_MS);
}

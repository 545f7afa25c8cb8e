/**
 * How long a log-in lasts (docs/decisions/100-server-side-sessions.md).
 * Checked by the database on every request, against the Session row.
 */
export const SESSION_LIMITS = {
  /** Unused this long: the session ends (a teacher's free periods fit in it; a forgotten classroom computer does not stay open all day). */
  idleMinutes: 120,
  /** From log-in, however busy: one working day. */
  absoluteHours: 12,
  /** lastSeenAt is written at most this often, so a request is not a write. */
  touchMinutes: 5,
} as const;

/** The database's clock in UTC, as the timestamp columns store it. */
export const DB_NOW = `(now() AT TIME ZONE 'UTC')`;

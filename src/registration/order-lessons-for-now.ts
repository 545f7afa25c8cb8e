type Timed = { startMinutes: number; endMinutes: number; cancelled: boolean };

/**
 * The teacher's day with the lesson that is going on now first, then the next
 * ones, then the ones that are over (to correct), in time order. Before the
 * first lesson, the first lesson is "next"; a cancelled lesson is never current.
 */
export function orderLessonsForNow<T extends Timed>(lessons: readonly T[], nowMinutes: number): { current: T | null; upcoming: T[]; past: T[] } {
  const sorted = [...lessons].sort((a, b) => a.startMinutes - b.startMinutes);
  const current = sorted.find((l) => !l.cancelled && l.startMinutes <= nowMinutes && nowMinutes < l.endMinutes) ?? null;
  return {
    current,
    upcoming: sorted.filter((l) => l !== current && l.startMinutes > nowMinutes),
    past: sorted.filter((l) => l !== current && l.startMinutes <= nowMinutes),
  };
}

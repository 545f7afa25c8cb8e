import { z } from "zod";

/**
 * Where a pupil stands in the queue: urgency rank (0 an overdue mandatory
 * report, 1 a mandatory report, 2 warnings only), then the date that orders
 * within the rank (the first due date ascending for 0 and 1; the newest
 * warning first for 2), then the name and the id, so the order is total.
 */
export interface TPupilQueueKey {
  rank: 0 | 1 | 2;
  date: string;
  name: string;
  id: string;
}

/** Sorts pupils by urgency; a total order, since `id` is unique. */
export function comparePupilKeys(a: TPupilQueueKey, b: TPupilQueueKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.date !== b.date) return (a.date < b.date ? -1 : 1) * (a.rank === 2 ? -1 : 1);
  return a.name.localeCompare(b.name, "nl") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const ZCursorSchema = z.tuple([z.union([z.literal(0), z.literal(1), z.literal(2)]), z.string().max(10), z.string().max(200), z.string().max(40)]);

/** The `na` query parameter: the key of the last pupil of a page, in base64url JSON. */
export function encodeQueueCursor(key: TPupilQueueKey): string {
  return Buffer.from(JSON.stringify([key.rank, key.date, key.name, key.id])).toString("base64url");
}

/** Null for anything that is not a cursor we wrote: the queue then starts at the top. */
export function decodeQueueCursor(value: string | undefined): TPupilQueueKey | null {
  if (!value) return null;
  try {
    const parsed = ZCursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [rank, date, name, id] = parsed.data;
    return { rank, date, name, id };
  } catch {
    return null;
  }
}

import type { TMark } from "./schemas";

/**
 * Marks waiting to reach the server, kept in the browser's storage before they
 * are sent, so that a closed tab or a lost connection never loses a mark. Each
 * mark carries its idempotency key: sending one twice changes nothing.
 */
export type QueuedMark = TMark & { lessonId: string };

export interface MarkStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "aanwezig:marks:";
/** Fired on `window` whenever this tab changes a queue; other tabs hear the `storage` event. */
export const QUEUE_EVENT = "aanwezig:marks-changed";

export function queueKey(lessonId: string): string {
  return PREFIX + lessonId;
}

export function readQueue(store: MarkStore, lessonId: string): QueuedMark[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(PREFIX + lessonId) ?? "[]");
    return Array.isArray(parsed) ? (parsed as QueuedMark[]) : [];
  } catch {
    return [];
  }
}

export function enqueue(store: MarkStore, marks: QueuedMark[]): void {
  const lessonId = marks[0]?.lessonId;
  if (!lessonId) return;
  store.setItem(PREFIX + lessonId, JSON.stringify([...readQueue(store, lessonId), ...marks]));
}

/** Removes the marks the server answered for (whatever the answer: each is final). */
export function acknowledge(store: MarkStore, lessonId: string, keys: ReadonlySet<string>): QueuedMark[] {
  const rest = readQueue(store, lessonId).filter((m) => !keys.has(m.idempotencyKey));
  if (rest.length === 0) store.removeItem(PREFIX + lessonId);
  else store.setItem(PREFIX + lessonId, JSON.stringify(rest));
  return rest;
}

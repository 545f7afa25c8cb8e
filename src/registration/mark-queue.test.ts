import { describe, expect, it } from "vitest";
import { acknowledge, enqueue, readQueue, type MarkStore, type QueuedMark } from "./mark-queue";

function memoryStore(): MarkStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const mark = (key: string, lessonId = "L1"): QueuedMark => ({ lessonId, pupilId: "P", observation: "PRESENT", idempotencyKey: key, markedAt: "2026-11-23T09:00:00Z" });

describe("mark queue", () => {
  it("keeps marks in order per lesson until the server answered them", () => {
    const store = memoryStore();
    enqueue(store, [mark("k1"), mark("k2")]);
    enqueue(store, [mark("k3")]);
    enqueue(store, [mark("x1", "L2")]);
    expect(readQueue(store, "L1").map((m) => m.idempotencyKey)).toEqual(["k1", "k2", "k3"]);
    expect(acknowledge(store, "L1", new Set(["k1", "k3"])).map((m) => m.idempotencyKey)).toEqual(["k2"]);
    acknowledge(store, "L1", new Set(["k2"]));
    expect(store.data.has("aanwezig:marks:L1")).toBe(false);
    expect(readQueue(store, "L2")).toHaveLength(1);
  });

  it("survives damaged storage", () => {
    const store = memoryStore();
    store.setItem("aanwezig:marks:L1", "{niet json");
    expect(readQueue(store, "L1")).toEqual([]);
  });
});

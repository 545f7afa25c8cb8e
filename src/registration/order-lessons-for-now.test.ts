import { describe, expect, it } from "vitest";
import { orderLessonsForNow } from "./order-lessons-for-now";

const lesson = (id: string, start: number, cancelled = false) => ({ id, startMinutes: start, endMinutes: start + 50, cancelled });

describe("orderLessonsForNow", () => {
  const day = [lesson("3", 610), lesson("1", 510), lesson("2", 560, true), lesson("4", 660)];

  it("puts the lesson going on now first", () => {
    const { current, upcoming, past } = orderLessonsForNow(day, 615);
    expect(current?.id).toBe("3");
    expect(upcoming.map((l) => l.id)).toEqual(["4"]);
    expect(past.map((l) => l.id)).toEqual(["1", "2"]);
  });

  it("has no current lesson in a break or before school", () => {
    expect(orderLessonsForNow(day, 480).current).toBeNull();
    expect(orderLessonsForNow(day, 480).upcoming).toHaveLength(4);
  });

  it("never calls a cancelled lesson current", () => {
    expect(orderLessonsForNow(day, 565).current).toBeNull();
  });
});

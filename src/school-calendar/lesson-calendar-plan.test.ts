import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lessonCalendarPlan, type PlannedLesson } from "./lesson-calendar-plan";

const lesson = (id: string, date: string, over: Partial<PlannedLesson> = {}): PlannedLesson => ({ id, date, cancelled: false, cancelledByEventId: null, ...over });
const studyDay = { id: "e1", name: "Studiedag", startDate: "2027-03-10", endDate: "2027-03-10" };

describe("lessonCalendarPlan", () => {
  it("cancels a lesson on a day off with the event's name", () => {
    expect(lessonCalendarPlan([lesson("a", "2027-03-10"), lesson("b", "2027-03-11")], [studyDay])).toEqual({
      cancel: [{ lessonId: "a", date: "2027-03-10", eventId: "e1", reason: "Studiedag" }], restore: [],
    });
  });

  it("brings back a lesson the event cancelled once its day is a school day again (the event moved)", () => {
    const moved = { ...studyDay, startDate: "2027-03-11", endDate: "2027-03-11" };
    const plan = lessonCalendarPlan([lesson("a", "2027-03-10", { cancelled: true, cancelledByEventId: "e1" }), lesson("b", "2027-03-11")], [moved]);
    expect(plan.restore).toEqual([{ lessonId: "a", date: "2027-03-10" }]);
    expect(plan.cancel.map((c) => c.lessonId)).toEqual(["b"]);
  });

  it("never touches a lesson the timetable cancelled", () => {
    expect(lessonCalendarPlan([lesson("a", "2027-03-10", { cancelled: true })], [studyDay])).toEqual({ cancel: [], restore: [] });
    expect(lessonCalendarPlan([lesson("a", "2027-03-10", { cancelled: true })], [])).toEqual({ cancel: [], restore: [] });
  });

  it("hands a lesson to the other event that still covers its day when its own goes", () => {
    const holiday = { id: "e2", name: "Voorjaarsvakantie", startDate: "2027-03-08", endDate: "2027-03-12" };
    expect(lessonCalendarPlan([lesson("a", "2027-03-10", { cancelled: true, cancelledByEventId: "e1" })], [holiday]).cancel).toEqual([
      { lessonId: "a", date: "2027-03-10", eventId: "e2", reason: "Voorjaarsvakantie" },
    ]);
  });

  it("plans nothing when run on its own result", () => {
    const day = fc.integer({ min: 1, max: 20 }).map((d) => `2027-03-${String(d).padStart(2, "0")}`);
    const event = fc.tuple(day, day, fc.constantFrom("e1", "e2", "e3")).map(([a, b, id]) => ({ id, name: id, startDate: a < b ? a : b, endDate: a < b ? b : a }));
    const lessons = fc.array(fc.tuple(day, fc.boolean()), { maxLength: 30 }).map((list) => list.map(([date, cancelled], i) => lesson(`l${i}`, date, { cancelled })));
    fc.assert(fc.property(lessons, fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 3 }), (before, events) => {
      const plan = lessonCalendarPlan(before, events);
      const cancel = new Map(plan.cancel.map((c) => [c.lessonId, c.eventId]));
      const restore = new Set(plan.restore.map((r) => r.lessonId));
      const after = before.map((l) => (cancel.has(l.id) ? { ...l, cancelled: true, cancelledByEventId: cancel.get(l.id)! } : restore.has(l.id) ? { ...l, cancelled: false, cancelledByEventId: null } : l));
      expect(lessonCalendarPlan(after, events)).toEqual({ cancel: [], restore: [] });
    }));
  });
});

import type { AdjustmentCategory, LeaveState, LeaveType } from "@/db/generated/prisma/enums";
import { isoWeekday } from "@/calendar/iso-weekday";
import { schoolDays, type SchoolCalendar } from "@/calendar/school-days";
import type { SchoolHoliday } from "@/calendar/school-holidays";
import { addDays } from "@/calendar/school-time";
import type { AttendancePattern } from "./attendance-patterns";
import type { BuiltPeople } from "./build-people";
import type { BuiltTimetable } from "./build-timetable";
import type { Rng } from "./random";
import type { LessonRow, ScheduleAdjustmentRow } from "./types";

export interface StoryInput {
  today: string;
  pastSchoolDays: readonly string[]; // school days before today
  calendar: SchoolCalendar;
  holidays: readonly SchoolHoliday[];
  timetable: BuiltTimetable;
  people: BuiltPeople; // adjusted in place: demo e-mail addresses, one family, the adult pupil, one class change
  lessons: readonly LessonRow[];
  emailDomain: string;
}

export interface LeavePlan {
  pupilId: string; type: LeaveType; startDate: string; endDate: string; reason: string; state: LeaveState;
  decisionNote: string | null; requestedOn: string; decidedOn: string;
  /** Forwarded to the leerplichtambtenaar (more than 10 school days): the school's advice. */
  schoolAdvice?: string;
}

export interface Story {
  previousSchoolDay: string | null;
  demoTeacherStaffId: string;
  demoMentorStaffId: string;
  firstLessonTodayId: string | null;
  stoppedPupilId: string;
  adultPupilId: string;
  longSickPupilId: string;
  frequentSickPupilId: string;
  truantPupilIds: string[];
  luxuryPupilIds: string[];
  parentChildIds: string[];
  sickToday: string[];
  medicalToday: string | null;
  patterns: Map<string, AttendancePattern>;
  adjustments: Omit<ScheduleAdjustmentRow, "id" | "createdById" | "createdAt">[];
  leave: LeavePlan[];
  unregisteredLessonIds: string[];
  unknownYesterday: string[];
}

/**
 * Chooses who plays which part in the demo: the demo teacher (lessons on
 * every weekday, today's first lesson as early as possible), the pupil who
 * stopped coming and their mentor, the demo parent with one child sick today,
 * the truants, the sick, the late, the luxe-verzuim suspects, leave requests
 * and individual schedules. Everyone else is a regular pupil.
 */
export function pickStory(input: StoryInput, rng: Rng): Story {
  const { today, pastSchoolDays, people, timetable, lessons } = input;
  const previousSchoolDay = pastSchoolDays[pastSchoolDays.length - 1] ?? null;

  // The demo teacher.
  const weekdaysOf = new Map<string, Set<number>>();
  for (const e of timetable.entries) weekdaysOf.set(e.staffId!, (weekdaysOf.get(e.staffId!) ?? new Set()).add(e.weekday));
  const todayLessons = lessons.filter((l) => l.date === today);
  const firstToday = (staffId: string) => todayLessons.find((l) => l.staffId === staffId);
  const teachers = [...weekdaysOf.keys()];
  // A teacher who mentors no group, so that logging in as "docent" shows a teacher's work only.
  const mentors = new Set(timetable.mentors.map((m) => m.staffId));
  const rank = (id: string) => weekdaysOf.get(id)!.size * 100 - (mentors.has(id) ? 60 : 0) - (firstToday(id)?.period ?? 50);
  const demoTeacherStaffId = teachers.reduce((best, id) => (rank(id) > rank(best) ? id : best));
  const firstLessonToday = firstToday(demoTeacherStaffId) ?? null;

  // The pupil who stopped coming, in a lower-year group mentored by someone else.
  const mentorOf = new Map(timetable.mentors.map((m) => [m.groupId, m.staffId]));
  const groupsByPreference = rng
    .shuffle(timetable.groups)
    .sort((a, b) => Number(b.yearLevel! >= 2 && b.yearLevel! <= 4) - Number(a.yearLevel! >= 2 && a.yearLevel! <= 4))
    .sort((a, b) => Number(mentorOf.get(b.id) !== demoTeacherStaffId) - Number(mentorOf.get(a.id) !== demoTeacherStaffId));
  const stoppedGroup = groupsByPreference[0]!;
  const demoMentorStaffId = mentorOf.get(stoppedGroup.id)!;

  const reserved = new Set<string>();
  const pool = rng.shuffle(people.pupils.map((p) => p.id));
  const take = (filter: (pupilId: string) => boolean = () => true): string => {
    const id = pool.find((p) => !reserved.has(p) && filter(p)) ?? pool.find((p) => !reserved.has(p));
    if (!id) throw new RangeError("not enough pupils for the demo story");
    reserved.add(id);
    return id;
  };
  const stoppedPupilId = take((p) => people.groupOf.get(p) === stoppedGroup.id);
  const pupilById = new Map(people.pupils.map((p) => [p.id, p]));
  const userById = new Map(people.users.map((u) => [u.id, u]));
  const rename = (userId: string, localPart: string) => {
    userById.get(userId)!.email = `${localPart}@${input.emailDomain}`;
    return userById.get(userId)!.email;
  };
  for (const [staffId, localPart] of [[demoTeacherStaffId, "docent"], [demoMentorStaffId, "mentor"]] as const) {
    const staff = people.staff.find((s) => s.id === staffId)!;
    staff.email = rename(staff.userId, localPart);
  }

  // The demo parent: two children, one in the demo teacher's first lesson today and sick today.
  const firstGroup = firstLessonToday?.groupId ?? timetable.groups[0]!.id;
  const child = take((p) => people.groupOf.get(p) === firstGroup);
  const sibling = take((p) => people.groupOf.get(p) !== firstGroup);
  const childGuardians = people.pupilGuardians.filter((pg) => pg.pupilId === child);
  const oldGuardians = new Set(people.pupilGuardians.filter((pg) => pg.pupilId === sibling).map((pg) => pg.guardianId));
  people.pupilGuardians.splice(0, people.pupilGuardians.length, ...people.pupilGuardians.filter((pg) => pg.pupilId !== sibling));
  people.pupilGuardians.push(...childGuardians.map((pg) => ({ ...pg, pupilId: sibling })));
  const stillUsed = new Set(people.pupilGuardians.map((pg) => pg.guardianId));
  const orphanUsers = new Set(people.guardians.filter((g) => oldGuardians.has(g.id) && !stillUsed.has(g.id)).map((g) => g.userId));
  people.guardians.splice(0, people.guardians.length, ...people.guardians.filter((g) => stillUsed.has(g.id)));
  people.users.splice(0, people.users.length, ...people.users.filter((u) => !orphanUsers.has(u.id)));
  people.memberships.splice(0, people.memberships.length, ...people.memberships.filter((m) => !orphanUsers.has(m.userId)));
  Object.assign(pupilById.get(sibling)!, { infix: pupilById.get(child)!.infix, lastName: pupilById.get(child)!.lastName });
  const parent = people.guardians.find((g) => g.id === childGuardians.find((pg) => pg.primaryContact)!.guardianId)!;
  parent.email = rename(parent.userId!, "ouder");

  // An 18-year-old without startkwalificatie, in the highest year there is.
  const topYear = Math.max(...timetable.groups.map((g) => g.yearLevel ?? 0));
  const adultPupilId = take((p) => pupilById.get(p)!.yearLevel === topYear);
  Object.assign(pupilById.get(adultPupilId)!, {
    birthDate: addDays(`${Number(today.slice(0, 4)) - 18}${today.slice(4)}`, -rng.int(40, 250)),
    startkwalificatie: false,
    phone: `06-${rng.int(10_000_000, 99_999_999)}`,
  });

  const patterns = new Map<string, AttendancePattern>();
  const days = pastSchoolDays.length;
  patterns.set(stoppedPupilId, { kind: "STOPPED_COMING", from: pastSchoolDays[Math.max(0, days - 27)] ?? today });
  patterns.set(adultPupilId, { kind: "OFTEN_LATE" });
  const longSickPupilId = take();
  const longFrom = pastSchoolDays[Math.max(0, days - 32)] ?? today;
  patterns.set(longSickPupilId, { kind: "SICK_LONG", from: longFrom, schoolDays: Math.min(rng.int(11, 14), Math.max(1, days - 2)) });
  const frequentSickPupilId = take();
  patterns.set(frequentSickPupilId, { kind: "SICK_FREQUENT_SHORT" });

  const n = people.pupils.length;
  const truantPupilIds = Array.from({ length: Math.max(1, Math.round(n * 0.04)) }, () => take());
  truantPupilIds.forEach((id, i) => patterns.set(id, { kind: "TRUANT", intensity: i === 0 ? 1.6 : 0.5 + rng.next() * 0.8 }));
  for (let i = 0; i < Math.round(n * 0.08); i++) patterns.set(take(), { kind: "OFTEN_LATE" });
  for (let i = 0; i < Math.max(0, Math.round(n * 0.06) - 2); i++) patterns.set(take(), { kind: "SICK_OFTEN" });

  // Luxe verzuim: absent without leave on the school days next to a holiday.
  const sides = input.holidays.flatMap((h) => {
    const before = pastSchoolDays.filter((d) => d < h.start).slice(-2);
    const after = pastSchoolDays.filter((d) => d > h.end).slice(0, 2);
    // Only days right next to the holiday: no school day in between.
    const beforeAdjacent = before.length === 2 && schoolDays(addDays(before[1]!, 1), addDays(h.start, -1), input.calendar).length === 0;
    const afterAdjacent = after.length === 2 && schoolDays(addDays(h.end, 1), addDays(after[0]!, -1), input.calendar).length === 0;
    return [
      ...(beforeAdjacent ? [{ dates: before }] : []),
      ...(afterAdjacent ? [{ dates: after }] : []),
    ];
  }).sort((a, b) => b.dates[0]!.localeCompare(a.dates[0]!));
  const leave: LeavePlan[] = [];
  const luxuryPupilIds: string[] = [];
  if (sides.length > 0) {
    const [first, second = sides[0]!] = sides;
    const withoutLeave = take();
    luxuryPupilIds.push(withoutLeave);
    patterns.set(withoutLeave, { kind: "HOLIDAY_ADJACENT", dates: first!.dates, reason: "HOLIDAY_WITHOUT_LEAVE" });
    leave.push({
      pupilId: withoutLeave, type: "HOLIDAY_LEAVE", startDate: first!.dates[0]!, endDate: first!.dates[1]!,
      reason: "Goedkopere vlucht naar familie", state: "REJECTED", decisionNote: "Geen werkgeversverklaring: valt niet onder de uitzonderingen van de Leerplichtwet",
      requestedOn: addDays(first!.dates[0]!, -24), decidedOn: addDays(first!.dates[0]!, -17),
    });
    const suspect = take();
    luxuryPupilIds.push(suspect);
    patterns.set(suspect, { kind: "HOLIDAY_ADJACENT", dates: second.dates, reason: null });
  }

  // Leave: three approved (past), one waiting for a decision (future).
  const usable = pastSchoolDays.slice(10, -2);
  if (usable.length >= 6) {
    const approved: [LeaveType, number, string][] = [
      ["SPECIAL_CIRCUMSTANCES", 1, "Begrafenis van opa"],
      ["RELIGIOUS", 1, "Religieuze feestdag"],
      ["HOLIDAY_LEAVE", 2, "Seizoensgebonden beroep ouders (werkgeversverklaring bijgevoegd)"],
    ];
    for (const [type, length, reason] of approved) {
      const start = rng.int(0, usable.length - length);
      const startDate = usable[start]!;
      leave.push({
        pupilId: take(), type, startDate, endDate: usable[start + length - 1]!, reason, state: "APPROVED", decisionNote: "Akkoord",
        requestedOn: addDays(startDate, -rng.int(14, 30)), decidedOn: addDays(startDate, -rng.int(3, 10)),
      });
    }
  }
  const future = schoolDays(addDays(today, 10), addDays(today, 90), input.calendar);
  if (future.length >= 2) {
    // The demo parent's own child, so that the parent and the leader both see it (decision 128).
    leave.push({
      pupilId: child, type: "SPECIAL_CIRCUMSTANCES", startDate: future[0]!, endDate: future[1]!, reason: "Huwelijk van een oom in het buitenland",
      state: "REQUESTED", decisionNote: null, requestedOn: addDays(today, -1), decidedOn: addDays(today, -1),
    });
  }
  // One withdrawn by its parent: the pupil drawn here before the open request became the demo parent's
  // child's, so that every later pupil of the story stays who it was (the e2e tests know them).
  if (future.length >= 6) {
    leave.push({
      pupilId: take(), type: "RELIGIOUS", startDate: future[5]!, endDate: future[5]!, reason: "Suikerfeest",
      state: "WITHDRAWN", decisionNote: null, requestedOn: addDays(today, -4), decidedOn: addDays(today, -4),
    });
  }

  // Individual schedules: two on a reduced schedule, one exempt from gym, one extra lesson elsewhere, one catch-up test.
  const yearStart = pastSchoolDays[0] ?? today;
  const subjectCode = new Map(timetable.subjects.map((s) => [s.id, s.code]));
  const entriesOf = (groupId: string) => timetable.entries.filter((e) => e.groupId === groupId);
  const adjustments: Story["adjustments"] = [];
  const adjust = (pupilId: string, category: AdjustmentCategory, target: { timetableEntryId?: string; lessonId?: string }, reason: string, validFrom: string, validUntil: string | null = null) =>
    adjustments.push({
      pupilId, kind: category === "ADDITION" ? "ADDITION" : "EXEMPTION", category, timetableEntryId: target.timetableEntryId ?? null, lessonId: target.lessonId ?? null,
      subjectId: null, weekdays: [], periods: [], validFrom, validUntil, reason,
    });
  for (let i = 0; i < 2; i++) {
    const pupilId = take();
    for (const e of entriesOf(people.groupOf.get(pupilId)!).filter((e) => e.period >= 6)) {
      adjust(pupilId, "REDUCED_SCHEDULE", { timetableEntryId: e.id }, "Opbouwrooster na langdurige ziekte: alleen de ochtenden", yearStart);
    }
  }
  const gymPupil = take();
  for (const e of entriesOf(people.groupOf.get(gymPupil)!).filter((e) => subjectCode.get(e.subjectId) === "lo")) {
    adjust(gymPupil, "EXEMPTION", { timetableEntryId: e.id }, "Vrijstelling LO op medisch advies", yearStart);
  }
  const freeSlot = (groupId: string) => {
    const own = new Set(entriesOf(groupId).map((e) => `${e.weekday}-${e.period}`));
    return (e: { groupId: string; weekday: number; period: number }) => e.groupId !== groupId && !own.has(`${e.weekday}-${e.period}`);
  };
  const extraPupil = take();
  const extra = timetable.entries.find((e) => freeSlot(people.groupOf.get(extraPupil)!)(e) && subjectCode.get(e.subjectId) === "wi")
    ?? timetable.entries.find(freeSlot(people.groupOf.get(extraPupil)!));
  if (extra) adjust(extraPupil, "ADDITION", { timetableEntryId: extra.id }, "Versneld traject wiskunde: volgt een extra les in een hogere klas", yearStart);
  const catchUpPupil = take();
  const catchUp = lessons.find((l) => l.date < today && l.date >= (pastSchoolDays[Math.max(0, days - 10)] ?? today) && freeSlot(people.groupOf.get(catchUpPupil)!)({ ...l, weekday: isoWeekday(l.date) }));
  if (catchUp) adjust(catchUpPupil, "ADDITION", { lessonId: catchUp.id }, "Inhaaltoets bij een andere klas", catchUp.date, catchUp.date);

  // One pupil changed class after the autumn holiday (or halfway the year so far).
  const parallelOf = (groupId: string) => {
    const level = timetable.groups.find((g) => g.id === groupId)!;
    return timetable.groups.find((g) => g.id !== groupId && g.yearLevel === level.yearLevel && g.sector === level.sector);
  };
  const mover = take((p) => parallelOf(people.groupOf.get(p)!) !== undefined);
  const target = parallelOf(people.groupOf.get(mover)!);
  const switchDay = pastSchoolDays[Math.floor(days / 2)];
  if (target && switchDay && days >= 4) {
    const membership = people.groupMembers.find((m) => m.pupilId === mover)!;
    membership.validUntil = addDays(switchDay, -1);
    people.groupMembers.push({ groupId: target.id, pupilId: mover, validFrom: switchDay, validUntil: null });
  }

  const sickToday = [child, ...Array.from({ length: Math.round(n * 0.008) }, () => take())];
  const medicalToday = take();
  const yesterdayLessons = lessons.filter((l) => l.date === previousSchoolDay && l.staffId !== demoTeacherStaffId);
  const unregisteredLessonIds = rng.shuffle(yesterdayLessons).slice(0, 3).map((l) => l.id);
  const unknownYesterday = Array.from({ length: Math.min(4, Math.max(1, Math.round(n / 150))) }, () => take());

  // One forwarded to the leerplichtambtenaar (12 school days), drawn last for the same reason.
  if (future.length >= 30) {
    leave.push({
      pupilId: take(), type: "SPECIAL_CIRCUMSTANCES", startDate: future[15]!, endDate: future[26]!, reason: "Verzorging van een ernstig zieke grootmoeder in Suriname",
      state: "REFERRED", decisionNote: null, requestedOn: addDays(today, -6), decidedOn: addDays(today, -3),
      schoolAdvice: "De school adviseert het verlof toe te kennen; de mentor zorgt voor huiswerk voor de periode.",
    });
  }

  return {
    previousSchoolDay, demoTeacherStaffId, demoMentorStaffId, firstLessonTodayId: firstLessonToday?.id ?? null,
    stoppedPupilId, adultPupilId, longSickPupilId, frequentSickPupilId, truantPupilIds, luxuryPupilIds,
    parentChildIds: [child, sibling], sickToday, medicalToday, patterns, adjustments, leave, unregisteredLessonIds, unknownYesterday,
  };
}

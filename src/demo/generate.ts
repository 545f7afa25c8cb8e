import type { Region } from "@/db/generated/prisma/enums";
import { schoolDays } from "@/calendar/school-days";
import { addDays } from "@/calendar/school-time";
import { materializeLessons } from "@/schedule/materialize-lessons";
import { withGuardianAddresses } from "./build-addresses";
import { buildAttendance, type TodayReport } from "./build-attendance";
import { buildCalendar } from "./build-calendar";
import { buildPeople } from "./build-people";
import { buildTimetable } from "./build-timetable";
import { createIdFactory } from "./ids";
import { CITIES_BY_REGION } from "./names";
import { createRng } from "./random";
import { createSchoolClock } from "./school-clock";
import { pickStory } from "./pick-story";
import type { DemoSchoolData, LeaveRequestRow, LessonRow, ScheduleAdjustmentRow } from "./types";

export interface GenerateDemoSchoolOptions {
  seed: number;
  today: string; // YYYY-MM-DD
  pupils?: number; // default 600
  groups?: number; // default: 25 pupils per group
  staff?: number; // teachers; default: one per 15 pupils
  name: string;
  brin: string;
  region: Region;
  emailDomain: string;
  city?: string;
}

const CANCEL_REASONS = ["Docent ziek", "Docent afwezig (nascholing)", "Excursie", "Les vervalt: toetsweek", "Docent op schoolreis"] as const;
const TIME_ZONE = "Europe/Amsterdam";

/**
 * A complete, deterministic demo school: same options → identical output,
 * byte for byte. Registrations run from the first school day to yesterday;
 * today only has what parents reported, lessons run until two weeks after
 * today. Nothing here touches a database or a clock.
 */
export function generateDemoSchool(options: GenerateDemoSchoolOptions): DemoSchoolData {
  const { today } = options;
  const rng = createRng(options.seed);
  const newId = createIdFactory(rng.fork("ids"), Date.UTC(Number(today.slice(0, 4)) - 1, 7, 1) + (options.seed % 1000) * 1e7);
  const clock = createSchoolClock(TIME_ZONE);
  const pupilCount = options.pupils ?? 600;
  const groupCount = options.groups ?? Math.max(1, Math.round(pupilCount / 25));
  const teacherCount = options.staff ?? Math.max(groupCount + 3, Math.round(pupilCount / 15));

  const cal = buildCalendar(options.region, today, newId);
  const yearStart = cal.schoolYear.startDate;
  const teacherIds = Array.from({ length: teacherCount }, () => newId());
  const timetable = buildTimetable({ groups: groupCount, teacherIds, schoolYearId: cal.schoolYear.id, validFrom: yearStart }, rng.fork("timetable"), newId);
  const people = buildPeople(
    {
      pupils: pupilCount, groups: timetable.groups, teacherIds, teacherSubjects: timetable.teacherSubjects,
      mentorStaffIds: new Set(timetable.mentors.map((m) => m.staffId)), emailDomain: options.emailDomain, schoolYearStart: yearStart,
    },
    rng.fork("people"),
    newId,
  );

  const lessons: LessonRow[] = materializeLessons(timetable.entries, {
    from: yearStart, to: addDays(today, 14), calendar: cal.calendar, bellSchedules: cal.scheduleInputs, uses: cal.useInputs,
  }).map((l) => ({ id: newId(), ...l, cancelled: false, cancelReason: null, registeredAt: null, registeredById: null }));

  const pastSchoolDays = schoolDays(yearStart, addDays(today, -1), cal.calendar);
  const story = pickStory(
    { today, pastSchoolDays, calendar: cal.calendar, holidays: cal.holidays, timetable, people, lessons, emailDomain: options.emailDomain },
    rng.fork("story"),
  );

  const cancelRng = rng.fork("cancel");
  for (const lesson of lessons) {
    if (lesson.staffId === story.demoTeacherStaffId && lesson.date === today) continue;
    if (cancelRng.chance(0.012)) Object.assign(lesson, { cancelled: true, cancelReason: cancelRng.pick(CANCEL_REASONS) });
  }

  const userOfStaff = new Map(people.staff.map((s) => [s.id, s.userId]));
  const primaryGuardian = new Map(people.pupilGuardians.filter((pg) => pg.primaryContact).map((pg) => [pg.pupilId, pg.guardianId]));
  const userOfGuardian = new Map(people.guardians.map((g) => [g.id, g.userId!]));
  const guardianUserOf = new Map(people.pupils.map((p) => [p.id, userOfGuardian.get(primaryGuardian.get(p.id)!)!]));
  const adminUser = people.admin.userId;
  const leaderUser = people.leader.userId;

  const adjustments: ScheduleAdjustmentRow[] = story.adjustments.map((a) => ({
    id: newId(), ...a, createdById: adminUser, createdAt: clock(a.validFrom < yearStart ? yearStart : a.validFrom, 480),
  }));

  const leaveRequests: LeaveRequestRow[] = story.leave.map((l) => {
    const requestedById = guardianUserOf.get(l.pupilId)!;
    const decided = l.state === "APPROVED" || l.state === "REJECTED";
    return {
      id: newId(), pupilId: l.pupilId, type: l.type, startDate: l.startDate, endDate: l.endDate, startMinutes: null, endMinutes: null,
      reason: l.reason, state: l.state, requestedById, decidedById: decided ? leaderUser : null,
      decidedAt: decided ? clock(l.decidedOn, 14 * 60 + 10) : null, decisionNote: l.decisionNote, createdAt: clock(l.requestedOn, 20 * 60 + 5),
      schoolDays: schoolDays(l.startDate, l.endDate, cal.calendar).length,
      referredAt: l.state === "REFERRED" ? clock(l.decidedOn, 14 * 60 + 10) : null, schoolAdvice: l.schoolAdvice ?? null,
    };
  });

  const todayReports: TodayReport[] = story.sickToday.map((pupilId, i) => ({
    pupilId, kind: "SICK", startMinutes: null, endMinutes: null, note: i === 0 ? "Koorts, blijft vandaag thuis" : "Ziek", reportedAtMinutes: 440 + i * 7,
  }));
  if (story.medicalToday) {
    todayReports.push({ pupilId: story.medicalToday, kind: "MEDICAL", startMinutes: 630, endMinutes: 730, note: "Orthodontist", reportedAtMinutes: 425 });
  }

  const attendance = buildAttendance(
    {
      today, previousSchoolDay: story.previousSchoolDay, lessons, members: people.groupMembers, adjustments, patterns: story.patterns,
      approvedLeave: leaveRequests.filter((l) => l.state === "APPROVED"), unregisteredLessonIds: new Set(story.unregisteredLessonIds),
      unknownYesterday: new Set(story.unknownYesterday), todayReports, teacherUserOf: userOfStaff, guardianUserOf,
      coordinatorUserId: people.coordinator.userId, clock,
    },
    rng.fork("attendance"),
    newId,
  );

  // The demo parent's other child has a dentist's appointment on the next school day they have lessons after 10:00:
  // an open report for a day still to come, so it changes no registration (decision 121).
  const sibling = story.parentChildIds[1];
  const siblingGroup = sibling ? people.groupOf.get(sibling) : undefined;
  const appointmentLesson = lessons.find((l) => l.groupId === siblingGroup && l.date > today && !l.cancelled && l.startMinutes >= 600);
  if (sibling && appointmentLesson) {
    const slot = { start: appointmentLesson.startMinutes + 10, end: appointmentLesson.startMinutes + 40 };
    attendance.absenceReports.push({
      id: newId(), pupilId: sibling, kind: "MEDICAL", startDate: appointmentLesson.date, startMinutes: slot.start - 30, endDate: appointmentLesson.date,
      endMinutes: slot.end + 30, note: null, state: "ACTIVE", reportedById: guardianUserOf.get(sibling)!, reportedVia: "GUARDIAN", recoveredAt: null,
      createdAt: clock(addDays(today, -1), 20 * 60 + 12), appointmentType: "DENTIST", appointmentStartMinutes: slot.start, appointmentEndMinutes: slot.end,
    });
  }

  const school = {
    id: newId(), name: options.name, brin: options.brin, locationCode: "00",
    city: options.city ?? rng.fork("city").pick(CITIES_BY_REGION[options.region]),
    phone: `0${rng.int(10, 99)}-${rng.int(1_000_000, 9_999_999)}`, email: `info@${options.emailDomain}`, region: options.region,
    timeZone: TIME_ZONE, rulesProfile: "DEFAULT" as const, teacherCorrectionDays: 1,
  };
  const emailOf = (userId: string) => people.users.find((u) => u.id === userId)!.email;
  const mentorUser = userOfStaff.get(story.demoMentorStaffId)!;
  const teacherUser = userOfStaff.get(story.demoTeacherStaffId)!;
  return {
    school,
    schoolYear: cal.schoolYear,
    calendarEvents: cal.calendarEvents,
    bellSchedules: cal.bellSchedules,
    bellPeriods: cal.bellPeriods,
    bellScheduleUses: cal.bellScheduleUses,
    subjects: timetable.subjects,
    staff: people.staff,
    groups: timetable.groups,
    groupMembers: people.groupMembers,
    groupMentors: timetable.mentors,
    pupils: people.pupils,
    guardians: withGuardianAddresses(people.guardians, people.pupilGuardians, school.city, rng.fork("addresses")),
    pupilGuardians: people.pupilGuardians,
    timetableEntries: timetable.entries,
    lessons,
    adjustments,
    absenceReports: attendance.absenceReports,
    leaveRequests,
    registrations: attendance.registrations,
    registrationChanges: attendance.registrationChanges,
    users: people.users,
    memberships: people.memberships,
    logins: [
      { role: "docent", email: emailOf(teacherUser), school: options.name },
      { role: "mentor", email: emailOf(mentorUser), school: options.name },
      { role: "verzuim", email: emailOf(people.coordinator.userId), school: options.name },
      { role: "directie", email: emailOf(leaderUser), school: options.name },
      { role: "beheer", email: emailOf(adminUser), school: options.name },
      { role: "ouder", email: emailOf(guardianUserOf.get(story.parentChildIds[0]!)!), school: options.name },
    ],
    story: {
      demoTeacherStaffId: story.demoTeacherStaffId, demoMentorStaffId: story.demoMentorStaffId, stoppedPupilId: story.stoppedPupilId,
      adultPupilId: story.adultPupilId, longSickPupilId: story.longSickPupilId, frequentSickPupilId: story.frequentSickPupilId,
      truantPupilIds: story.truantPupilIds, luxuryPupilIds: story.luxuryPupilIds, parentChildIds: story.parentChildIds,
      sickTodayPupilId: story.sickToday[0]!, firstLessonTodayId: story.firstLessonTodayId,
      unregisteredLessonIds: story.unregisteredLessonIds, previousSchoolDay: story.previousSchoolDay,
    },
  };
}


import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { addDays, isoDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { recordAudit } from "@/audit/server/record-audit";
import { attendanceTotals, type TAttendanceTotals } from "../attendance-totals";
import { signalKindLabel } from "@/signals/signal-labels";
import { buildTimeline, type TTimelineItem } from "../timeline";
import { buildYearCalendar, type TCalendarMonth, type TDayStatusCount } from "../year-calendar";
import { getAttendanceDays } from "./get-attendance-days";
import { getCaseFileHeader, type TCaseFileHeader } from "./get-case-file-header";
import { listCaseRecords, type TDuoReportRecord } from "./list-case-records";
import { listCaseSignals, type TCaseSignal } from "./list-case-signals";

export interface TCaseFile {
  header: TCaseFileHeader;
  today: string;
  year: { name: string; startDate: string; endDate: string } | null;
  months: TCalendarMonth[];
  totals: TAttendanceTotals;
  signals: TCaseSignal[];
  duoReports: TDuoReportRecord[];
  timeline: TTimelineItem[];
  /** Names of the people the records mention (authors, owners), by user id. */
  people: Record<string, string>;
}

/**
 * A pupil's case file as the page shows it. The header query decides
 * access (NOT_FOUND outside the actor's record scope); every later query is
 * scoped again. Reading it is audited ("case-file.read"): the calendar and
 * the signals show sickness and other absence reasons (DOMAIN.md, Privacy).
 */
export async function getCaseFile({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<TCaseFile> {
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const header = await getCaseFileHeader({ actor, pupilId, today });
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });

  const [days, events, signals, records] = await Promise.all([
    year
      ? getAttendanceDays({ schoolId: actor.schoolId, pupilId, from: year.startDate, today, nowMinutes: schoolMinutesNow(timeZone, now) })
      : Promise.resolve(new Map<string, TDayStatusCount[]>()),
    year
      ? prisma.calendarEvent.findMany({ where: { schoolYearId: year.id, ...inSchool(actor) }, select: { kind: true, name: true, startDate: true, endDate: true } })
      : Promise.resolve([]),
    listCaseSignals({ actor, pupilId }),
    listCaseRecords({ actor, pupilId }),
  ]);

  const months = year
    ? buildYearCalendar({
      yearStart: year.startDate,
      yearEnd: year.endDate,
      today,
      holidays: events.filter((e) => e.kind === "HOLIDAY").map((e) => ({ name: e.name, start: isoDate(e.startDate), end: isoDate(e.endDate) })),
      freeDays: events.filter((e) => e.kind === "FREE_DAY").flatMap((e) => daysOf(isoDate(e.startDate), isoDate(e.endDate)).map((date) => ({ name: e.name, date }))),
      days,
      signals: signals.filter((s) => !s.withdrawnAt).map((s) => ({ label: signalKindLabel(s.kind, s.level), start: s.startDate, end: s.endDate })),
    })
    : [];

  const people = await namesOf([
    ...records.entries.map((e) => e.authorId), ...records.letters.map((l) => l.createdById),
    ...records.duoReports.map((r) => r.createdById), ...signals.flatMap((s) => (s.ownerId ? [s.ownerId] : [])),
  ]);

  await recordAudit(prisma, { actor, action: "case-file.read", entityType: "Pupil", entityId: pupilId, pupilId, details: { schoolYear: year?.name ?? null } });

  return {
    header, today, year: year && { name: year.name, startDate: year.startDate, endDate: year.endDate }, months,
    totals: attendanceTotals(days), signals, duoReports: records.duoReports,
    timeline: buildTimeline({ signals, ...records, localDate: (instant) => schoolToday(timeZone, instant) }),
    people,
  };
}

function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** User is a global table (DOMAIN: people keep one log-in across schools); the ids come from this school's rows. */
async function namesOf(ids: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const users = await prisma.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return Object.fromEntries(users.map((u) => [u.id, u.name]));
}


import "server-only";
import type { LeaveState, LeaveType } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { isoDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { attendanceTotals, type TAttendanceTotals } from "@/case-file/attendance-totals";
import { getAttendanceDays } from "@/case-file/server/get-attendance-days";
import { fullName } from "@/pupils/full-name";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { schoolYearStart } from "@/signals/school-year-start";
import { mayDecideLeave } from "./may-decide-leave";

export type LeaveRequestDetail = {
  id: string; pupilId: string; pupilName: string; type: LeaveType; startDate: string; endDate: string; schoolDays: number; reason: string;
  state: LeaveState; createdAt: Date; requestedBy: string; decidedBy: string | null; decidedAt: Date | null; decisionNote: string | null;
  referredAt: Date | null; schoolAdvice: string | null; officerDecidedOn: string | null; officerName: string | null;
  decisionLetterId: string | null; referralLetterId: string | null;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  /** This school year up to today. */
  year: TAttendanceTotals;
  earlier: { id: string; type: LeaveType; startDate: string; endDate: string; schoolDays: number; state: LeaveState }[];
  /** Lessons in the period registered as holiday without leave because of this (rejected) request, and the signals they led to. */
  withoutLeaveLessons: number;
  signals: { id: string; kind: string; startDate: string; state: string }[];
  /** Whether this person may decide (the leader; the coordinator where the school allows it). */
  mayDecide: boolean;
  today: string;
};

/** One leave request for those who decide, with what they decide on; reading it is audited (it names the pupil's circumstances). */
export async function getLeaveRequest({ actor, id }: { actor: Actor; id: string }): Promise<LeaveRequestDetail> {
  const r = await prisma.leaveRequest.findFirst({
    where: { id, ...inSchool(actor) },
    select: {
      id: true, pupilId: true, type: true, startDate: true, endDate: true, schoolDays: true, reason: true, state: true, createdAt: true,
      requestedById: true, decidedById: true, decidedAt: true, decisionNote: true, referredAt: true, schoolAdvice: true,
      officerDecidedOn: true, officerName: true, decisionLetterId: true, referralLetterId: true,
      pupil: { select: { firstName: true, infix: true, lastName: true } },
      attachments: { where: inSchool(actor), select: { id: true, fileName: true, contentType: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "Deze verlofaanvraag bestaat niet.");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const start = isoDate(r.startDate);
  const end = isoDate(r.endDate);
  const people = [r.requestedById, r.decidedById].filter((x): x is string => x !== null);
  const [users, days, earlier, withoutLeaveLessons, signals, mayDecide] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }),
    getAttendanceDays({ schoolId: actor.schoolId, pupilId: r.pupilId, from: schoolYearStart(today), today, nowMinutes: schoolMinutesNow(timeZone, now) }),
    prisma.leaveRequest.findMany({
      where: { pupilId: r.pupilId, id: { not: r.id }, ...inSchool(actor) }, orderBy: { startDate: "desc" }, take: 20,
      select: { id: true, type: true, startDate: true, endDate: true, schoolDays: true, state: true },
    }),
    // By the period, not only by the link: a call in the daily check may have recorded it too.
    prisma.registration.count({ where: { pupilId: r.pupilId, date: { gte: r.startDate, lte: r.endDate }, reason: "HOLIDAY_WITHOUT_LEAVE", ...inSchool(actor) } }),
    prisma.signal.findMany({
      where: { pupilId: r.pupilId, kind: "LUXURY", startDate: { lte: r.endDate }, OR: [{ endDate: null }, { endDate: { gte: r.startDate } }], withdrawnAt: null, ...inSchool(actor) },
      select: { id: true, kind: true, startDate: true, state: true },
    }),
    mayDecideLeave(actor),
  ]);
  await recordAudit(prisma, { actor, action: "leave-request.read", entityType: "LeaveRequest", entityId: r.id, pupilId: r.pupilId });
  const name = (userId: string | null) => users.find((u) => u.id === userId)?.name ?? null;
  return {
    id: r.id, pupilId: r.pupilId, pupilName: fullName(r.pupil), type: r.type, startDate: start, endDate: end, schoolDays: r.schoolDays, reason: r.reason,
    state: r.state, createdAt: r.createdAt, requestedBy: name(r.requestedById) ?? "onbekend", decidedBy: name(r.decidedById), decidedAt: r.decidedAt,
    decisionNote: r.decisionNote, referredAt: r.referredAt, schoolAdvice: r.schoolAdvice,
    officerDecidedOn: r.officerDecidedOn ? isoDate(r.officerDecidedOn) : null, officerName: r.officerName,
    decisionLetterId: r.decisionLetterId, referralLetterId: r.referralLetterId, attachments: r.attachments,
    year: attendanceTotals(days),
    earlier: earlier.map((e) => ({ ...e, startDate: isoDate(e.startDate), endDate: isoDate(e.endDate) })),
    withoutLeaveLessons,
    signals: signals.map((s) => ({ id: s.id, kind: s.kind, startDate: isoDate(s.startDate), state: s.state })),
    mayDecide, today,
  };
}

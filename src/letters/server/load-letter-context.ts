import "server-only";
import type { LetterKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { ROLE_LABELS } from "@/auth/roles";
import { AppError } from "@/errors/app-error";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { attendanceTotals } from "@/case-file/attendance-totals";
import { getAttendanceDays } from "@/case-file/server/get-attendance-days";
import { getCaseFileHeader } from "@/case-file/server/get-case-file-header";
import { schoolYearStart } from "@/signals/school-year-start";
import type { TLetterContext } from "../letter-values";
import { postalAddressLines } from "../postal-address";

/**
 * Everything one letter is made from. The pupil is looked up within the
 * actor's record scope (NOT_FOUND outside it); a signal or DUO report the
 * letter is about must be this pupil's, in this school. A DUO report made
 * from a signal lends its signal's hours when no signal was chosen.
 */
export async function loadLetterContext({ actor, pupilId, kind, signalId, duoReportId }: {
  actor: Actor; pupilId: string; kind: LetterKind; signalId?: string; duoReportId?: string;
}): Promise<{ context: TLetterContext; timeZone: string; now: Date }> {
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const header = await getCaseFileHeader({ actor, pupilId, today });
  const scoped = { pupilId, pupil: pupilScope(actor), ...inSchool(actor) };
  const yearStart = schoolYearStart(today);

  const [school, staff, duoReport, year] = await Promise.all([
    prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { name: true, city: true, phone: true, email: true } }),
    actor.staffId ? prisma.staff.findFirst({ where: { id: actor.staffId, ...inSchool(actor) }, select: { functionTitle: true } }) : null,
    duoReportId
      ? prisma.duoReport.findFirst({ where: { id: duoReportId, ...scoped }, select: { absenceKind: true, beginDate: true, endDate: true, signalId: true, submittedAt: true, createdAt: true } })
      : null,
    // The same counting as the case file's calendar, so a letter never names other hours than the page shows.
    getAttendanceDays({ schoolId: actor.schoolId, pupilId, from: yearStart, today, nowMinutes: schoolMinutesNow(timeZone, now) }),
  ]);
  if (duoReportId && !duoReport) throw new AppError("NOT_FOUND", "Deze DUO-melding hoort niet bij deze leerling.", { duoReportId: ["Kies een melding van deze leerling."] });
  const aboutSignalId = signalId ?? duoReport?.signalId ?? undefined;
  const signal = aboutSignalId
    ? await prisma.signal.findFirst({ where: { id: aboutSignalId, ...scoped }, select: { kind: true, startDate: true, endDate: true, hours: true, count: true } })
    : null;
  if (aboutSignalId && !signal) throw new AppError("NOT_FOUND", "Dit signaal hoort niet bij deze leerling.", { signalId: ["Kies een signaal van deze leerling."] });

  const totals = attendanceTotals(year);
  const context: TLetterContext = {
    kind,
    today,
    yearStart,
    pupil: { firstName: header.firstName, fullName: header.name, birthDate: header.birthDate, studentNumber: header.studentNumber, className: header.className, age: header.age },
    guardians: header.guardians.map((g) => g.name),
    postalAddress: postalAddressLines(header.guardians),
    mentorName: header.mentors[0]?.name ?? null,
    school,
    sender: { name: actor.name, functionTitle: senderFunction(staff?.functionTitle ?? null, actor) },
    year: { unexcusedMinutes: totals.unexcusedMinutes, lateCount: totals.lateCount },
    signal: signal && {
      kind: signal.kind, startDate: isoDate(signal.startDate), endDate: signal.endDate ? isoDate(signal.endDate) : null,
      hours: signal.hours === null ? null : signal.hours.toNumber(), count: signal.count,
    },
    duoReport: duoReport && {
      absenceKind: duoReport.absenceKind, beginDate: isoDate(duoReport.beginDate), endDate: duoReport.endDate ? isoDate(duoReport.endDate) : null,
      reportedOn: schoolToday(timeZone, duoReport.submittedAt ?? duoReport.createdAt),
    },
  };
  return { context, timeZone, now };
}

/** "Verzuimcoördinator": the staff record's function, else the role that sends letters. */
function senderFunction(functionTitle: string | null, actor: Actor): string {
  const title = functionTitle?.trim() || ROLE_LABELS[(["COORDINATOR", "MENTOR", "LEADER"] as const).find((r) => actor.roles.includes(r)) ?? actor.roles[0]!];
  return title.charAt(0).toUpperCase() + title.slice(1);
}

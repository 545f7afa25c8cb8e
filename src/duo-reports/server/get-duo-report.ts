import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import { readPupilBsn } from "@/bsn/server/read-pupil-bsn";
import { ZAbsenceSpecificationSchema } from "../absence-specification";
import type { TDuoReportView } from "../duo-report-view";
import { syncDuoEndDates } from "./sync-duo-end-dates";

/**
 * One report of the actor's school with everything the page, the PDF and the
 * exports show; NOT_FOUND for an id of another school. An LRV end date that
 * the signals found since is brought in first (syncDuoEndDates). The BSN is
 * masked unless `bsn: "full"` (only the export files, which DUO needs).
 */
export async function getDuoReport({ actor, reportId, bsn = "masked" }: { actor: Pick<Actor, "schoolId">; reportId: string; bsn?: "masked" | "full" }): Promise<TDuoReportView> {
  const where = { id: reportId, ...inSchool(actor) };
  const owner = await prisma.duoReport.findFirst({ where, select: { pupilId: true } });
  if (!owner) throw new AppError("NOT_FOUND", "Deze melding bestaat niet of hoort niet bij jouw school.");
  await prisma.$transaction((tx) => syncDuoEndDates(tx, { schoolId: actor.schoolId, pupilIds: [owner.pupilId] }));

  const report = await prisma.duoReport.findFirstOrThrow({
    where,
    select: {
      id: true, state: true, duoStatus: true, closingReason: true, endDateUpdateNeeded: true, absenceKind: true, beginDate: true, endDate: true,
      allLessonsMissed: true, specification: true, previousReportId: true, suspectedReason: true, actionsTaken: true, municipalityActionWanted: true,
      municipalityActionExplanation: true, reporterName: true, reporterFunction: true, reporterPhone: true, reporterEmail: true, contactPhone: true,
      differentAddress: true, createdAt: true, createdById: true, submittedAt: true, submittedById: true,
      pupil: { select: { id: true, firstName: true, infix: true, lastName: true, birthDate: true, studentNumber: true, bsnEncrypted: true, educationNumber: true } },
      school: { select: { name: true, brin: true, locationCode: true, city: true, timeZone: true } },
      signal: { select: { id: true, kind: true, repeat: true, dueBy: true, endDate: true, withdrawnAt: true, withdrawnReason: true } },
      events: { orderBy: { at: "asc" }, select: { id: true, at: true, byId: true, fromState: true, toState: true, note: true } },
    },
  });
  const previous = report.previousReportId
    ? await prisma.duoReport.findFirst({ where: { id: report.previousReportId, ...inSchool(actor) }, select: { id: true, beginDate: true, endDate: true } })
    : null;
  const userIds = [...new Set([report.createdById, report.submittedById, ...report.events.map((e) => e.byId)].filter((id): id is string => id !== null))];
  // Users are global; only the names of the people who acted on this report are read.
  const names = new Map((await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? null : null);
  const { pupil, signal } = report;
  const pupilBsn = readPupilBsn({ schoolId: actor.schoolId, id: pupil.id, bsnEncrypted: pupil.bsnEncrypted }, bsn);

  return {
    id: report.id,
    state: report.state,
    duoStatus: report.duoStatus,
    closingReason: report.closingReason,
    endDateUpdateNeeded: report.endDateUpdateNeeded,
    absenceKind: report.absenceKind,
    beginDate: isoDate(report.beginDate),
    endDate: report.endDate ? isoDate(report.endDate) : null,
    allLessonsMissed: report.allLessonsMissed,
    specification: ZAbsenceSpecificationSchema.parse(report.specification),
    continuesChain: signal ? signal.repeat || signal.kind === "RMC_18PLUS_FOLLOWUP" : report.previousReportId !== null,
    previous: previous ? { id: previous.id, beginDate: isoDate(previous.beginDate), endDate: previous.endDate ? isoDate(previous.endDate) : null } : null,
    pupil: {
      id: pupil.id,
      name: fullName(pupil),
      birthDate: isoDate(pupil.birthDate),
      studentNumber: pupil.studentNumber,
      number: pupilBsn ? { kind: "BSN", ...pupilBsn } : pupil.educationNumber ? { kind: "Onderwijsnummer", value: pupil.educationNumber } : null,
    },
    school: report.school,
    human: {
      suspectedReason: report.suspectedReason,
      actionsTaken: report.actionsTaken,
      municipalityActionWanted: report.municipalityActionWanted,
      municipalityActionExplanation: report.municipalityActionExplanation,
      // Stored empty when cleared (required columns): missing.
      reporterName: report.reporterName || null,
      reporterFunction: report.reporterFunction || null,
      reporterPhone: report.reporterPhone,
      reporterEmail: report.reporterEmail,
      contactPhone: report.contactPhone,
      differentAddress: report.differentAddress,
    },
    signal: signal
      ? {
          id: signal.id, kind: signal.kind, dueBy: signal.dueBy ? isoDate(signal.dueBy) : null, endDate: signal.endDate ? isoDate(signal.endDate) : null,
          withdrawnAt: signal.withdrawnAt?.toISOString() ?? null, withdrawnReason: signal.withdrawnReason,
        }
      : null,
    createdAt: report.createdAt.toISOString(),
    createdByName: name(report.createdById),
    submittedOn: report.submittedAt ? isoDate(report.submittedAt) : null,
    submittedByName: name(report.submittedById),
    events: report.events.map((e) => ({ id: e.id, at: e.at.toISOString(), byName: name(e.byId), fromState: e.fromState, toState: e.toState, note: e.note })),
  };
}

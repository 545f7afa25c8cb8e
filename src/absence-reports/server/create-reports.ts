import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import type { AbsenceReportKind, AppointmentType } from "@/db/generated/prisma/enums";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate, isoDate } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import type { OwnPupil } from "@/guardians/server/own-pupils";
import { afterRegistrationsChanged } from "@/registration/server/after-registrations-changed";
import { describeReport, KIND_TITLES, type ReportView } from "../describe-report";
import { periodsOverlap, type ReportPeriod } from "../report-period";
import type { ReportContext } from "./report-context";
import { findReportsByKeys, REPORT_SELECT, toReportView } from "./report-rows";
import { afterResponse } from "./after-response";
import { mailReportConfirmation } from "./mail-report-confirmation";

export type ReportDraft = {
  pupil: OwnPupil;
  kind: AbsenceReportKind;
  period: ReportPeriod;
  note: string;
  appointment: { type: AppointmentType; startMinutes: number; endMinutes: number } | null;
  idempotencyKey: string;
};

/** The registration category a report gives an absent pupil (as src/registration/known-absences.ts reads it). */
export const REPORT_STATUS = { SICK: "SICK", MEDICAL: "MEDICAL", OTHER: "OTHER_EXCUSED" } as const;

/**
 * Stores reports that passed their checks, in one transaction, and what they
 * do to registrations that already exist in their period (decision 121):
 * a registration without a mark or marked "absent, reason unknown" by a
 * teacher takes the report's category (source GUARDIAN or PUPIL, linked to the
 * report, the change in RegistrationChange); a teacher's present or late
 * mark, a sending-out, leave and every decision of the coordinator stay.
 * Lessons not yet registered get no row: the register pre-fills them from the
 * report. A form sent again (its idempotency key stored uniquely) yields the
 * reports it made the first time and the same confirmation, writing nothing.
 */
export async function createReports({ actor, context, drafts }: { actor: Actor; context: ReportContext; drafts: ReportDraft[] }): Promise<string> {
  const keys = drafts.map((d) => d.idempotencyKey);
  const earlier = await findReportsByKeys({ schoolId: actor.schoolId, keys, timeZone: context.timeZone });
  if (earlier.length > 0) return confirmation(earlier, drafts);

  await refuseOverlaps({ actor, drafts });
  let changedPupils: string[];
  let stored: ReportView[];
  try {
    ({ changedPupils, stored } = await prisma.$transaction(async (tx) => {
      const changed = new Set<string>();
      const views: ReportView[] = [];
      for (const draft of drafts) {
        const row = await tx.absenceReport.create({
          data: {
            schoolId: actor.schoolId, id: randomUUID(), pupilId: draft.pupil.id, kind: draft.kind,
            startDate: dbDate(draft.period.startDate), startMinutes: draft.period.startMinutes,
            endDate: draft.period.endDate ? dbDate(draft.period.endDate) : null, endMinutes: draft.period.endMinutes,
            note: draft.note || null, reportedById: actor.userId, reportedVia: draft.pupil.self ? "PUPIL" : "GUARDIAN",
            appointmentType: draft.appointment?.type ?? null, appointmentStartMinutes: draft.appointment?.startMinutes ?? null,
            appointmentEndMinutes: draft.appointment?.endMinutes ?? null, idempotencyKey: draft.idempotencyKey, createdAt: context.now,
          },
          select: REPORT_SELECT,
        });
        views.push(toReportView(row, context.timeZone));
        await recordAudit(tx, { actor, action: "absence-report.create", entityType: "AbsenceReport", entityId: row.id, pupilId: draft.pupil.id, details: { kind: draft.kind } });
        if (await applyToRegistrations(tx, { actor, context, draft, reportId: row.id }) > 0) changed.add(draft.pupil.id);
      }
      return { changedPupils: [...changed], stored: views };
    }));
  } catch (error) {
    // The same form twice at the same moment: the unique key let one through; answer the other with its reports.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findReportsByKeys({ schoolId: actor.schoolId, keys, timeZone: context.timeZone });
      if (again.length > 0) return confirmation(again, drafts);
    }
    throw error;
  }
  await afterRegistrationsChanged({ schoolId: actor.schoolId, pupilIds: changedPupils });
  // The e-mails after the answer: the parent sees the confirmation without waiting for the mail server.
  await afterResponse(() => Promise.all(stored.map((report) => mailReportConfirmation({ actor, context, report, pupil: drafts.find((d) => d.pupil.id === report.pupilId)!.pupil }))));
  return confirmation(stored, drafts);
}

function confirmation(reports: ReportView[], drafts: ReportDraft[]): string {
  const lines = reports.map((r) => {
    const pupil = drafts.find((d) => d.pupil.id === r.pupilId)?.pupil;
    return `${KIND_TITLES[r.kind]} voor ${pupil?.self ? "jezelf" : (pupil?.firstName ?? "je kind")} ontvangen: ${describeReport(r)}.`;
  });
  return `${lines.join(" ")} De school ziet de melding nu, en we sturen een bevestiging per e-mail.`;
}

async function refuseOverlaps({ actor, drafts }: { actor: Actor; drafts: ReportDraft[] }): Promise<void> {
  const earliest = drafts.map((d) => d.period.startDate).sort()[0]!;
  const open = await prisma.absenceReport.findMany({
    where: { pupilId: { in: drafts.map((d) => d.pupil.id) }, state: "ACTIVE", OR: [{ endDate: null }, { endDate: { gte: dbDate(earliest) } }], ...inSchool(actor) },
    select: { pupilId: true, kind: true, startDate: true, startMinutes: true, endDate: true, endMinutes: true },
  });
  for (const draft of drafts) {
    // Of the same kind: a sick child may still have an appointment reported (and the other way round).
    const clash = open.find((r) => r.pupilId === draft.pupil.id && r.kind === draft.kind && periodsOverlap(draft.period, {
      startDate: isoDate(r.startDate), startMinutes: r.startMinutes, endDate: r.endDate ? isoDate(r.endDate) : null, endMinutes: r.endMinutes,
    }));
    if (clash) {
      const what = clash.kind === "SICK" ? "een ziekmelding" : "een afspraak";
      const who = draft.pupil.self ? "Voor jou" : `Voor ${draft.pupil.firstName}`;
      throw new AppError("CONFLICT", `${who} staat al ${what} open in deze periode. ${clash.kind === "SICK" ? "Meld eerst beter, of pas de periode aan." : "Kies een andere tijd, of bel de school."}`);
    }
  }
}

/** Decision 121: which existing registrations a new report changes; returns how many it changed. */
async function applyToRegistrations(
  tx: Prisma.TransactionClient,
  { actor, context, draft, reportId }: { actor: Actor; context: ReportContext; draft: ReportDraft; reportId: string },
): Promise<number> {
  const { period } = draft;
  const status = REPORT_STATUS[draft.kind];
  const source = draft.pupil.self ? "PUPIL" : "GUARDIAN";
  const rows = await tx.$queryRaw<{ id: string; status: string; lateMinutes: number }[]>(Prisma.sql`
    SELECT r."id", r."status"::text AS "status", r."lateMinutes" FROM "Registration" r
    JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
    WHERE r."schoolId" = ${actor.schoolId}::uuid AND r."pupilId" = ${draft.pupil.id}::uuid
      AND r."status" IN ('UNREGISTERED', 'ABSENT_UNKNOWN')
      AND (r."statusSource" IS NULL OR r."statusSource" IN ('TEACHER', 'GUARDIAN', 'PUPIL'))
      AND l."date" >= ${dbDate(period.startDate)}::date
      AND (${period.endDate ? dbDate(period.endDate) : null}::date IS NULL OR l."date" <= ${period.endDate ? dbDate(period.endDate) : null}::date)
      AND NOT (l."date" = ${dbDate(period.startDate)}::date AND l."endMinutes" <= ${period.startMinutes ?? 0}::int)
      AND NOT (l."date" = ${period.endDate ? dbDate(period.endDate) : null}::date AND l."startMinutes" >= ${period.endMinutes ?? 24 * 60}::int)
    ORDER BY r."id" FOR UPDATE OF r`);
  if (rows.length === 0) return 0;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Registration" SET "status" = ${status}::"AttendanceStatus", "reason" = NULL, "statusSource" = ${source}::"RegistrationSource",
      "statusSetById" = ${actor.userId}::uuid, "statusSetAt" = ${context.now}, "absenceReportId" = ${reportId}::uuid,
      "version" = "version" + 1, "updatedAt" = ${context.now}
    WHERE "schoolId" = ${actor.schoolId}::uuid AND "id" = ANY(${rows.map((r) => r.id)}::uuid[])`);
  await tx.registrationChange.createMany({
    data: rows.map((r) => ({
      schoolId: actor.schoolId, id: randomUUID(), registrationId: r.id, changedAt: context.now, changedById: actor.userId, source, markedAt: context.now,
      fromStatus: r.status as "UNREGISTERED" | "ABSENT_UNKNOWN", toStatus: status, fromLateMinutes: r.lateMinutes, toLateMinutes: r.lateMinutes,
      note: `${KIND_TITLES[draft.kind]} door ${draft.pupil.self ? "de leerling" : "ouder/verzorger"}`,
    })),
  });
  return rows.length;
}


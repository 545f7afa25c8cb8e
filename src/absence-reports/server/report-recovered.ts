import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { addDays, dbDate, isoDate, schoolInstant } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { findOwnPupil } from "@/guardians/server/own-pupils";
import { afterRegistrationsChanged } from "@/registration/server/after-registrations-changed";
import { describeReport } from "../describe-report";
import { minutesOf, type TReportRecovered } from "../schemas";
import { afterResponse } from "./after-response";
import { mailReportConfirmation } from "./mail-report-confirmation";
import { loadReportContext } from "./report-context";
import { REPORT_SELECT, toReportView } from "./report-rows";

const NOT_FOUND = "Deze melding is niet gevonden bij jouw account.";

/**
 * Beter melden: ends an open sick report from a moment (now, a later lesson
 * today, or tomorrow). The lessons from that moment on are no longer
 * pre-filled (known-absences.ts reads recoveredAt), and registrations the
 * report had set for them go back to what the teacher saw: "absent, reason
 * unknown" after an absent mark, else unmarked; each change is recorded.
 * Sent again, it answers with the same confirmation and changes nothing.
 */
export async function reportRecovered({ actor, input }: { actor: Actor; input: TReportRecovered }): Promise<string> {
  const context = await loadReportContext({ actor });
  const { today, timeZone } = context;
  const report = await prisma.absenceReport.findFirst({ where: { id: input.reportId, ...inSchool(actor) }, select: { ...REPORT_SELECT, pupilId: true } });
  if (!report) throw new AppError("NOT_FOUND", NOT_FOUND);
  const pupil = await findOwnPupil({ actor, pupilId: report.pupilId, today });
  const who = pupil.self ? "Je bent" : `${pupil.firstName} is`;
  if (report.state === "RECOVERED") return `${who} beter gemeld: ${describeReport(toReportView(report, timeZone))}.`;
  if (report.kind !== "SICK" || report.state !== "ACTIVE" || (report.endDate && isoDate(report.endDate) < today)) {
    throw new AppError("CONFLICT", "Deze melding is al afgesloten. Vernieuw de pagina.");
  }

  const [date, minutes] = input.from === "now" ? [today, context.nowMinutes] : input.from === "tomorrow" ? [addDays(today, 1), 0] : [today, minutesOf(input.from)];
  const startDate = isoDate(report.startDate);
  if (date === today && minutes < context.nowMinutes - 1) {
    throw new AppError("INVALID_INPUT", "Dit tijdstip is al voorbij. Kies ‘vanaf nu’ of een later tijdstip.", { from: ["Kies nu of later."] });
  }
  if (date < startDate || (date === startDate && minutes <= (report.startMinutes ?? 0))) {
    throw new AppError("INVALID_INPUT", "Het moment van beter melden ligt voor het begin van de ziekmelding.", { from: ["Kies een later moment."] });
  }
  const moment = schoolInstant(date, minutes, timeZone);
  // Tomorrow at 00:00: the report ends with today; otherwise at the moment itself.
  const [endDate, endMinutes] = minutes === 0 ? [addDays(date, -1), null] : [date, minutes];
  const source = pupil.self ? "PUPIL" as const : "GUARDIAN" as const;

  const { updated, changed } = await prisma.$transaction(async (tx) => {
    const claimed = await tx.absenceReport.updateMany({
      where: { id: report.id, state: "ACTIVE", ...inSchool(actor) },
      data: { state: "RECOVERED", recoveredAt: moment, endDate: dbDate(endDate), endMinutes },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", "Deze melding is net al beter gemeld. Vernieuw de pagina.");
    await recordAudit(tx, { actor, action: "absence-report.recover", entityType: "AbsenceReport", entityId: report.id, pupilId: report.pupilId });
    const rows = await tx.$queryRaw<{ id: string; observed: string | null; lateMinutes: number }[]>(Prisma.sql`
      SELECT r."id", r."observed"::text AS "observed", r."lateMinutes" FROM "Registration" r
      JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
      WHERE r."schoolId" = ${actor.schoolId}::uuid AND r."pupilId" = ${report.pupilId}::uuid
        AND r."status" = 'SICK' AND r."statusSource" IN ('GUARDIAN', 'PUPIL')
        AND l."date" >= ${report.startDate}::date
        AND (l."date" > ${dbDate(date)}::date OR (l."date" = ${dbDate(date)}::date AND l."startMinutes" >= ${minutes}::int))
      ORDER BY r."id" FOR UPDATE OF r`);
    if (rows.length > 0) {
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Registration" SET
          "status" = (CASE WHEN "observed" = 'ABSENT' THEN 'ABSENT_UNKNOWN' ELSE 'UNREGISTERED' END)::"AttendanceStatus",
          "statusSource" = (CASE WHEN "observed" IS NOT NULL THEN 'TEACHER' END)::"RegistrationSource",
          "statusSetById" = ${actor.userId}::uuid, "statusSetAt" = ${context.now}, "absenceReportId" = NULL,
          "version" = "version" + 1, "updatedAt" = ${context.now}
        WHERE "schoolId" = ${actor.schoolId}::uuid AND "id" = ANY(${rows.map((r) => r.id)}::uuid[])`);
      await tx.registrationChange.createMany({
        data: rows.map((r) => ({
          schoolId: actor.schoolId, id: randomUUID(), registrationId: r.id, changedAt: context.now, changedById: actor.userId, source, markedAt: context.now,
          fromStatus: "SICK" as const, toStatus: r.observed === "ABSENT" ? "ABSENT_UNKNOWN" as const : "UNREGISTERED" as const,
          fromLateMinutes: r.lateMinutes, toLateMinutes: r.lateMinutes, note: `Beter gemeld door ${pupil.self ? "de leerling" : "ouder/verzorger"}`,
        })),
      });
    }
    const after = await tx.absenceReport.findFirstOrThrow({ where: { id: report.id, ...inSchool(actor) }, select: REPORT_SELECT });
    return { updated: toReportView(after, timeZone), changed: rows.length };
  });
  if (changed > 0) await afterRegistrationsChanged({ schoolId: actor.schoolId, pupilIds: [report.pupilId] });
  await afterResponse(() => mailReportConfirmation({ actor, context, report: updated, pupil }));
  return `${who} beter gemeld: ${describeReport(updated)}.`;
}

import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { ROLE_LABELS } from "@/auth/roles";
import { AppError } from "@/errors/app-error";
import { addDays, dbDate, isoDate, schoolToday } from "@/calendar/school-time";
import { buildAbsenceSpecification } from "../absence-specification";
import { contactPhoneFor } from "../contact-phone";
import { duoAbsenceKindOf, previousReportKinds } from "../duo-absence-kind";
import type { TCreateDuoDraft } from "../schemas";
import { loadSpecificationLessons } from "./load-specification-lessons";
import { recordDuoEvent } from "./record-duo-event";

/**
 * Makes the draft verzuimmelding of a signal, with every field the data can
 * fill: the pupil, the verzuimsoort, the dates (no end date for an open LRV),
 * the specification from the registrations, the previous report of a chain,
 * the reporter (the person acting) and a contact phone. The fields only a
 * person can fill stay empty. Idempotent: a signal has at most one report,
 * and asking again returns it (`created: false`). Only a signal of the
 * actor's school that is still supported by the data and that becomes a DUO
 * report (duoAbsenceKindOf) is accepted.
 */
export async function createDuoDraft({ actor, input, now }: { actor: Actor; input: TCreateDuoDraft; now: Date }): Promise<{ reportId: string; created: boolean }> {
  return prisma.$transaction(async (tx) => {
    // Two clicks at once must not make two drafts: serialize per signal (there is no unique key on signalId).
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`duo-report:${actor.schoolId}:${input.signalId}`}, 0))`);
    const signal = await tx.signal.findFirst({
      where: { id: input.signalId, ...inSchool(actor) },
      select: { id: true, pupilId: true, kind: true, mandatory: true, repeat: true, level: true, startDate: true, endDate: true, state: true, withdrawnAt: true, withdrawnReason: true },
    });
    if (!signal) throw new AppError("NOT_FOUND", "Dit signaal bestaat niet (meer).");
    const existing = await tx.duoReport.findFirst({ where: { signalId: signal.id, ...inSchool(actor) }, select: { id: true } });
    if (existing) return { reportId: existing.id, created: false };
    if (signal.withdrawnAt) {
      throw new AppError("RULE_VIOLATION", `Dit signaal is ingetrokken, dus er hoeft geen melding van te komen. ${signal.withdrawnReason ?? ""}`.trim());
    }
    const absenceKind = duoAbsenceKindOf(signal);
    if (!absenceKind) {
      throw new AppError("RULE_VIOLATION", "Van dit signaal komt geen verzuimmelding bij DUO: alleen meldplichtig verzuim (16 uur in 4 weken, langdurig relatief verzuim, luxe verzuim, 18-plus verzuim) en overig verzuim na vaak te laat komen worden gemeld.");
    }

    const [school, pupil, staff] = await Promise.all([
      tx.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { timeZone: true } }),
      tx.pupil.findFirstOrThrow({
        where: { id: signal.pupilId, ...inSchool(actor) },
        select: { birthDate: true, phone: true, guardians: { select: { primaryContact: true, guardian: { select: { phone: true } } } } },
      }),
      actor.staffId
        ? tx.staff.findFirst({ where: { id: actor.staffId, ...inSchool(actor) }, select: { firstName: true, lastName: true, functionTitle: true, phone: true, email: true } })
        : null,
    ]);
    const today = schoolToday(school.timeZone, now);
    const beginDate = isoDate(signal.startDate);
    const endDate = signal.endDate ? isoDate(signal.endDate) : null;
    const specification = buildAbsenceSpecification(
      await loadSpecificationLessons(tx, { schoolId: actor.schoolId, pupilId: signal.pupilId, from: beginDate, to: endDate ?? today }),
      // An open LRV: the absence up to today. Overig verzuim after late arrivals: the late minutes.
      { from: beginDate, to: endDate ?? today, counts: absenceKind === "OTHER" ? "LATE" : "UNEXCUSED" },
    );

    // A repeat continues the report of the signal that ended the day before it began (RULES.md: repeats are contiguous).
    const kinds = previousReportKinds(signal);
    const previous = kinds
      ? await tx.duoReport.findFirst({
          where: {
            pupilId: signal.pupilId,
            signal: { kind: { in: kinds }, endDate: dbDate(addDays(beginDate, -1)) },
            // A withdrawn report was never a report; `not` alone would also skip the drafts (duoStatus null).
            OR: [{ duoStatus: null }, { duoStatus: { not: "WITHDRAWN" } }],
            ...inSchool(actor),
          },
          orderBy: { createdAt: "desc" },
          select: { id: true },
        })
      : null;

    const report = await tx.duoReport.create({
      data: {
        schoolId: actor.schoolId,
        pupilId: signal.pupilId,
        signalId: signal.id,
        previousReportId: previous?.id ?? null,
        absenceKind,
        beginDate: signal.startDate,
        endDate: signal.endDate,
        specification,
        allLessonsMissed: specification.allLessonsMissed,
        reporterName: staff ? `${staff.firstName} ${staff.lastName}` : actor.name,
        reporterFunction: staff?.functionTitle ?? actor.roles.map((role) => ROLE_LABELS[role]).join(", "),
        reporterPhone: staff?.phone ?? null,
        reporterEmail: staff?.email ?? actor.email,
        contactPhone: contactPhoneFor(
          { birthDate: isoDate(pupil.birthDate), phone: pupil.phone },
          pupil.guardians.map((g) => ({ phone: g.guardian.phone, primaryContact: g.primaryContact })),
          { today },
        ),
        createdById: actor.userId,
        // The app's clock, not the database's: "made on" must agree with "today" (APP_NOW in demos and tests).
        createdAt: now,
      },
      select: { id: true },
    });
    // The signal is being worked on now; the queue shows that.
    if (signal.state === "NEW") {
      await tx.signal.updateMany({ where: { id: signal.id, state: "NEW", ...inSchool(actor) }, data: { state: "IN_PROGRESS" } });
    }
    await recordDuoEvent(tx, {
      actor, reportId: report.id, pupilId: signal.pupilId, action: "duo-report.create", fromState: null, toState: "DRAFT",
      details: { signalId: signal.id, absenceKind, beginDate, endDate, previousReportId: previous?.id ?? null },
    });
    return { reportId: report.id, created: true };
  });
}

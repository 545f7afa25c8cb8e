import "server-only";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { findOwnPupil } from "@/guardians/server/own-pupils";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { schoolYearStart } from "@/signals/school-year-start";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT, ATTACHMENT_TYPES, attachmentKind } from "../attachment-kind";
import { checkLeaveRequest } from "../check-leave-request";
import { LEAVE_TYPE_LABELS } from "../leave-labels";
import type { TRequestLeave } from "../schemas";
import { loadSchoolCalendar } from "./load-school-calendar";

export type RequestLeaveResult = { id: string; message: string };

/**
 * A parent (or a pupil of 18+) asks leave for a pupil they report for
 * (own-pupils.ts: anyone else's is NOT_FOUND, nothing written). Refused with
 * the reason when the law or the school's term does not allow it
 * (check-leave-request.ts), when a file is no PDF, JPEG or PNG by its first
 * bytes or is too large. The same form sent twice (its idempotency key)
 * makes one request and answers as the first time.
 */
export async function requestLeave({ actor, input }: { actor: Actor; input: TRequestLeave }): Promise<RequestLeaveResult> {
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const pupil = await findOwnPupil({ actor, pupilId: input.pupilId, today });

  const earlier = await findByKey(actor, input.idempotencyKey);
  if (earlier) return earlier;

  const files = await Promise.all(input.attachments.map(readAttachment));
  const school = await prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { leaveNoticeWeeks: true } });
  const yearStart = schoolYearStart(input.startDate);
  const yearEnd = `${Number(yearStart.slice(0, 4)) + 1}-07-31`;
  const [calendar, otherHolidayLeaveThisYear] = await Promise.all([
    loadSchoolCalendar({ schoolId: actor.schoolId, from: input.startDate, to: input.endDate < input.startDate ? input.startDate : input.endDate }),
    prisma.leaveRequest.count({
      where: { pupilId: pupil.id, type: "HOLIDAY_LEAVE", state: { in: ["REQUESTED", "REFERRED", "APPROVED"] }, startDate: { gte: dbDate(yearStart), lte: dbDate(yearEnd) }, ...inSchool(actor) },
    }),
  ]);
  const check = checkLeaveRequest(
    { type: input.type, startDate: input.startDate, endDate: input.endDate, attachmentCount: files.length },
    { today, calendar, noticeWeeks: school.leaveNoticeWeeks, otherHolidayLeaveThisYear },
  );
  if (Object.keys(check.problems).length > 0) throw new AppError("RULE_VIOLATION", "Dit verlof kan zo niet worden aangevraagd. Lees bij de velden waarom.", check.problems);

  try {
    const id = await prisma.$transaction(async (tx) => {
      const created = await tx.leaveRequest.create({
        data: {
          schoolId: actor.schoolId, pupilId: pupil.id, type: input.type, startDate: dbDate(input.startDate), endDate: dbDate(input.endDate),
          reason: input.reason, requestedById: actor.userId, idempotencyKey: input.idempotencyKey, schoolDays: check.schoolDays, createdAt: now,
        },
        select: { id: true },
      });
      if (files.length > 0) {
        await tx.leaveAttachment.createMany({
          data: files.map((f) => ({ schoolId: actor.schoolId, leaveRequestId: created.id, fileName: f.fileName, contentType: f.contentType, size: f.data.byteLength, data: f.data })),
        });
      }
      await recordAudit(tx, { actor, action: "leave-request.create", entityType: "LeaveRequest", entityId: created.id, pupilId: pupil.id, details: { type: input.type, schoolDays: check.schoolDays, attachments: files.length } });
      return created.id;
    });
    const who = pupil.self ? "jou" : pupil.firstName;
    const next = check.decider === "OFFICER"
      ? "Omdat het om meer dan 10 schooldagen gaat, stuurt de school de aanvraag met een advies door naar de leerplichtambtenaar, die beslist."
      : "De school beslist en je krijgt het besluit per e-mail.";
    return { id, message: `Je aanvraag voor ${LEAVE_TYPE_LABELS[input.type].toLowerCase()} voor ${who} (${check.schoolDays} ${check.schoolDays === 1 ? "schooldag" : "schooldagen"}) is ontvangen. ${next}` };
  } catch (error) {
    // The same form sent twice at the same moment: the second insert meets the unique key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await findByKey(actor, input.idempotencyKey);
      if (first) return first;
    }
    throw error;
  }
}

async function findByKey(actor: Actor, idempotencyKey: string): Promise<RequestLeaveResult | null> {
  const found = await prisma.leaveRequest.findFirst({ where: { idempotencyKey, ...inSchool(actor) }, select: { id: true, requestedById: true } });
  if (!found) return null;
  if (found.requestedById !== actor.userId) throw new AppError("CONFLICT", "Dit formulier is al gebruikt. Vernieuw de pagina en probeer het opnieuw.");
  return { id: found.id, message: "Deze aanvraag was al ontvangen; hij staat hieronder bij je aanvragen. Er is geen tweede aanvraag gemaakt." };
}

async function readAttachment(file: File, index: number, all: File[]): Promise<{ fileName: string; contentType: string; data: Uint8Array<ArrayBuffer> }> {
  if (all.length > ATTACHMENT_MAX_COUNT) throw new AppError("INVALID_INPUT", "Te veel bijlagen.", { attachments: [`Voeg hoogstens ${ATTACHMENT_MAX_COUNT} bestanden toe.`] });
  const name = file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 120) || `bijlage-${index + 1}`;
  if (file.size > ATTACHMENT_MAX_BYTES) {
    throw new AppError("INVALID_INPUT", "Een bijlage is te groot.", { attachments: [`‘${name}’ is groter dan ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB. Maak het bestand kleiner (bijvoorbeeld een foto met een lagere resolutie).`] });
  }
  const data = new Uint8Array(await file.arrayBuffer());
  const kind = attachmentKind(data);
  if (!kind) {
    const allowed = Object.values(ATTACHMENT_TYPES).map((t) => t.label).join(", ");
    throw new AppError("INVALID_INPUT", "Een bijlage heeft een soort die niet kan.", { attachments: [`‘${name}’ is geen ${allowed}-bestand. Voeg een PDF, JPEG of PNG toe.`] });
  }
  return { fileName: name, contentType: kind, data };
}

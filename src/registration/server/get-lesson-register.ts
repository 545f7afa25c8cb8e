import "server-only";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { schoolInstant, schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { AppError } from "@/errors/app-error";
import { fullName } from "@/pupils/full-name";
import { ADJUSTMENT_CATEGORIES, ADJUSTMENT_WORDS } from "@/schedule/adjustment-labels";
import { accessMessage } from "../access-message";
import { describeChange } from "../describe-change";
import { knownAbsences } from "../known-absences";
import { UNDO_NOTE } from "../plan-marks";
import type { RegisterPupil, RegisterView } from "../register-types";
import { mayReadLesson } from "../may-read-lesson";
import { lessonAccess } from "./lesson-access";
import { readRegisterState } from "./read-register-state";
import type { RegisterPolicy } from "./register-policy";

const collator = new Intl.Collator("nl");

/** Health information: who sees it in a register that is not their own lesson is audited. */
const SENSITIVE: ReadonlySet<AttendanceStatus> = new Set(["SICK", "MEDICAL"]);

/**
 * The register of one lesson as this person sees it: its pupils, what is
 * known about them, their marks and history, and why they may not change it
 * (if so). One statement, scoped to the actor's school.
 */
export async function getLessonRegister({ actor, lessonId, policy }: { actor: Actor; lessonId: string; policy: RegisterPolicy }): Promise<RegisterView> {
  const { lesson, pupils, covering, history, adjustments } = await readRegisterState({ schoolId: actor.schoolId, lessonId, history: true });
  const ownTeacher = lesson.staffId !== null && lesson.staffId === actor.staffId;
  const today = schoolToday(policy.timeZone, policy.now);
  if (!mayReadLesson({ date: lesson.date, ownTeacher }, { today, correctionDays: policy.correctionDays, anyDate: can(actor, "register:correct-any") })) {
    throw new AppError("FORBIDDEN", "Dit register is van een collega en niet van vandaag: je kunt het niet inzien.");
  }
  const known = knownAbsences(covering, { date: lesson.date, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, timeZone: policy.timeZone });
  const historyOf = new Map<string, RegisterPupil["history"]>();
  for (const change of history) {
    const lines = historyOf.get(change.pupilId) ?? [];
    const { from, to } = describeChange(change);
    lines.push({ at: change.changedAt.toISOString(), by: change.by ?? "Systeem", from, to: change.note === UNDO_NOTE ? `${to} (ongedaan gemaakt)` : to });
    historyOf.set(change.pupilId, lines);
  }
  const access = lessonAccess(actor, lesson, policy);
  // One word, not the adjustment's own text: that may hold a medical reason, and stays with the coordinator.
  const listed = new Set(pupils.map((p) => p.pupilId));
  const guests = new Set(adjustments.filter((a) => a.kind === "ADDITION" && a.applies).map((a) => a.pupilId));
  const tagsOf = new Map<string, string[]>();
  for (const category of ADJUSTMENT_CATEGORIES) {
    for (const a of adjustments) {
      // "extra" only where the pupil is a guest: an added lesson elsewhere changes nothing here.
      if (a.category !== category || !listed.has(a.pupilId) || (a.kind === "ADDITION" && !a.applies)) continue;
      const tags = tagsOf.get(a.pupilId) ?? [];
      if (!tags.includes(ADJUSTMENT_WORDS[category])) tags.push(ADJUSTMENT_WORDS[category]);
      tagsOf.set(a.pupilId, tags);
    }
  }
  const exempt = new Map<string, RegisterView["exempt"][number] & { lastName: string; firstName: string }>();
  for (const a of adjustments) {
    if (a.kind !== "EXEMPTION" || !a.applies || listed.has(a.pupilId) || exempt.has(a.pupilId)) continue;
    exempt.set(a.pupilId, { pupilId: a.pupilId, name: fullName(a), word: ADJUSTMENT_WORDS[a.category], lastName: a.lastName, firstName: a.firstName });
  }

  const view: RegisterView = {
    lesson: {
      id: lesson.id, date: lesson.date, period: lesson.period, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes,
      groupName: lesson.groupName, subjectName: lesson.subjectName, room: lesson.room, cancelled: lesson.cancelled,
      teacherName: lesson.teacherName, registeredAt: lesson.registeredAt?.toISOString() ?? null,
      startsAt: schoolInstant(lesson.date, lesson.startMinutes, policy.timeZone).toISOString(),
    },
    pupils: pupils
      .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName))
      .map((p) => {
        const r = p.registration;
        const k = known.get(p.pupilId);
        return {
          pupilId: p.pupilId,
          name: fullName(p),
          initials: `${p.firstName[0] ?? ""}${p.lastName[0] ?? ""}`.toUpperCase(),
          observed: r?.observed ?? null,
          observedLateMinutes: r?.observedLateMinutes ?? null,
          // A report made after the registration row was created still shows.
          status: r && r.status !== "UNREGISTERED" ? r.status : (k?.status ?? "UNREGISTERED"),
          statusSource: r?.statusSource ?? k?.source ?? null,
          known: k ? { status: k.status, source: k.source } : null,
          lastMarkedAt: r?.lastMarkedAt?.toISOString() ?? null,
          guest: guests.has(p.pupilId),
          scheduleTags: tagsOf.get(p.pupilId) ?? [],
          history: historyOf.get(p.pupilId) ?? [],
        };
      }),
    exempt: [...exempt.values()]
      .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName))
      .map(({ pupilId, name, word }) => ({ pupilId, name, word })),
    readOnlyReason: access.allowed ? null : accessMessage(access, lesson),
    opensAt: !access.allowed && access.reason === "NOT_STARTED" ? schoolInstant(lesson.date, access.opensAtMinutes, policy.timeZone).toISOString() : null,
    serverNow: policy.now.toISOString(),
  };
  if (!ownTeacher) await auditSensitiveRead(actor, lesson.id, view.pupils);
  return view;
}

/**
 * A register read by someone who does not teach the lesson (a substitute, the
 * coordinator) that shows a pupil as sick or at a medical appointment leaves an
 * audit entry per such pupil: who saw whose health information, and when.
 * The lesson's own teacher, the register's everyday reader, writes nothing.
 */
async function auditSensitiveRead(actor: Actor, lessonId: string, pupils: RegisterView["pupils"]): Promise<void> {
  const seen = pupils.filter((p) => SENSITIVE.has(p.status));
  if (seen.length === 0) return;
  await prisma.auditEntry.createMany({
    data: seen.map((p) => ({
      schoolId: actor.schoolId, actorId: actor.userId, action: "register.read-sensitive", entityType: "Lesson", entityId: lessonId, pupilId: p.pupilId,
      details: { status: p.status },
    })),
  });
}

import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { appNow } from "@/calendar/app-clock";
import { clockTime, dutchDate, isoDate } from "@/calendar/school-time";
import { sendMail } from "@/mail/send-mail";
import type { TSendReminder } from "../schemas";

/**
 * The coordinator's one-click reminder to a teacher about their unregistered
 * lessons: recorded (the teacher sees it on their start page) and e-mailed
 * when the school has a mail server.
 */
export async function sendRegistrationReminder({ actor, input }: { actor: Actor; input: TSendReminder }): Promise<string> {
  const staff = await prisma.staff.findFirst({ where: { id: input.staffId, ...inSchool(actor) }, select: { id: true, firstName: true, lastName: true, email: true } });
  if (!staff) throw new AppError("NOT_FOUND", "Deze docent bestaat niet.");
  const lessons = await prisma.lesson.findMany({
    where: { id: { in: input.lessonIds }, staffId: staff.id, cancelled: false, registeredAt: null, ...inSchool(actor) },
    orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
    select: { id: true, date: true, startMinutes: true, period: true, group: { select: { name: true } }, subject: { select: { name: true } } },
  });
  if (lessons.length !== new Set(input.lessonIds).size) {
    throw new AppError("CONFLICT", "Een of meer van deze lessen zijn inmiddels geregistreerd of horen niet bij deze docent. Vernieuw de pagina.");
  }
  const lines = lessons.map((l) => `- ${dutchDate(isoDate(l.date))} ${clockTime(l.startMinutes)} (${l.period}e uur): ${l.group.name}, ${l.subject.name}`);
  const mail = staff.email
    ? await sendMail({
        to: staff.email,
        subject: `Herinnering: ${lessons.length === 1 ? "een les" : `${lessons.length} lessen`} nog niet geregistreerd`,
        text: `Beste ${staff.firstName},\n\nDe volgende lessen zijn nog niet geregistreerd:\n\n${lines.join("\n")}\n\nWil je ze vandaag nog registreren in Aanwezig? Dank je wel.\n\n${actor.name}\n${actor.schoolName}`,
      })
    : ({ sent: false, reason: "NOT_CONFIGURED" } as const);
  const now = appNow();
  await prisma.$transaction(async (tx) => {
    await tx.registrationReminder.createMany({
      data: lessons.map((l) => ({ schoolId: actor.schoolId, lessonId: l.id, staffId: staff.id, sentById: actor.userId, sentAt: now, emailedTo: mail.sent ? staff.email : null })),
    });
    await recordAudit(tx, { actor, action: "registration.reminder.send", entityType: "Staff", entityId: staff.id, details: { lessons: lessons.length, emailed: mail.sent } });
  });
  const name = `${staff.firstName} ${staff.lastName}`;
  if (mail.sent) return `Herinnering gestuurd aan ${name}, per e-mail en in de app.`;
  return `Herinnering voor ${name} staat in de app${mail.reason === "FAILED" ? "; de e-mail kon niet worden verstuurd" : staff.email ? "; e-mail is niet ingesteld op deze server" : "; er is geen e-mailadres bekend"}.`;
}

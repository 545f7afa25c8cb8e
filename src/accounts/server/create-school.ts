import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import type { TCreateSchool } from "../create-school-schema";
import { invitationLink } from "../invitation-token";
import { sendLinkMail, sendMembershipMail } from "./send-account-mail";
import { issueInvitation } from "./issue-invitation";
import { createFirstSchoolYear } from "./first-school-year";
import { schoolToday } from "@/calendar/school-time";
import type { MailResult } from "@/mail/send-mail";

export type CreatedSchool = {
  schoolId: string; adminUserId: string; existingAccount: boolean; link: string | null; mail: MailResult;
  schoolYearName: string; holidaysFilledIn: number;
};

/**
 * The platform operator's command (`npm run school:create`): a new school
 * (tenant) with its first administrator, who gets a single-use link to choose
 * a password, or, with an account at another school already, only the
 * membership and an e-mail. The school gets its current school year with the
 * region's holidays and the usual bell schedule (decision 159). Runs as the database owner (decision 115). A BRIN
 * that is already there is refused.
 */
export async function createSchool({ input, origin, now = new Date() }: { input: TCreateSchool; origin: string; now?: Date }): Promise<CreatedSchool> {
  const outcome = await prisma.$transaction(async (tx) => {
    const taken = await tx.school.findUnique({ where: { brin: input.brin }, select: { name: true } });
    if (taken) throw new AppError("CONFLICT", `BRIN ${input.brin} is al in gebruik door ${taken.name}; er is niets aangemaakt.`);
    const school = await tx.school.create({
      data: { name: input.name, brin: input.brin, locationCode: input.locationCode, city: input.city, region: input.region },
      select: { id: true, timeZone: true },
    });
    const year = await createFirstSchoolYear(tx, { schoolId: school.id, region: input.region, today: schoolToday(school.timeZone, now) });
    const existing = await tx.user.findUnique({ where: { email: input.adminEmail }, select: { id: true, name: true, email: true, passwordHash: true } });
    const admin = existing ?? await tx.user.create({ data: { email: input.adminEmail, name: input.adminName, passwordHash: null }, select: { id: true, name: true, email: true, passwordHash: true } });
    await tx.membership.create({ data: { schoolId: school.id, userId: admin.id, roles: ["ADMIN"] }, select: { id: true } });
    const actor = { schoolId: school.id, userId: null };
    await recordAudit(tx, { actor, action: "school.create", entityType: "School", entityId: school.id, details: { brin: input.brin, locationCode: input.locationCode } });
    await recordAudit(tx, { actor, action: "account.invite", entityType: "User", entityId: admin.id, details: { roles: ["ADMIN"], existingAccount: admin.passwordHash !== null } });
    const token = admin.passwordHash === null ? await issueInvitation(tx, { userId: admin.id, forSchoolId: school.id, kind: "INVITE", createdById: null }) : null;
    return { schoolId: school.id, admin, token, year };
  });
  if (outcome.token === null) {
    const mail = await sendMembershipMail({ to: outcome.admin, schoolName: input.name, as: "beheerder" });
    return { schoolId: outcome.schoolId, adminUserId: outcome.admin.id, existingAccount: true, link: null, mail, ...yearOf(outcome.year) };
  }
  const link = invitationLink(origin, outcome.token);
  const mail = await sendLinkMail({ to: outcome.admin, schoolName: input.name, kind: "INVITE", link, as: "beheerder" });
  return { schoolId: outcome.schoolId, adminUserId: outcome.admin.id, existingAccount: false, link, mail, ...yearOf(outcome.year) };
}

function yearOf(year: { schoolYearName: string; holidays: unknown[] }) {
  return { schoolYearName: year.schoolYearName, holidaysFilledIn: year.holidays.length };
}

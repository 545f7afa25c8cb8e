import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { recordAudit } from "@/audit/server/record-audit";
import { retentionCutoff } from "../retention-cutoff";

/** What a retention pass removed (or, in a dry run, would remove) in one school. */
export interface TRetentionReport {
  schoolId: string;
  cutoff: string;
  pupils: number;
  registrations: number;
  absenceReports: number;
  leaveRequests: number;
  signals: number;
  caseEntries: number;
  letters: number;
  duoReports: number;
  guardians: number;
  parentAccounts: number;
  /** Leavers' own accounts (decision 130) that had no other membership. */
  pupilAccounts: number;
}

const COUNTED = {
  registrations: "Registration",
  absenceReports: "AbsenceReport",
  leaveRequests: "LeaveRequest",
  signals: "Signal",
  caseEntries: "CaseEntry",
  letters: "Letter",
  duoReports: "DuoReport",
} as const;

/**
 * Retention (decision 114): removes the pupils of one school who left more than
 * the school's `retentionYears` ago, and with them (the foreign keys cascade)
 * their registrations and their history, absence reports, leave requests and
 * attachments, signals, case file, letters and DUO drafts. Their guardians who
 * have no other child at the school go too, with a parent-only membership and
 * a user left without any membership; so does a leaver's own account (decision 130). What stays: the audit log (who read or
 * changed what, by pupil id only, which no longer leads to a person) and one
 * audit entry with the counts of this pass. One transaction per school: all or
 * nothing. `dryRun` counts without removing.
 */
export async function applyRetention({ schoolId, today, dryRun = false }: { schoolId: string; today: string; dryRun?: boolean }): Promise<TRetentionReport> {
  return prisma.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { retentionYears: true } });
    const cutoff = retentionCutoff(today, school.retentionYears);
    const leavers = await tx.pupil.findMany({ where: { schoolId, enrolledUntil: { lte: new Date(`${cutoff}T00:00:00Z`) } }, select: { id: true, userId: true } });
    const pupilIds = leavers.map((p) => p.id);
    const pupilUserIds = leavers.flatMap((p) => (p.userId ? [p.userId] : []));
    const report: TRetentionReport = {
      schoolId, cutoff, pupils: pupilIds.length,
      registrations: 0, absenceReports: 0, leaveRequests: 0, signals: 0, caseEntries: 0, letters: 0, duoReports: 0, guardians: 0, parentAccounts: 0, pupilAccounts: 0,
    };
    if (pupilIds.length === 0) return report;

    for (const [key, table] of Object.entries(COUNTED) as [keyof typeof COUNTED, string][]) {
      const [row] = await tx.$queryRaw<{ n: bigint }[]>(
        Prisma.sql`SELECT count(*) AS n FROM ${Prisma.raw(`"${table}"`)} WHERE "schoolId" = ${schoolId}::uuid AND "pupilId" = ANY(${pupilIds}::uuid[])`,
      );
      report[key] = Number(row!.n);
    }
    // Guardians whose every child at this school is among the leavers.
    const guardians = await tx.$queryRaw<{ id: string; userId: string | null }[]>(Prisma.sql`
      SELECT g."id", g."userId" FROM "Guardian" g
      WHERE g."schoolId" = ${schoolId}::uuid
        AND EXISTS (SELECT 1 FROM "PupilGuardian" pg WHERE pg."schoolId" = g."schoolId" AND pg."guardianId" = g."id" AND pg."pupilId" = ANY(${pupilIds}::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM "PupilGuardian" pg WHERE pg."schoolId" = g."schoolId" AND pg."guardianId" = g."id" AND NOT (pg."pupilId" = ANY(${pupilIds}::uuid[])))`);
    report.guardians = guardians.length;
    const parentUserIds = guardians.flatMap((g) => (g.userId ? [g.userId] : []));
    if (dryRun) return report;

    await tx.pupil.deleteMany({ where: { schoolId, id: { in: pupilIds } } });
    await tx.guardian.deleteMany({ where: { schoolId, id: { in: guardians.map((g) => g.id) } } });
    if (parentUserIds.length > 0) {
      await tx.$executeRaw(Prisma.sql`
        DELETE FROM "Membership" WHERE "schoolId" = ${schoolId}::uuid AND "userId" = ANY(${parentUserIds}::uuid[]) AND "roles" = ARRAY['PARENT']::"Role"[]`);
      // Whether an account has a membership anywhere else is asked of aanwezig_users_without_membership(): this
      // connection sees only this school's memberships (row-level security, decision 115).
      report.parentAccounts = await tx.$executeRaw(Prisma.sql`
        DELETE FROM "User" u WHERE u."id" IN (SELECT aanwezig_users_without_membership(${parentUserIds}::uuid[]))
          AND NOT u."platformOperator"`);
    }
    if (pupilUserIds.length > 0) {
      await tx.$executeRaw(Prisma.sql`
        DELETE FROM "Membership" WHERE "schoolId" = ${schoolId}::uuid AND "userId" = ANY(${pupilUserIds}::uuid[]) AND "roles" = ARRAY['PUPIL']::"Role"[]`);
      report.pupilAccounts = await tx.$executeRaw(Prisma.sql`
        DELETE FROM "User" u WHERE u."id" IN (SELECT aanwezig_users_without_membership(${pupilUserIds}::uuid[]))
          AND NOT u."platformOperator"`);
    }
    await recordAudit(tx, {
      actor: { schoolId, userId: null }, action: "retention.apply", entityType: "School", entityId: schoolId,
      reason: `Bewaartermijn ${school.retentionYears} jaar: leerlingen die op of vóór ${cutoff} vertrokken.`,
      details: { ...report },
    });
    return report;
  }, { timeout: 120_000 });
}

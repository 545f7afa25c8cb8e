import "server-only";
import type { Actor } from "@/auth/load-actor";
import { setMembershipRoles } from "@/auth/server/set-membership-roles";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import type { Role } from "@/db/generated/prisma/enums";
import { inSchool } from "@/db/tenant-scope";
import { functionTitleFor, ROLE_LABELS, STAFF_ROLES } from "../roles";
import type { TSetRoles } from "../schemas";
import { ensureAnotherAdmin } from "./last-admin";
import { findSchoolPerson } from "./find-person";

/**
 * New staff roles for a person of the school (a parent's or pupil's role stays).
 * Their sessions here end, so an open page of an old role cannot act on. The
 * last active administrator keeps ADMIN. A person who gets a staff role and
 * has no Staff record here gets one.
 */
export async function setPersonRoles({ actor, input }: { actor: Actor; input: TSetRoles }): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const person = await findSchoolPerson(tx, actor, input.userId);
    // Roles that come from the pupil data (parent, pupil) stay: this form is about staff roles only.
    const roles: Role[] = [...input.roles, ...person.roles.filter((role) => !(STAFF_ROLES as readonly Role[]).includes(role))];
    if (person.roles.includes("ADMIN") && !roles.includes("ADMIN") && person.active) await ensureAnotherAdmin(tx, { schoolId: actor.schoolId, userId: person.userId });
    if (same(person.roles, roles)) return `De rollen van ${person.name} waren al zo.`;
    await setMembershipRoles({ schoolId: actor.schoolId, userId: person.userId, roles }, tx);
    const staff = await tx.staff.findFirst({ where: { userId: person.userId, ...inSchool(actor) }, select: { id: true } });
    if (!staff) await tx.staff.create({ data: { schoolId: actor.schoolId, userId: person.userId, ...(await staffFields(tx, actor, person.name, person.email)), functionTitle: functionTitleFor(roles) }, select: { id: true } });
    await recordAudit(tx, { actor, action: "account.roles.update", entityType: "User", entityId: person.userId, details: { before: person.roles, after: roles } });
    return `${person.name} is nu ${roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(", ")}. Eventuele open sessies van ${person.name} op deze school zijn beëindigd.`;
  });
}

const same = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/** Names and a free code (initials, then a number) for a Staff record made from an account. */
async function staffFields(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], actor: Actor, name: string, email: string) {
  const [firstName = name, ...rest] = name.split(" ");
  const lastName = rest.join(" ") || firstName;
  const stem = (firstName[0]! + lastName.replace(/[^A-Za-z]/g, "").slice(0, 2)).toUpperCase().replace(/[^A-Z0-9]/g, "") || "MW";
  const taken = new Set((await tx.staff.findMany({ where: { code: { startsWith: stem }, ...inSchool(actor) }, select: { code: true } })).map((s) => s.code));
  let code = stem;
  for (let n = 2; taken.has(code); n += 1) code = `${stem}${n}`;
  return { firstName, lastName, code, email };
}

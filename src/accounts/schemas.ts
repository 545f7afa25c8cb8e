import { z } from "zod";
import { ZNewPasswordSchema } from "./password-rules";
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from "./roles";

/**
 * Roles come from one checkbox per role, named `rol-TEACHER` … `rol-ADMIN`
 * (a form action sees one value per name). A `rol-` field for a role that does
 * not exist is refused by name, not ignored.
 */
const ROLE_FIELD = /^rol-(.*)$/;

function withRoles<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape).superRefine((value, ctx) => {
    for (const [key, checked] of Object.entries(value)) {
      const role = ROLE_FIELD.exec(key)?.[1];
      if (role === undefined) continue;
      if (!(STAFF_ROLES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: "custom", path: ["roles"], message: `Onbekende rol: ${role.slice(0, 40)}. Kies uit ${STAFF_ROLES.map((r) => ROLE_LABELS[r]).join(", ")}.` });
      } else if (checked !== "on") {
        ctx.addIssue({ code: "custom", path: ["roles"], message: "Een rol is aangevinkt of niet." });
      }
    }
    if (!STAFF_ROLES.some((role) => value[`rol-${role}`] === "on")) ctx.addIssue({ code: "custom", path: ["roles"], message: "Kies minstens één rol." });
  }).transform((value) => ({ ...value, roles: STAFF_ROLES.filter((role) => value[`rol-${role}`] === "on") as StaffRole[] }));
}

const name = (what: string) => z.string().trim().min(1, `Vul de ${what} in.`).max(100, `De ${what} is hoogstens 100 tekens.`);
const ZUserId = z.string().uuid("Onbekende persoon.");

export const ZEmailSchema = z.string().trim().toLowerCase().min(1, { message: "Vul het e-mailadres in.", abort: true }).max(254, "Dit e-mailadres is te lang.").email("Dit is geen geldig e-mailadres.");

/** Beheer → Mensen: invite a member of staff. */
export const ZInviteStaffSchema = withRoles({
  firstName: name("voornaam"),
  lastName: name("achternaam"),
  email: ZEmailSchema,
  code: z.string().trim().toUpperCase().min(1, { message: "Vul een afkorting in (de docentcode, bijvoorbeeld JAN).", abort: true }).max(10, "Een afkorting is hoogstens 10 tekens.")
    .regex(/^[A-Z0-9]+$/, "Een afkorting bestaat uit letters en cijfers."),
});
export type TInviteStaff = z.infer<typeof ZInviteStaffSchema>;

/** New roles for a person of the school. */
export const ZSetRolesSchema = withRoles({ userId: ZUserId });
export type TSetRoles = z.infer<typeof ZSetRolesSchema>;

/** One person of the school: deactivate, reactivate, send a new password link. */
export const ZPersonSchema = z.object({ userId: ZUserId });
export type TPerson = z.infer<typeof ZPersonSchema>;

/** Invite every guardian with an e-mail address and no account: no input. */
export const ZInviteGuardiansSchema = z.object({});

/** The token of an invitation link (the page reads it from the fragment). */
export const ZInvitationTokenSchema = z.object({ token: z.string().max(200, "Deze link is niet geldig.") });

/** Accepting an invitation: the token and the chosen password, twice. */
export const ZAcceptInvitationSchema = ZNewPasswordSchema.and(ZInvitationTokenSchema);
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitationSchema>;

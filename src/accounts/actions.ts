"use server";

import { defineFormAction } from "@/auth/safe-action";
import { linkOrigin } from "./link-origin";
import { ZInviteGuardiansSchema, ZInviteStaffSchema, ZPersonSchema, ZSetRolesSchema } from "./schemas";
import { deactivatePerson } from "./server/deactivate-person";
import { inviteGuardians } from "./server/invite-guardians";
import { inviteStaff } from "./server/invite-staff";
import { reactivatePerson } from "./server/reactivate-person";
import { sendPasswordLink } from "./server/send-password-link";
import { setPersonRoles } from "./server/set-person-roles";

const PERMISSION = "accounts:manage";

export const inviteStaffAction = defineFormAction({
  permission: PERMISSION, schema: ZInviteStaffSchema, run: async ({ actor, input }) => inviteStaff({ actor, input, origin: await linkOrigin() }),
});

export const setPersonRolesAction = defineFormAction({ permission: PERMISSION, schema: ZSetRolesSchema, run: setPersonRoles });

export const deactivatePersonAction = defineFormAction({ permission: PERMISSION, schema: ZPersonSchema, run: deactivatePerson });

export const reactivatePersonAction = defineFormAction({ permission: PERMISSION, schema: ZPersonSchema, run: reactivatePerson });

export const sendPasswordLinkAction = defineFormAction({
  permission: PERMISSION, schema: ZPersonSchema, run: async ({ actor, input }) => sendPasswordLink({ actor, input, origin: await linkOrigin() }),
});

export const inviteGuardiansAction = defineFormAction({
  permission: PERMISSION, schema: ZInviteGuardiansSchema, run: async ({ actor }) => inviteGuardians({ actor, origin: await linkOrigin() }),
});

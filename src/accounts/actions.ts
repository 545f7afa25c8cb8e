"use server";

import { revalidatePath } from "next/cache";
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
const PAGE = "/beheer/mensen";

/** The page's list shows the change (a new person, a status) with the answer. */
function refreshed<T>(result: T): T {
  revalidatePath(PAGE);
  return result;
}

export const inviteStaffAction = defineFormAction({
  permission: PERMISSION, schema: ZInviteStaffSchema, run: async ({ actor, input }) => refreshed(await inviteStaff({ actor, input, origin: await linkOrigin() })),
});

export const setPersonRolesAction = defineFormAction({ permission: PERMISSION, schema: ZSetRolesSchema, run: async (args) => refreshed(await setPersonRoles(args)) });

export const deactivatePersonAction = defineFormAction({ permission: PERMISSION, schema: ZPersonSchema, run: async (args) => refreshed(await deactivatePerson(args)) });

export const reactivatePersonAction = defineFormAction({ permission: PERMISSION, schema: ZPersonSchema, run: async (args) => refreshed(await reactivatePerson(args)) });

export const sendPasswordLinkAction = defineFormAction({
  permission: PERMISSION, schema: ZPersonSchema, run: async ({ actor, input }) => refreshed(await sendPasswordLink({ actor, input, origin: await linkOrigin() })),
});

export const inviteGuardiansAction = defineFormAction({
  permission: PERMISSION, schema: ZInviteGuardiansSchema, run: async ({ actor }) => refreshed(await inviteGuardians({ actor, origin: await linkOrigin() })),
});

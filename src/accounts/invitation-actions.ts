"use server";

import { headers } from "next/headers";
import { publicOrigin } from "@/http/public-origin";
import { crossOriginRefusal } from "@/http/same-origin";
import type { TInvitationView } from "./invitation-state";
import type { PublicFormState } from "./public-form-state";
import { runPublicFormAction } from "./run-public-form-action";
import { ZAcceptInvitationSchema, ZInvitationTokenSchema } from "./schemas";
import { acceptInvitation } from "./server/accept-invitation";
import { viewInvitation } from "./server/find-invitation";

// Public: no session exists yet. The authority is the link's single-use token (256 random bits, stored
// only as a hash), checked by the use cases; the answers say no more than the state of that one link.

/** Whose link this is and for which school, or why it does not work. */
export async function viewInvitationAction(token: unknown): Promise<TInvitationView> {
  if (crossOriginRefusal("POST", await headers(), { publicOrigin: publicOrigin() })) return { state: "invalid" };
  const parsed = ZInvitationTokenSchema.safeParse({ token });
  if (!parsed.success) return { state: "invalid" };
  return viewInvitation(parsed.data.token);
}

/** The person chooses their password with the link. */
export async function acceptInvitationAction(_previous: PublicFormState, formData: FormData): Promise<PublicFormState> {
  return runPublicFormAction({ schema: ZAcceptInvitationSchema, run: (input) => acceptInvitation({ input }) }, formData, { headers: await headers(), publicOrigin: publicOrigin() });
}

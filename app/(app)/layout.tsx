import { currentActor } from "@/auth/current-actor";
import { redirectToLogin } from "@/auth/login-redirect";
import { listOtherSchools } from "@/auth/server/list-other-schools";
import { AppFrame } from "@/ui/app-frame";
import { viewerOf } from "@/ui/viewer";

// Not a security boundary: every page authorizes itself. This only draws the frame.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const otherSchools = await listOtherSchools(actor);
  return <AppFrame viewer={{ ...viewerOf(actor), otherSchools }}>{children}</AppFrame>;
}

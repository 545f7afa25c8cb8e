import { currentActor } from "@/auth/current-actor";
import { redirectToLogin } from "@/auth/login-redirect";
import { listOtherSchools } from "@/auth/server/list-other-schools";
import { appNow } from "@/calendar/app-clock";
import { schoolToday } from "@/calendar/school-time";
import { listOwnPupils } from "@/guardians/server/own-pupils";
import { AppFrame } from "@/ui/app-frame";
import { viewerOf } from "@/ui/viewer";

// Not a security boundary: every page authorizes itself. This only draws the frame.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  const otherSchools = await listOtherSchools(actor);
  // A pupil under 18 reports nothing themselves: their parents do (decision 120). Asked only of pupils.
  const reportsForSomeone = !actor.roles.includes("PUPIL") || actor.guardianId !== null
    || (await listOwnPupils({ actor, today: schoolToday(actor.schoolTimeZone, appNow()) })).length > 0;
  return <AppFrame viewer={{ ...viewerOf(actor, { reportsForSomeone }), otherSchools }}>{children}</AppFrame>;
}

import { redirect } from "next/navigation";
import { currentActor } from "@/auth/current-actor";
import { AppShell } from "@/ui/app-shell";

// Not a security boundary: every page authorizes itself. This only draws the frame.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/inloggen");
  return <AppShell actor={actor}>{children}</AppShell>;
}

import { redirect } from "next/navigation";
import { currentActor } from "@/auth/current-actor";
import { startPageFor } from "@/auth/roles";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? (startPageFor(actor.roles) ?? "/inloggen") : "/inloggen");
}

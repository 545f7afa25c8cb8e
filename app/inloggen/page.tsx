import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/auth/current-actor";
import { startPageFor } from "@/auth/roles";
import { LoginForm } from "@/auth/login-form";

export const metadata: Metadata = { title: "Inloggen · Aanwezig" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  if (actor) redirect(startPageFor(actor.roles) ?? "/");
  const { callbackUrl } = await searchParams;
  // Only a path of this site: an open redirect after log-in would help phishing.
  const next = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Inloggen</h1>
        <p className="mt-1 text-sm text-slate-600">Aanwezig — aanwezigheidsregistratie</p>
        <LoginForm next={next} />
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/auth/current-actor";
import { landingAfterLogin } from "@/auth/landing-after-login";
import { loginHref } from "@/auth/login-redirect";
import { LoginForm } from "@/auth/login-form";
import { twoStepPageHref } from "@/auth/mfa/two-step-policy";
import { safeRedirectPath } from "@/auth/safe-redirect";
import { requestOrigin } from "@/http/request-origin";

export const metadata: Metadata = { title: "Inloggen · Aanwezig" };

/**
 * The log-in page. Signed in (also right after logging in: the form comes back
 * here), it sends the person on: to `callbackUrl` when that is a page of this
 * site their roles may open, otherwise to their start page (landingAfterLogin).
 */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const asked = typeof callbackUrl === "string" ? callbackUrl : undefined;
  const origin = requestOrigin(await headers());
  const actor = await currentActor();
  // A role that requires the two-step log-in, not set up yet: first that, then where the person was going.
  if (actor?.mustEnrolTwoStep) redirect(twoStepPageHref(landingAfterLogin({ roles: actor.roles }, asked, origin)));
  if (actor) redirect(landingAfterLogin(actor, asked, origin));
  // Only a path of this site travels on: an open redirect after log-in would help phishing.
  const safe = safeRedirectPath(asked, origin);
  const next = loginHref(safe);
  const twoStepPage = twoStepPageHref(safe);
  const afterRecoveryCode = `${twoStepPage}${twoStepPage.includes("?") ? "&" : "?"}herstelcode=gebruikt`;
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Inloggen</h1>
        <p className="mt-1 text-sm text-slate-600">Aanwezig — aanwezigheidsregistratie</p>
        <LoginForm next={next} afterRecoveryCode={afterRecoveryCode} />
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { landingAfterLogin } from "@/auth/landing-after-login";
import { TwoStepPage } from "@/auth/mfa/two-step-page";
import { twoStepStatus } from "@/auth/mfa/server/two-step-status";
import { twoStepRequiredFor } from "@/auth/mfa/two-step-policy";
import { requestOrigin } from "@/http/request-origin";

export const metadata: Metadata = { title: "Tweestapsverificatie · Aanwezig" };

export default async function TwoStepSetUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; herstelcode?: string | string[] }> }) {
  const actor = await requirePagePermission("account:two-step");
  const { callbackUrl, herstelcode } = await searchParams;
  const continueHref = landingAfterLogin({ roles: actor.roles }, typeof callbackUrl === "string" ? callbackUrl : undefined, requestOrigin(await headers()));
  const status = await twoStepStatus({ userId: actor.userId });
  return (
    <div className="max-w-2xl space-y-6">
      {actor.mustEnrolTwoStep ? null : <Link href="/account" className="text-sm text-blue-800 underline hover:no-underline">← Mijn account</Link>}
      <h1 className="text-2xl font-semibold">Tweestapsverificatie</h1>
      <TwoStepPage status={status} email={actor.email} required={twoStepRequiredFor(actor.roles)} mustEnrol={actor.mustEnrolTwoStep}
        usedRecoveryCode={herstelcode === "gebruikt"} continueHref={continueHref} />
    </div>
  );
}

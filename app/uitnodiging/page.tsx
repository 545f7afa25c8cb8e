import type { Metadata } from "next";
import { AcceptInvitation } from "@/accounts/accept-invitation-form";

// The token stays out of the address's path and query (it travels after "#", which no server, log or
// Referer ever sees); no referrer leaves this page either way.
export const metadata: Metadata = { title: "Wachtwoord kiezen · Aanwezig", referrer: "no-referrer", robots: { index: false } };

/** Public: choosing one's password with an invitation or reset link (src/accounts/, decision 140). */
export default function InvitationPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <AcceptInvitation />
      </div>
    </main>
  );
}

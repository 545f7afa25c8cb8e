import Link from "next/link";
import { base32Encode, groupBase32 } from "./base32";
import { otpauthUri } from "./otpauth-uri";
import { qrCodeSvg } from "./qr-code-svg";
import type { TwoStepStatus } from "./server/two-step-status";
import { NewRecoveryCodesForm, SetUpTwoStepForm, SwitchOffTwoStepForm } from "./two-step-forms";

const section = "rounded-lg border border-slate-200 bg-white p-4";
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

/** The set-up page's body (app/(app)/account/tweestapsverificatie): setting it up, or managing it once on. */
export function TwoStepPage({ status, email, required, mustEnrol, usedRecoveryCode, continueHref }: {
  status: TwoStepStatus; email: string; required: boolean; mustEnrol: boolean; usedRecoveryCode: boolean; continueHref: string;
}) {
  if (!status.enabled) {
    const secret = groupBase32(base32Encode(status.secret));
    return (
      <>
        {mustEnrol ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            Voor jouw rol is tweestapsverificatie verplicht. Stel het nu in; daarna ga je verder waar je heen wilde.
          </p>
        ) : null}
        <p className="text-slate-700">
          Met tweestapsverificatie log je in met je wachtwoord én een code uit een app op je telefoon. Wie alleen je wachtwoord kent, komt er dan niet in.
        </p>
        <section aria-labelledby="stap-1" className={section}>
          <h2 id="stap-1" className="text-lg font-semibold">1. Installeer een authenticator-app</h2>
          <p className="mt-2 text-slate-700">Bijvoorbeeld Microsoft Authenticator, Google Authenticator of een andere app voor eenmalige codes (TOTP).</p>
        </section>
        <section aria-labelledby="stap-2" className={section}>
          <h2 id="stap-2" className="text-lg font-semibold">2. Scan deze QR-code met de app</h2>
          <div role="img" aria-label="QR-code voor je authenticator-app" className="mt-3 w-48 max-w-full sm:w-56"
            dangerouslySetInnerHTML={{ __html: qrCodeSvg(otpauthUri(status.secret, { account: email })) }} />
          <p className="mt-3 text-slate-700">Lukt scannen niet? Kies in de app ‘code handmatig invoeren’ en typ deze sleutel:</p>
          <p className="mt-1 break-words font-mono text-lg" data-testid="totp-secret">{secret}</p>
        </section>
        <section aria-labelledby="stap-3" className={section}>
          <h2 id="stap-3" className="text-lg font-semibold">3. Vul de code uit de app in</h2>
          <p className="mt-2 text-slate-700">De app laat bij Aanwezig een code van 6 cijfers zien, die elke 30 seconden verandert.</p>
          <SetUpTwoStepForm continueHref={continueHref} />
        </section>
      </>
    );
  }
  const left = status.recoveryCodesLeft;
  return (
    <>
      {usedRecoveryCode ? (
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          <p>Je bent ingelogd met een herstelcode. Die code werkt nu niet meer. Je hebt nog {left} {left === 1 ? "herstelcode" : "herstelcodes"} over.</p>
          <Link href={continueHref} className="inline-block font-medium text-blue-800 underline hover:no-underline">Verder</Link>
        </div>
      ) : null}
      <section aria-labelledby="status" className={section}>
        <h2 id="status" className="text-lg font-semibold">Tweestapsverificatie staat aan</h2>
        <p className="mt-2 text-slate-700">Aangezet op {dateFormat.format(status.enabledAt)}. Bij het inloggen vul je na je wachtwoord de code uit je app in.</p>
        {left === 0 ? (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            Je hebt geen ongebruikte herstelcodes. Maak hieronder nieuwe: zonder herstelcode kom je er niet meer in als je je telefoon kwijt bent.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">Je hebt nog <strong>{left}</strong> ongebruikte {left === 1 ? "herstelcode" : "herstelcodes"}.</p>
        )}
      </section>
      <section aria-labelledby="nieuwe-codes" className={section}>
        <h2 id="nieuwe-codes" className="text-lg font-semibold">Nieuwe herstelcodes</h2>
        <p className="mt-2 text-slate-700">Codes kwijt of bijna op? Maak tien nieuwe. De oude werken daarna niet meer.</p>
        <NewRecoveryCodesForm />
      </section>
      <section aria-labelledby="uitzetten" className={section}>
        <h2 id="uitzetten" className="text-lg font-semibold">Tweestapsverificatie uitzetten</h2>
        {required ? (
          <p className="mt-2 text-slate-700">Voor jouw rol is tweestapsverificatie verplicht; je kunt het niet uitzetten.</p>
        ) : (
          <>
            <p className="mt-2 text-slate-700">Daarna log je weer in met alleen je wachtwoord. Je andere sessies worden beëindigd.</p>
            <SwitchOffTwoStepForm />
          </>
        )}
      </section>
    </>
  );
}

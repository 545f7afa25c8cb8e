import "server-only";
import { sendMail, type MailResult } from "@/mail/send-mail";
import { INVITATION_HOURS } from "../invitation-token";

type Person = { email: string; name: string };

/** The e-mail with a single-use link: a first password (INVITE) or a new one (RESET). */
export function sendLinkMail({ to, schoolName, kind, link, as }: { to: Person; schoolName: string; kind: "INVITE" | "RESET"; link: string; as?: string }): Promise<MailResult> {
  const invite = kind === "INVITE";
  return sendMail({
    to: to.email,
    subject: invite ? `Uitnodiging voor Aanwezig van ${schoolName}` : "Kies een nieuw wachtwoord voor Aanwezig",
    text: [
      `Beste ${to.name},`,
      "",
      invite
        ? `${schoolName} nodigt je uit voor Aanwezig, de aanwezigheidsregistratie van de school${as ? `, als ${as}` : ""}. Kies via deze link je wachtwoord:`
        : `De beheerder van ${schoolName} heeft een link gestuurd om een nieuw wachtwoord te kiezen. Je huidige wachtwoord blijft werken tot je een nieuw kiest:`,
      "",
      link,
      "",
      `De link werkt ${INVITATION_HOURS} uur en maar één keer. Werkt hij niet meer? Vraag de school om een nieuwe.`,
      "Kreeg je deze e-mail onverwacht? Dan kun je hem negeren.",
    ].join("\n"),
  });
}

/** A person who already has an account (at another school) gets the new school added, and this e-mail. */
export function sendMembershipMail({ to, schoolName, as }: { to: Person; schoolName: string; as: string }): Promise<MailResult> {
  return sendMail({
    to: to.email,
    subject: `Je hebt nu ook toegang tot ${schoolName} in Aanwezig`,
    text: [
      `Beste ${to.name},`,
      "",
      `${schoolName} heeft je toegevoegd aan Aanwezig, als ${as}. Je hebt al een account: log in met je bekende e-mailadres en wachtwoord. Een nieuw account is niet nodig.`,
      "",
      "Kreeg je deze e-mail onverwacht? Neem dan contact op met de school.",
    ].join("\n"),
  });
}

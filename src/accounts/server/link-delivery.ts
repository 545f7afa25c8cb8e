import type { FormResult } from "@/auth/run-form-action";
import type { MailResult } from "@/mail/send-mail";
import { INVITATION_HOURS } from "../invitation-token";

/**
 * The administrator's answer after a link was made: sent by e-mail, or (no mail
 * server configured, or it failed) the link itself, shown once, to pass on by
 * hand: what a school without a mail server needs.
 */
export function linkDelivery(done: string, mail: MailResult, link: string, who: string): string | FormResult {
  if (mail.sent) return `${done} ${who} heeft een e-mail met de link gekregen.`;
  const why = mail.reason === "NOT_CONFIGURED" ? "Er is geen mailserver ingesteld" : "De e-mail kon niet worden verstuurd";
  return {
    message: `${done} ${why}: geef ${who} de link hieronder zelf door (persoonlijk of in een bericht). Hij werkt ${INVITATION_HOURS} uur en één keer.`,
    shownOnce: [link],
  };
}

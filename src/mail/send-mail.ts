import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import { log } from "@/observability/log";

let transport: Transporter | null | undefined;

function mailTransport(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = env().SMTP_URL;
  transport = url ? nodemailer.createTransport(url) : null;
  return transport;
}

export type MailResult = { sent: true } | { sent: false; reason: "NOT_CONFIGURED" | "FAILED" };

/**
 * Sends one plain-text e-mail through the school's mail server. Without
 * SMTP_URL nothing is sent and the caller says so; a failing server is logged
 * and reported, never thrown: the app's own record (a reminder, a letter) is
 * what counts, the e-mail is a courtesy.
 */
export type MailAttachment = { filename: string; content: Buffer; contentType: string };

export async function sendMail({ to, subject, text, attachments }: { to: string; subject: string; text: string; attachments?: MailAttachment[] }): Promise<MailResult> {
  const mailer = mailTransport();
  if (!mailer) return { sent: false, reason: "NOT_CONFIGURED" };
  try {
    await mailer.sendMail({ from: env().MAIL_FROM, to, subject, text, ...(attachments ? { attachments } : {}) });
    return { sent: true };
  } catch (error) {
    // Only the error's code and the mail server's reply code: its message often repeats the address (decision 166).
    const { code, responseCode } = error as { code?: string; responseCode?: number };
    log.warn("E-mail niet verstuurd", { code, responseCode });
    return { sent: false, reason: "FAILED" };
  }
}

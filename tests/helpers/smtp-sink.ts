import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string };

/** A real SMTP server on a free local port that keeps what it receives, for tests of e-mail. */
export async function startSmtpSink(): Promise<{ url: string; received: ReceivedMail[]; stop(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A received mail as a person reads it: quoted-printable soft line breaks undone, =XX escapes decoded, and
 * headers' encoded words (=?UTF-8?Q?…?=, =?UTF-8?B?…?=, as a subject with "ë" is sent) decoded. For
 * assertions on text that a line wrap or a name with an accent would otherwise split.
 */
export function mailText(raw: string): string {
  // Headers first: a folded line between two encoded words, then the words themselves; then the body's soft breaks.
  const headers = raw.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
    encoding.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuoted(data.replace(/_/g, " ")));
  return decodeQuoted(headers.replace(/=\r?\n/g, ""));
}

function decodeQuoted(text: string): string {
  return text.replace(/(?:=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.replace(/=/g, ""), "hex").toString("utf8"));
}

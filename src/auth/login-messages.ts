/**
 * The log-in's messages. A throttled log-in reaches the browser as next-auth's
 * error code `TooManyAttempts:<seconds>`; the form shows it in plain Dutch.
 */
export const WRONG_CREDENTIALS = "Het e-mailadres of wachtwoord klopt niet.";

const TOO_MANY = /^TooManyAttempts:(\d+)$/;

export function tooManyAttemptsCode(retryAfterSeconds: number): string {
  return `TooManyAttempts:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** The message for a failed log-in's error code. */
export function loginErrorMessage(code: string): string {
  const match = TOO_MANY.exec(code);
  if (!match) return WRONG_CREDENTIALS;
  const seconds = Number(match[1]);
  if (seconds < 60) return `Te veel mislukte pogingen. Wacht ${seconds} ${seconds === 1 ? "seconde" : "seconden"} en probeer het opnieuw.`;
  const minutes = Math.ceil(seconds / 60);
  return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}

/**
 * The log-in's messages. A throttled log-in reaches the browser as next-auth's
 * error code `TooManyAttempts:<seconds>`; the form shows it in plain Dutch.
 */
export const WRONG_CREDENTIALS = "Het e-mailadres of wachtwoord klopt niet.";

const TOO_MANY = /^TooManyAttempts:(\d+)$/;

export function tooManyAttemptsCode(retryAfterSeconds: number): string {
  return `TooManyAttempts:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/**
 * The two-step log-in (docs/decisions/116-two-step-login.md): a right password of a person with the second
 * step answers `SecondStep:<token>`, the proof that the form sends back with the code.
 */
const SECOND_STEP = /^SecondStep:([A-Za-z0-9_-]{20,100})$/;

export function secondStepCode(token: string): string {
  return `SecondStep:${token}`;
}

/** The pending log-in's token in an error code, or null when the code means something else. */
export function secondStepToken(code: string): string | null {
  return SECOND_STEP.exec(code)?.[1] ?? null;
}

export const SECOND_STEP_CODES = { "wrong-code": "WrongCode", "used-code": "UsedCode", expired: "LoginExpired" } as const;

export const WRONG_CODE = "Deze code klopt niet. Vul de code in die je app nu laat zien, of een herstelcode.";
export const USED_CODE = "Deze code is al gebruikt. Wacht tot je app een nieuwe code laat zien en vul die in.";
export const LOGIN_EXPIRED = "Je inlogpoging is verlopen of te vaak mislukt. Log opnieuw in met je e-mailadres en wachtwoord.";

/** The message for a failed log-in's error code. */
export function loginErrorMessage(code: string): string {
  if (code === SECOND_STEP_CODES["wrong-code"]) return WRONG_CODE;
  if (code === SECOND_STEP_CODES["used-code"]) return USED_CODE;
  if (code === SECOND_STEP_CODES.expired) return LOGIN_EXPIRED;
  const match = TOO_MANY.exec(code);
  if (!match) return WRONG_CREDENTIALS;
  const seconds = Number(match[1]);
  if (seconds < 60) return `Te veel mislukte pogingen. Wacht ${seconds} ${seconds === 1 ? "seconde" : "seconden"} en probeer het opnieuw.`;
  const minutes = Math.ceil(seconds / 60);
  return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}

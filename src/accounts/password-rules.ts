import { z } from "zod";

/** What the log-in accepts at most (src/auth/authenticate.ts): a longer password could never be used. */
export const PASSWORD_MAX = 200;
export const PASSWORD_MIN = 12;

/**
 * The product's password rules for a password a person chooses: 12 to 200
 * characters (a passphrase of a few words is the easiest strong one), not only
 * spaces, and not one's own e-mail address. Length over composition rules, as
 * NIST SP 800-63B advises.
 */
export const ZNewPasswordSchema = z.object({
  password: z.string()
    .min(PASSWORD_MIN, { message: `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens. Een paar woorden achter elkaar is makkelijk te onthouden.`, abort: true })
    .max(PASSWORD_MAX, { message: `Een wachtwoord is hoogstens ${PASSWORD_MAX} tekens.`, abort: true })
    .refine((value) => value.trim().length >= PASSWORD_MIN, "Een wachtwoord van (bijna) alleen spaties is niet veilig."),
  confirmation: z.string().max(PASSWORD_MAX, `Een wachtwoord is hoogstens ${PASSWORD_MAX} tekens.`),
}).refine((value) => value.password === value.confirmation, { path: ["confirmation"], message: "De twee wachtwoorden zijn niet gelijk." });

/** Whether the password is (or holds) the person's own e-mail address or its name part. */
export function passwordNamesEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split("@")[0] ?? "";
  return lower.includes(email.toLowerCase()) || (local.length >= 4 && lower.replace(/[^a-z0-9]/g, "") === local.replace(/[^a-z0-9]/g, ""));
}

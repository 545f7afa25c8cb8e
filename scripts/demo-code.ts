// npm run demo:code -- <e-mail>
//
// Prints the current two-step log-in code of a demo account (verzuim@, directie@ or beheer@ of
// baken.demo or horizon.demo), computed from the public demo secret (src/demo/demo-two-step.ts).
// A code works once per account: after logging in with it, wait for the next one.

import { TOTP_STEP_SECONDS } from "@/auth/mfa/totp";
import { DEMO_SCHOOLS, DEMO_TWO_STEP_ROLES } from "@/demo/demo-schools";
import { DEMO_TOTP_SECRET, demoTotpCode } from "@/demo/demo-two-step";

const accounts = DEMO_SCHOOLS.flatMap((school) => DEMO_TWO_STEP_ROLES.map((role) => `${role}@${school.emailDomain}`));
const email = (process.argv[2] ?? "").trim().toLowerCase();

if (!accounts.includes(email)) {
  console.error(`Gebruik: npm run demo:code -- <e-mail>\nDemo-accounts met tweestapsverificatie: ${accounts.join(", ")}`);
  process.exit(1);
}
const now = Date.now();
const secondsLeft = TOTP_STEP_SECONDS - Math.floor(now / 1000) % TOTP_STEP_SECONDS;
console.log(`${demoTotpCode(now)}  (${email}; nog ${secondsLeft} s geldig; geheim ${DEMO_TOTP_SECRET})`);

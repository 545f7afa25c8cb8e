import type { Region } from "@/db/generated/prisma/enums";
import type { DemoRole } from "./types";

/** The one password of every demo log-in (a demo, not a secret). */
export const DEMO_PASSWORD = "demo-wachtwoord";

export interface DemoSchoolDefinition {
  name: string;
  brin: string;
  region: Region;
  city: string;
  emailDomain: string;
  pupils: number;
  seedOffset: number;
  /** Whether pupils under 18 with an account see their own registrations (a school setting, decision 130). */
  pupilsSeeOwnRegistrations: boolean;
}

// Two fictional schools: A is the demo, B exists so that tenant isolation can
// be seen (and tested) with real data on both sides. BRIN codes starting with
// 99 are not in use.
export const DEMO_SCHOOLS: readonly DemoSchoolDefinition[] = [
  { name: "Het Baken College", brin: "99XA", region: "MIDDLE", city: "Amersfoort", emailDomain: "baken.demo", pupils: 600, seedOffset: 0, pupilsSeeOwnRegistrations: true },
  { name: "Scholengemeenschap De Horizon", brin: "99YB", region: "SOUTH", city: "Tilburg", emailDomain: "horizon.demo", pupils: 120, seedOffset: 1, pupilsSeeOwnRegistrations: false },
];

export const DEMO_ROLES: readonly DemoRole[] = ["docent", "mentor", "verzuim", "directie", "beheer", "ouder", "leerling"];

/** The demo log-ins with the two-step log-in set up (their roles require it), with DEMO_TOTP_SECRET. */
export const DEMO_TWO_STEP_ROLES: readonly DemoRole[] = ["verzuim", "directie", "beheer"];

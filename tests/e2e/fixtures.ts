import { test as base, expect, type Cookie, type Page, type TestInfo } from "@playwright/test";
import { TOTP_STEP_SECONDS, totpStep } from "@/auth/mfa/totp";
import { demoTotpCode } from "@/demo/demo-two-step";

export const DEMO_PASSWORD = "demo-wachtwoord";
export type DemoRole = "docent" | "mentor" | "verzuim" | "directie" | "beheer" | "ouder" | "leerling";
export type DemoSchool = "baken" | "horizon";

/** Each role's own page. Where the demo person lands after log-in is LANDING (a mentor teaches too). */
export const START_PAGES: Record<DemoRole, { path: string; heading: string }> = {
  docent: { path: "/docent", heading: "Mijn lessen" },
  mentor: { path: "/mentor", heading: "Mijn klassen" },
  verzuim: { path: "/verzuim", heading: "Dagelijkse controle" },
  directie: { path: "/directie", heading: "Overzicht aanwezigheid" },
  beheer: { path: "/beheer", heading: "Beheer" },
  ouder: { path: "/ouder", heading: "Mijn kinderen" },
  leerling: { path: "/leerling", heading: "Mijn aanwezigheid" },
};

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export const LANDING: Record<DemoRole, string> = {
  docent: "/docent", mentor: "/docent", verzuim: "/verzuim", directie: "/directie", beheer: "/beheer", ouder: "/ouder", leerling: "/leerling",
};

/** The demo roles that log in with the second step (src/demo/demo-schools.ts DEMO_TWO_STEP_ROLES). */
export const TWO_STEP_ROLES: readonly DemoRole[] = ["verzuim", "directie", "beheer"];

/**
 * The second step of the log-in form with the demo secret's current code. A code's 30-second step counts once
 * per person, and the other worker may have just used it: then this waits (polling the clock) for the next
 * step and tries again. Adds that wait to the test's time.
 */
export async function enterDemoCode(page: Page, testInfo: TestInfo): Promise<void> {
  const field = page.getByLabel("Code uit je app");
  const used = page.getByRole("alert").filter({ hasText: "al gebruikt" });
  for (let attempt = 0; attempt < 3; attempt++) {
    const step = totpStep(Date.now());
    await field.fill(demoTotpCode());
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await expect.poll(async () => ((await used.isVisible()) ? "used" : new URL(page.url()).pathname === "/inloggen" ? "waiting" : "in"))
      .not.toBe("waiting");
    if (!(await used.isVisible())) return;
    testInfo.setTimeout(testInfo.timeout + (TOTP_STEP_SECONDS + 5) * 1000);
    await expect.poll(() => totpStep(Date.now()), { timeout: (TOTP_STEP_SECONDS + 5) * 1000, intervals: [250] }).toBeGreaterThan(step);
  }
  throw new Error("the demo code was refused as used three times");
}

/**
 * Logs in through the form as a demo role, with the second step where the role has it. One log-in per
 * worker, role and school: its session cookie is kept and given to later pages (a code counts once per
 * 30 s per person, and two workers log in as the same people). `fresh`: a log-in of its own, for a test
 * that logs out or ends sessions (which would end the kept session for every later test).
 */
export async function logInAs(page: Page, testInfo: TestInfo, role: DemoRole, school: DemoSchool = "baken", { fresh = false } = {}): Promise<void> {
  const key = `${role}@${school}`;
  const kept = fresh ? undefined : keptSessions.get(key);
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto(LANDING[role]);
    if (new URL(page.url()).pathname === LANDING[role]) return;
    keptSessions.delete(key); // ended after all (a test that should have asked for a fresh one): log in again
  }
  await logIn(page, `${role}@${school}.demo`, DEMO_PASSWORD);
  if (TWO_STEP_ROLES.includes(role)) await enterDemoCode(page, testInfo);
  await expect(page).toHaveURL(new RegExp(`${LANDING[role]}$`));
  if (!fresh) keptSessions.set(key, (await page.context().cookies()).filter((cookie) => cookie.name.includes("next-auth.session-token")));
}

// Per worker (each is its own process): the session cookies of the log-ins made so far.
const keptSessions = new Map<string, Cookie[]>();

type Fixtures = {
  loginAs: (role: DemoRole, school?: DemoSchool, options?: { fresh?: boolean }) => Promise<void>;
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  // A test fails on an unexpected console.error in the browser.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      // Refused requests (401/403, and 404 for what is not there or belongs to another school) and a
      // deliberately cut connection are part of what tests exercise.
      const unexpected = errors.filter((text) => !/status of 40[134]|ERR_INTERNET_DISCONNECTED/.test(text));
      expect(unexpected, "console errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
  loginAs: async ({ page }, use, testInfo) => {
    await use((role, school = "baken", options = {}) => logInAs(page, testInfo, role, school, options));
  },
});

export { expect };

import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-wachtwoord";
export type DemoRole = "docent" | "mentor" | "verzuim" | "directie" | "beheer" | "ouder";
export type DemoSchool = "baken" | "horizon";

/** Each role's own page. Where the demo person lands after log-in is LANDING (a mentor teaches too). */
export const START_PAGES: Record<DemoRole, { path: string; heading: string }> = {
  docent: { path: "/docent", heading: "Mijn lessen" },
  mentor: { path: "/mentor", heading: "Mijn klassen" },
  verzuim: { path: "/verzuim", heading: "Dagelijkse controle" },
  directie: { path: "/directie", heading: "Overzicht aanwezigheid" },
  beheer: { path: "/beheer", heading: "Beheer" },
  ouder: { path: "/ouder", heading: "Mijn kinderen" },
};

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export const LANDING: Record<DemoRole, string> = {
  docent: "/docent", mentor: "/docent", verzuim: "/verzuim", directie: "/directie", beheer: "/beheer", ouder: "/ouder",
};

type Fixtures = {
  loginAs: (role: DemoRole, school?: DemoSchool) => Promise<void>;
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
  loginAs: async ({ page }, use) => {
    await use(async (role, school = "baken") => {
      await logIn(page, `${role}@${school}.demo`, DEMO_PASSWORD);
      await expect(page).toHaveURL(new RegExp(`${LANDING[role]}$`));
    });
  },
});

export { expect };

import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { base32Decode } from "@/auth/mfa/base32";
import { totpCode, totpStep } from "@/auth/mfa/totp";
import { TWO_STEP_FIRST } from "@/auth/authorize";
import { DEMO_PASSWORD, enterDemoCode, expect, logIn, test } from "./fixtures";

// The two-step log-in (docs/decisions/116-two-step-login.md), as people meet it.

/**
 * The e2e server's own database (playwright.config.ts: DATA_DIR .data/e2e), for the "given" of a test
 * that the demo does not hold: a school leader who has not set up the second step, a parent starting over.
 */
async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const password = readFileSync(path.resolve(".data/e2e/postgres/aanwezig-password"), "utf8").trim();
  const client = new pg.Client({ host: "127.0.0.1", port: Number(process.env.E2E_POSTGRES_PORT ?? 5434), user: "postgres", password, database: "aanwezig" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A person of their own for a test that changes how they log in: the demo's people are shared by every
 * test (and kept logged in by the fixture), so setting up the second step for one of them would change
 * other tests' log-ins. The demo password, no second step; made again from the same start on a retry.
 */
async function addDemoPerson(email: string, name: string, role: "LEADER" | "PARENT", school: "baken" | "horizon"): Promise<void> {
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash")
       SELECT gen_random_uuid(), $1, $2, "passwordHash" FROM "User" WHERE "email" = $3
       ON CONFLICT ("email") DO NOTHING`, [email, name, `docent@${school}.demo`]);
    await client.query(
      `INSERT INTO "Membership" ("schoolId", "id", "userId", "roles")
       SELECT m."schoolId", gen_random_uuid(), u."id", ARRAY[$2]::"Role"[]
       FROM "Membership" m JOIN "User" d ON d."id" = m."userId" AND d."email" = $3, "User" u
       WHERE u."email" = $1 AND NOT EXISTS (SELECT 1 FROM "Membership" x WHERE x."userId" = u."id")`, [email, role, `docent@${school}.demo`]);
  });
  await withoutTwoStep(email);
}

/** A person's second step undone, so the test can be run again (a retry) from the same start. */
async function withoutTwoStep(email: string): Promise<void> {
  await withDatabase(async (client) => {
    await client.query(`DELETE FROM "RecoveryCode" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [email]);
    await client.query(`UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL WHERE "email" = $1`, [email]);
  });
}

/** Reads the key shown for typing by hand, and answers with its code of now, as an authenticator app would. */
async function codeFromShownKey(page: Page): Promise<string> {
  const key = await page.getByTestId("totp-secret").innerText();
  return totpCode(base32Decode(key), totpStep(Date.now()));
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

test("a parent sets it up from Mijn account, then logs in with a recovery code once", async ({ page }) => {
  const email = "nieuwe.ouder@horizon.demo";
  await addDemoPerson(email, "Sam de Wit", "PARENT", "horizon");
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/ouder$/);
  await page.goto("/account");
  await page.getByRole("link", { name: "Tweestapsverificatie instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-code voor je authenticator-app" }).locator("svg")).toBeVisible();

  // A wrong code first: refused on the field, in Dutch.
  const field = page.getByLabel("Code uit je app");
  await expect(field).toHaveAttribute("autocomplete", "one-time-code");
  await expect(field).toHaveAttribute("inputmode", "numeric");
  const right = await codeFromShownKey(page);
  await field.fill(right === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByText("Deze code klopt niet. Vul de code in die je app nu laat zien.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill(await codeFromShownKey(page));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  const codes = page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByRole("heading", { name: "Je herstelcodes" })).toBeFocused();
  await expect(page.getByText("Je ziet ze alleen nu.")).toBeVisible();
  const recovery = await codes.first().innerText();
  await page.getByRole("link", { name: "Ik heb ze bewaard, ga verder" }).click();
  await expect(page).toHaveURL(/\/ouder$/);

  // With the password only, no way in: the second step asks for a code; a recovery code does it once.
  await logOut(page);
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Tweestapsverificatie" })).toBeVisible();
  await page.getByRole("button", { name: "Geen toegang tot je app? Gebruik een herstelcode" }).click();
  await page.getByLabel("Herstelcode").fill(recovery);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Je bent ingelogd met een herstelcode. Die code werkt nu niet meer. Je hebt nog 9 herstelcodes over.")).toBeVisible();
  await page.getByRole("link", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/ouder$/);

  await logOut(page);
  await logIn(page, email, DEMO_PASSWORD);
  await page.getByRole("button", { name: "Geen toegang tot je app? Gebruik een herstelcode" }).click();
  await page.getByLabel("Herstelcode").fill(recovery);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Deze code klopt niet. Vul de code in die je app nu laat zien, of een herstelcode.");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a coordinator logs in with the code from the app; a wrong code is refused in Dutch", async ({ page }) => {
  await logIn(page, "directie@horizon.demo", DEMO_PASSWORD);
  const field = page.getByLabel("Code uit je app");
  await expect(field).toBeFocused();
  await field.fill("12345");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Deze code klopt niet. Vul de code in die je app nu laat zien, of een herstelcode.");
  await expect(page.context().cookies()).resolves.not.toContainEqual(expect.objectContaining({ name: "next-auth.session-token" }));
  await enterDemoCode(page, test.info());
  await expect(page).toHaveURL(/\/directie$/);
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht aanwezigheid" })).toBeVisible();
});

test("a school leader without it is held on the set-up page until it is done, then goes on", async ({ page, baseURL }) => {
  const email = "nieuwe.leider@baken.demo";
  // A second school leader of the demo school, who has not set it up.
  await addDemoPerson(email, "Noor Nieuwenhuis", "LEADER", "baken");

  // A deep link: after the password, first the set-up, with the way back kept.
  await page.goto("/verzuim/signalen");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie\?callbackUrl=%2Fverzuim%2Fsignalen$/);
  await expect(page.getByRole("status")).toContainText("Voor jouw rol is tweestapsverificatie verplicht.");

  // Every other page sends them back here; the API refuses with a clear 403.
  for (const address of ["/directie", "/account", "/verzuim/meldingen"]) {
    await page.goto(address);
    await expect(page, address).toHaveURL(/\/account\/tweestapsverificatie/);
  }
  const api = await page.request.get("/api/duo-reports/01900000-0000-7000-8000-000000000000/pdf");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.message).toBe(TWO_STEP_FIRST);
  expect(baseURL).toBeTruthy();

  // Set up: then where they were going.
  await page.goto("/account/tweestapsverificatie?callbackUrl=%2Fverzuim%2Fsignalen");
  await page.getByLabel("Code uit je app").fill(await codeFromShownKey(page));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Ik heb ze bewaard, ga verder" }).click();
  await expect(page).toHaveURL(/\/verzuim\/signalen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  await page.goto("/account/tweestapsverificatie");
  await expect(page.getByText("Voor jouw rol is tweestapsverificatie verplicht; je kunt het niet uitzetten.")).toBeVisible();
});

test("the administrator resets the second step of a leader who lost phone and codes; the leader sets it up again", async ({ page, browser, baseURL, loginAs }) => {
  const email = "telefoon.kwijt@baken.demo";
  await addDemoPerson(email, "Lotte Verloren", "LEADER", "baken");
  // Their second step is on (a copy of another person's sealed secret: the reset never reads it).
  await withDatabase((client) => client.query(
    `UPDATE "User" SET "totpSecret" = (SELECT "totpSecret" FROM "User" WHERE "email" = 'directie@baken.demo'), "totpEnabledAt" = now() WHERE "email" = $1`, [email]));

  await loginAs("beheer");
  await page.goto("/beheer");
  const form = page.getByRole("region", { name: "Tweestapsverificatie herstellen" });
  await form.getByRole("button", { name: "Tweestapsverificatie herstellen" }).click();
  await expect(form.getByText("Vul het e-mailadres van de persoon in.")).toBeVisible();
  await form.getByLabel("E-mailadres van de persoon").fill(email);
  await form.getByLabel("Ik heb gecontroleerd dat deze persoon zelf om het herstel vraagt.").check();
  await form.getByRole("button", { name: "Tweestapsverificatie herstellen" }).click();
  await expect(form.getByRole("status")).toContainText("De tweestapsverificatie van Lotte Verloren is hersteld");

  // The leader's next log-in: the password, then straight to setting it up again.
  const context = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const leader = await context.newPage();
  await logIn(leader, email, DEMO_PASSWORD);
  await expect(leader).toHaveURL(/\/account\/tweestapsverificatie/);
  await expect(leader.getByRole("status")).toContainText("Voor jouw rol is tweestapsverificatie verplicht.");
  await context.close();
});

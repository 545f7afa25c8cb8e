import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Monday 23 November 2026, 10:05 (playwright.config.ts). The demo teacher has a
// lesson going on now, several later today and one earlier today, in which a
// pupil was reported sick by a parent. Each test takes its own lesson.

async function openLesson(page: Page, section: "Nu" | "Straks" | "Eerder vandaag", index = 0): Promise<void> {
  await page.getByRole("region", { name: section }).getByRole("link").nth(index).click();
  await expect(page).toHaveURL(/\/docent\/les\//);
  await expect(page.getByRole("list", { name: /Leerlingen van/ })).toBeVisible();
}

const rows = (page: Page) => page.getByRole("list", { name: /Leerlingen van/ }).getByRole("listitem").filter({ has: page.getByRole("group") });
const row = (page: Page, i: number) => rows(page).nth(i);
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "Alles is opgeslagen" })).toBeVisible();

test("a teacher registers the current lesson by touch", async ({ page, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Nu");
  const everyone = page.getByRole("button", { name: /^Overige \d+ aanwezig$/ });
  await everyone.click();
  await expect(page.getByRole("button", { name: "Iedereen is geregistreerd" })).toBeDisabled();
  await row(page, 1).getByRole("button", { name: "Afwezig" }).click();
  await row(page, 2).getByRole("button", { name: "Te laat" }).click();
  await page.getByLabel("Minuten te laat").fill("7");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await saved(page);

  await page.reload();
  await expect(row(page, 0)).toContainText("Aanwezig");
  await expect(row(page, 1)).toContainText("Afwezig, reden onbekend");
  await expect(row(page, 2)).toContainText("Ongeoorloofd te laat (7 min)");
  await expect(row(page, 1).getByRole("button", { name: "Afwezig" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status")).toContainText("les volledig geregistreerd");
  await row(page, 1).getByText("Geschiedenis (2)").click();
  await expect(row(page, 1)).toContainText("Aanwezig → Afwezig, reden onbekend");
});

test("a teacher registers a lesson with the keyboard alone", async ({ page, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Straks", 0);
  // Tab into the list: the first pupil takes focus.
  for (let i = 0; i < 30 && !(await rows(page).first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press("p");
  await expect(row(page, 1)).toBeFocused();
  await page.keyboard.press("a");
  await expect(row(page, 2)).toBeFocused();
  await page.keyboard.press("l");
  await expect(page.getByLabel("Minuten te laat")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expect(row(page, 3)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(row(page, 2)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: /^Overige \d+ aanwezig$/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await saved(page);

  await page.reload();
  await expect(row(page, 0)).toContainText("Aanwezig");
  await expect(row(page, 1)).toContainText("Afwezig, reden onbekend");
  await expect(row(page, 2)).toContainText("te laat (4 min)");
  await expect(row(page, 3)).toContainText("Aanwezig");
  await rows(page).first().focus();
  await page.keyboard.press("h");
  await expect(row(page, 0).getByRole("group").or(row(page, 0).locator("details[open]"))).toHaveCount(2);
  await expect(row(page, 0)).toContainText("Niet geregistreerd → Aanwezig");
});

test("marks made offline wait, arrive once when the connection is back", async ({ page, context, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Straks", 1);
  await context.setOffline(true);
  await row(page, 0).getByRole("button", { name: "Afwezig" }).click();
  await row(page, 1).getByRole("button", { name: "Verwijderd" }).click();
  await expect(page.getByRole("status")).toContainText("Geen verbinding: 2 registratie(s) wachten");
  await expect(row(page, 0)).toContainText("Afwezig, reden onbekend");

  await context.setOffline(false);
  await saved(page);
  await page.reload();
  await expect(row(page, 0)).toContainText("Afwezig, reden onbekend");
  await expect(row(page, 1)).toContainText("Door school");
  await expect(row(page, 0)).toContainText("Geschiedenis (1)");
  await expect(row(page, 1)).toContainText("Geschiedenis (1)");
});

test("a parent's sick report shows pre-filled and is left alone by 'everyone present'", async ({ page, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Eerder vandaag");
  const sick = rows(page).filter({ hasText: "Ziek — gemeld door ouder" });
  await expect(sick).toHaveCount(1);
  await page.getByRole("button", { name: /^Overige \d+ aanwezig$/ }).click();
  await saved(page);
  await page.reload();
  await expect(rows(page).filter({ hasText: "Ziek — gemeld door ouder" })).toHaveCount(1);
  await expect(page.getByRole("status")).toContainText("les volledig geregistreerd");
});

test("two tabs on one lesson: each shows the other's marks after its own next action, and the history has both", async ({ page, context, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Straks", 2);
  const other = await context.newPage();
  await other.goto(page.url());
  await row(other, 0).getByRole("button", { name: "Afwezig" }).click();
  await saved(other);
  // The first tab has not heard of it yet; its own next action brings it along.
  await expect(row(page, 0)).toContainText("Nog niet geregistreerd");
  await row(page, 1).getByRole("button", { name: "Aanwezig" }).click();
  await saved(page);
  await expect(row(page, 0)).toContainText("Afwezig, reden onbekend");
  // The later action wins: present after all, and both changes are in the history.
  await row(page, 0).getByRole("button", { name: "Aanwezig" }).click();
  await saved(page);
  await row(other, 2).getByRole("button", { name: "Aanwezig" }).click();
  await saved(other);
  await expect(row(other, 0)).toContainText("Aanwezig");
  await row(other, 0).getByText("Geschiedenis (2)").click();
  await expect(row(other, 0)).toContainText("Afwezig, reden onbekend → Aanwezig");
});

test("a substitute finds a colleague's lesson and registers it", async ({ page, loginAs }) => {
  await loginAs("mentor");
  await page.getByRole("link", { name: "Les van een collega" }).click();
  await page.getByLabel("Klas of lesuur").fill("7");
  await page.getByRole("button", { name: "Zoeken" }).click();
  const lessons = page.getByRole("article");
  await expect(lessons.first()).toBeVisible();
  await lessons.last().getByRole("link").click();
  await row(page, 0).getByRole("button", { name: "Aanwezig" }).click();
  await saved(page);
  await page.reload();
  await row(page, 0).getByText("Geschiedenis (1)").click();
  await expect(row(page, 0)).toContainText("Aanwezig");
});

test("the register is refused to roles that do not take registers, page and API alike", async ({ browser, page, loginAs, baseURL }) => {
  // The other school: its teacher's lessons are not registered by any other test (they run in parallel).
  await loginAs("docent", "horizon");
  await openLesson(page, "Straks", 0);
  const url = page.url();
  const lessonId = url.split("/").pop()!;
  const before = await rows(page).allInnerTexts();
  expect(before.filter((text) => text.includes("Nog niet geregistreerd")).length).toBeGreaterThan(0);

  for (const [role, allowed] of [["verzuim", true], ["directie", false], ["beheer", false], ["ouder", false]] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto("/inloggen");
    await other.getByLabel("E-mailadres").fill(`${role}@horizon.demo`);
    await other.getByLabel("Wachtwoord").fill("demo-wachtwoord");
    await other.getByRole("button", { name: "Inloggen" }).click();
    await other.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
    // The page is a static shell; what it shows comes from the API, which refuses.
    await other.goto(url);
    if (allowed) await expect(rows(other).first(), `${role} opens the register`).toBeVisible();
    else await expect(other.getByRole("heading", { name: "Geen toegang" }), `${role} is refused the register`).toBeVisible();
    const read = await other.request.get(`/api/lessons/${lessonId}/register`);
    expect(read.status(), `${role} reads the register`).toBe(allowed ? 200 : 403);
    // A browser sends its Origin with every write; a write without one is refused before anything else.
    const post = await other.request.post(`/api/lessons/${lessonId}/marks`, {
      headers: { Origin: baseURL! },
      data: { marks: [{ pupilId: "00000000-0000-7000-8000-000000000000", observation: "PRESENT", idempotencyKey: `e2e-${role}-key`, markedAt: new Date().toISOString() }] },
    });
    expect(post.status(), `${role} posts a mark`).toBe(allowed ? 400 : 403);
    await context.close();
  }
  // Nothing was written by the refused requests: the register reads exactly as before.
  await page.reload();
  await expect.poll(() => rows(page).allInnerTexts()).toEqual(before);
});

test("a lesson of another school is not found", async ({ browser, page, loginAs, baseURL }) => {
  await loginAs("docent");
  await openLesson(page, "Straks", 0);
  const url = page.url();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/inloggen");
  await other.getByLabel("E-mailadres").fill("docent@horizon.demo");
  await other.getByLabel("Wachtwoord").fill("demo-wachtwoord");
  await other.getByRole("button", { name: "Inloggen" }).click();
  await other.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await other.goto(url);
  await expect(other.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
  await expect(rows(other)).toHaveCount(0);
  const lessonId = url.split("/").pop()!;
  expect((await other.request.get(`/api/lessons/${lessonId}/register?viewer=1`)).status()).toBe(404);
  const post = await other.request.post(`/api/lessons/${lessonId}/marks`, {
    headers: { Origin: baseURL! },
    data: { marks: [{ pupilId: "00000000-0000-7000-8000-000000000000", observation: "PRESENT", idempotencyKey: "e2e-other-school", markedAt: new Date().toISOString() }] },
  });
  expect(post.status()).toBe(404);
  await context.close();
});

test("the marks API answers 401 without a session and changes nothing", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post("/api/lessons/00000000-0000-7000-8000-000000000000/marks", { headers: { Origin: baseURL! }, data: { marks: [] } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  await anonymous.dispose();
});

test("without a session, a register's address leads to the log-in page and back to that register", async ({ page, loginAs }) => {
  await loginAs("docent");
  await openLesson(page, "Straks", 2);
  const url = page.url();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);

  await page.goto(url);
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await page.getByLabel("E-mailadres").fill("docent@baken.demo");
  await page.getByLabel("Wachtwoord").fill("demo-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(url);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Michiel Bos");
});

test("an address that is no lesson shows 'Niet gevonden'", async ({ page, loginAs }) => {
  await loginAs("docent");
  for (const id of ["geen-les", "0198726d-0000-7000-8000-000000000000"]) {
    await page.goto(`/docent/les/${id}`);
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Naar je startpagina" })).toBeVisible();
  }
});

test("a register that could not be loaded says so, and loads on 'Opnieuw laden'", async ({ page, loginAs }) => {
  await loginAs("docent");
  await page.route("**/api/lessons/*/register?viewer=1", (route) => route.abort("internetdisconnected"), { times: 1 });
  await page.getByRole("region", { name: "Straks" }).getByRole("link").nth(2).click();
  await expect(page.getByRole("alert").filter({ hasText: "Het register is niet geladen" })).toContainText("Er is geen verbinding");
  await page.getByRole("button", { name: "Opnieuw laden" }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(page).toHaveTitle(/ · Registreren · Aanwezig$/);
});

import type { Page } from "@playwright/test";
import { expect, logInAs, test } from "./fixtures";

// Monday 23 November 2026, 09:21 and running on, in the second hour (playwright.config.ts). The demo teacher has a
// lesson going on now, several later today and one earlier today, in which a
// pupil was reported sick by a parent. Each test takes its own lesson. A lesson
// of later today opens five minutes before it starts (decision 080), so tests
// that mark take a lesson of "Nu" or "Eerder vandaag": the teacher's and the
// mentor's (who teaches too), of both demo schools.

async function openLesson(page: Page, section: "Nu" | "Straks" | "Eerder vandaag", index: number | string = 0): Promise<void> {
  const links = page.getByRole("region", { name: section }).getByRole("link");
  await (typeof index === "number" ? links.nth(index) : links.filter({ hasText: index })).click();
  await expect(page).toHaveURL(/\/docent\/les\//);
  await expect(page.getByRole("list", { name: /Leerlingen van/ })).toBeVisible();
}

const rows = (page: Page) => page.getByRole("list", { name: /Leerlingen van/ }).getByRole("listitem").filter({ has: page.getByRole("group") });
const row = (page: Page, i: number) => rows(page).nth(i);
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "Alles is opgeslagen" })).toBeVisible();
/** The row of the list that has focus (-1: none). */
const focusedRow = (page: Page) => rows(page).evaluateAll((elements) => elements.indexOf(document.activeElement as HTMLElement));
/** The names of the pupils nobody has marked yet, in list order. */
const unmarkedNames = async (page: Page) =>
  (await rows(page).filter({ hasText: "Nog niet geregistreerd" }).evaluateAll((elements) => elements.map((el) => el.getAttribute("aria-label")!)))
    .map((label) => label.replace(/( \([^)]*\))?: .*$/, ""));
const byName = (page: Page, name: string) => rows(page).filter({ has: page.getByRole("group", { name: `Registratie voor ${name}`, exact: true }) });

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

test("a teacher registers a lesson with the keyboard alone: focus starts on the first unmarked pupil and moves on after a mark", async ({ page, loginAs }) => {
  await loginAs("mentor");
  await openLesson(page, "Eerder vandaag");
  await expect(page.getByText("Na een registratie gaat de focus naar de volgende leerling.")).toBeVisible();
  // On load the first pupil nobody marked has focus: P, A, L and V work at once.
  const [firstName] = await unmarkedNames(page);
  await expect(byName(page, firstName!)).toBeFocused();
  const start = await focusedRow(page);
  await page.keyboard.press("p");
  await expect(row(page, start + 1)).toBeFocused();
  await page.keyboard.press("a");
  await expect(row(page, start + 2)).toBeFocused();
  // L opens the minutes box with its suggestion selected: typing 7 is 7 minutes, not 17.
  await page.keyboard.press("l");
  const minutes = page.getByLabel("Minuten te laat");
  await expect(minutes).toBeFocused();
  await page.keyboard.type("7");
  await expect(minutes).toHaveValue("7");
  await page.keyboard.press("Enter");
  // After a mark the next pupil has focus (the help line says so); up goes back to the one just marked.
  await expect(row(page, start + 3)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(row(page, start + 2)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: /^Overige \d+ aanwezig$/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await saved(page);

  await page.reload();
  await expect(row(page, start)).toContainText("Aanwezig");
  await expect(row(page, start + 1)).toContainText("Afwezig, reden onbekend");
  await expect(row(page, start + 2)).toContainText("te laat (7 min)");
  await expect(row(page, start + 3)).toContainText("Aanwezig");
  await rows(page).nth(start).focus();
  await page.keyboard.press("h");
  await expect(row(page, start).locator("details[open]")).toHaveCount(1);
  await expect(row(page, start)).toContainText("Niet geregistreerd → Aanwezig");
});

test("marks made offline wait, arrive once when the connection is back; a save refused with 503 is sent again by itself", async ({ page, context, loginAs, consoleErrors }) => {
  await loginAs("docent", "horizon");
  await openLesson(page, "Nu");
  const [first, second, third] = (await unmarkedNames(page)) as [string, string, string];
  await context.setOffline(true);
  await byName(page, first).getByRole("button", { name: "Afwezig" }).click();
  await byName(page, second).getByRole("button", { name: "Verwijderd" }).click();
  await expect(page.getByRole("status")).toContainText("Geen verbinding: 2 registratie(s) wachten");
  await expect(byName(page, first)).toContainText("Afwezig, reden onbekend");

  await context.setOffline(false);
  await saved(page);
  await page.reload();
  await expect(byName(page, first)).toContainText("Afwezig, reden onbekend");
  await expect(byName(page, second)).toContainText("Door school");
  await expect(byName(page, first)).toContainText("Geschiedenis (1)");
  await expect(byName(page, second)).toContainText("Geschiedenis (1)");

  // What the app answers while PostgreSQL restarts (decision 163), once: no reload, no 'online' event, and
  // the queue sends the mark again on its own timer (4 s).
  let refused = 0;
  await page.route("**/api/lessons/*/marks", (route) => {
    if (refused > 0) return route.fallback();
    refused += 1;
    return route.fulfill({
      status: 503, headers: { "retry-after": "2" },
      json: { error: { code: "DATABASE_UNAVAILABLE", message: "De database is even niet bereikbaar. Probeer het zo opnieuw.", fields: {} } },
    });
  });
  await byName(page, third).getByRole("button", { name: "Afwezig" }).click();
  await expect(byName(page, third)).toContainText("wacht op verbinding");
  await saved(page);
  expect(refused).toBe(1);
  // The browser reports the refused request itself; that one is expected here, any other error still fails the test.
  const expected = consoleErrors.findIndex((text) => text.includes("status of 503"));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(expected, 1);
  await page.reload();
  await expect(byName(page, third)).toContainText("Afwezig, reden onbekend");
  await expect(byName(page, third)).toContainText("Geschiedenis (1)");
});

test("'Overige N aanwezig' can be undone from the keyboard, also when it waited offline, and the server forgets it", async ({ page, context, loginAs }) => {
  await loginAs("mentor", "horizon");
  await openLesson(page, "Eerder vandaag");
  // A guest from another group (an individual schedule adds this lesson) has a quiet tag.
  await expect(rows(page).filter({ hasText: /extra/ })).toHaveCount(1);
  const before = await unmarkedNames(page);
  expect(before.length).toBeGreaterThan(1);
  const everyone = page.getByRole("button", { name: `Overige ${before.length} aanwezig` });
  const undo = page.getByRole("button", { name: "Ongedaan maken" });

  // Offline: both the bulk and its undo wait on the device and arrive together.
  await context.setOffline(true);
  await everyone.click();
  await expect(undo).toBeFocused();
  await expect(page.getByText(`${before.length} leerlingen op aanwezig gezet. Ongedaan maken kan nog even.`)).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(everyone).toBeFocused();
  await expect(undo).toHaveCount(0);
  await expect(page.getByText(`Ongedaan gemaakt: ${before.length} leerlingen staan weer op nog niet geregistreerd.`)).toBeAttached();
  await expect.poll(() => unmarkedNames(page)).toEqual(before);
  await context.setOffline(false);
  await saved(page);

  // Online: the bulk is saved first, then taken back.
  await everyone.click();
  await saved(page);
  await expect(page.getByRole("status")).toContainText("les volledig geregistreerd");
  await undo.click();
  await saved(page);
  await page.reload();
  await expect.poll(() => unmarkedNames(page)).toEqual(before);
  await expect(page.getByRole("status")).not.toContainText("les volledig geregistreerd");
  await byName(page, before[0]!).getByText("Geschiedenis (4)").click();
  await expect(byName(page, before[0]!)).toContainText("→ Niet geregistreerd (ongedaan gemaakt)");
});

test("a lesson later today opens five minutes before it starts; until then the page says when", async ({ page, loginAs, baseURL }) => {
  await loginAs("mentor");
  await openLesson(page, "Straks", "3havo-b");
  await expect(page.getByText("Deze les begint om 13:30; registreren kan vanaf 13:25.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Overige \d+ aanwezig$/ })).toHaveCount(0);
  await expect(rows(page).first().getByRole("button", { name: "Aanwezig" })).toBeDisabled();
  expect(await focusedRow(page)).toBe(-1);
  // Nor the keyboard help: P, A, L and V do nothing here.
  await expect(page.getByText(/^Toetsenbord:/)).toHaveCount(0);
  // A pupil whose individual schedule leaves this lesson out is named under the list, with a one-word reason.
  await expect(page.getByText(/^Niet in deze les:/)).toContainText(/\((opbouwrooster|vrijstelling)\)/);

  const lessonId = page.url().split("/").pop()!;
  const register = (await (await page.request.get(`/api/lessons/${lessonId}/register`)).json()) as { pupils: { pupilId: string }[] };
  const post = await page.request.post(`/api/lessons/${lessonId}/marks`, {
    headers: { Origin: baseURL! }, // as a browser sends it: a write without one is refused first (decision 106)
    data: { marks: [{ pupilId: register.pupils[0]!.pupilId, observation: "PRESENT", idempotencyKey: "e2e-not-started", markedAt: new Date().toISOString() }] },
  });
  expect(post.status()).toBe(422);
  expect((await post.json()).error.message).toBe("Deze les begint om 13:30; registreren kan vanaf 13:25.");
  await page.reload();
  await expect(page.getByText("Deze les begint om 13:30")).toBeVisible();
  await expect(rows(page).filter({ hasText: "Geschiedenis" })).toHaveCount(0);
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
  await loginAs("mentor", "horizon");
  await openLesson(page, "Nu");
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
  // A vwo class's first lesson of the day: it has begun, and no other test marks it.
  await page.getByLabel("Klas of lesuur").fill("vwo");
  await page.getByRole("button", { name: "Zoeken" }).click();
  const lessons = page.getByRole("article");
  await expect(lessons.first()).toBeVisible();
  await lessons.first().getByRole("link").click();
  await row(page, 0).getByRole("button", { name: "Aanwezig" }).click();
  await saved(page);
  await page.reload();
  await row(page, 0).getByText("Geschiedenis (1)").click();
  await expect(row(page, 0)).toContainText("Aanwezig");
});

test("the register is refused to roles that do not take registers, page and API alike", async ({ browser, page, loginAs, baseURL }) => {
  // Five log-ins (argon2 on purpose slow) and a register per role: more than one page's worth of time.
  test.setTimeout(90_000);
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
    await logInAs(other, test.info(), role, "horizon");
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
    // The coordinator may mark, but not yet: this lesson has not begun (422; a pupil of no lesson would be 400).
    expect(post.status(), `${role} posts a mark`).toBe(allowed ? 422 : 403);
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
  await loginAs("docent", "baken", { fresh: true });
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

import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue 14 on the demo school: the queue pages over pupils (one line each),
// closing asks why and can be undone, the case file shows it; a mentor filters
// only by their own classes; links are underlined, not told apart by colour alone.

/** The queue's pupil lines (each holds its own list of signals). */
const pupilLines = (page: Page): Locator => page.getByRole("list", { name: "Leerlingen met signalen" }).locator(":scope > li");

/** Opens the queue and waits for the signals worker, which evaluates the demo school just after the server starts. */
async function openQueue(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Verzuim" }).getByRole("link", { name: "Signalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(pupilLines(page).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

test("the coordinator pages through the queue, one line per pupil, with underlined links", async ({ page, loginAs }) => {
  await loginAs("verzuim");
  await openQueue(page);
  const count = page.getByRole("status").filter({ hasText: /signalen bij \d+ leerlingen/ });
  await expect(count).toContainText("hier 1–25");
  await expect(pupilLines(page)).toHaveCount(25);
  const firstPage = await pupilLines(page).getByRole("heading").allTextContents();
  expect(new Set(firstPage).size).toBe(25);

  const link = pupilLines(page).first().getByRole("heading").getByRole("link");
  await expect(link).toHaveCSS("text-decoration-line", "underline");
  const next = page.getByRole("link", { name: "Volgende leerlingen" });
  await expect(next).toHaveCSS("text-decoration-line", "underline");

  await next.click();
  await expect(page).toHaveURL(/[?&]na=/);
  await expect(count).toContainText("hier 26–");
  const secondPage = await pupilLines(page).getByRole("heading").allTextContents();
  expect(secondPage.some((line) => firstPage.includes(line))).toBe(false);
  await page.getByRole("link", { name: "Vorige leerlingen" }).click();
  await expect(count).toContainText("hier 1–25");
});

test("closing a signal asks why, can be undone, and shows in the case file", async ({ page, loginAs }) => {
  await loginAs("verzuim");
  await openQueue(page);
  // A warning of the last pupil of the first page: other journeys use the mandatory reports at the top.
  const line = pupilLines(page).last();
  const pupil = (await line.getByRole("heading").getByRole("link").textContent())!.trim();
  const warning = line.getByRole("listitem").filter({ hasNotText: "verplichte melding" }).first();
  const closeButton = warning.getByRole("button", { name: /^Afsluiten: / });
  const label = (await closeButton.getAttribute("aria-label"))!.replace(/^Afsluiten: /, "");
  const dialog = page.getByRole("dialog", { name: "Signaal afsluiten" });

  // Without a reason: refused, and the dialog stays. (The button works once the page is hydrated.)
  await expect(async () => {
    await closeButton.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await dialog.getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(dialog.getByText("Kies waarom je dit signaal afsluit.")).toBeVisible();

  // With a reason, then undone: the signal stays in the queue.
  await dialog.getByRole("radio", { name: "Ziekte bevestigd" }).check();
  await dialog.getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(dialog.getByRole("status")).toContainText("Het signaal is afgesloten.");
  await dialog.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(dialog.getByRole("status")).toContainText("Het afsluiten is ongedaan gemaakt.");
  await dialog.getByRole("button", { name: "Klaar" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: `Afsluiten: ${label}` })).toBeVisible();

  // "Anders" needs words; closed for good, it leaves the open queue.
  const note = `Verhuisd naar Belgie (${Date.now().toString(36)})`;
  await page.getByRole("button", { name: `Afsluiten: ${label}` }).click();
  await dialog.getByRole("radio", { name: "Anders" }).check();
  await dialog.getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(dialog.getByText("Schrijf bij ‘Anders’ kort op waarom je het signaal afsluit.")).toBeVisible();
  // The refusal keeps the choice: only the words are missing.
  await expect(dialog.getByRole("radio", { name: "Anders" })).toBeChecked();
  await dialog.getByLabel(/^Toelichting/).fill(note);
  await dialog.getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(dialog.getByRole("status")).toContainText("Het staat in het dossier van de leerling.");
  await dialog.getByRole("button", { name: "Klaar" }).click();
  await expect(page.getByRole("button", { name: `Afsluiten: ${label}` })).toHaveCount(0);

  // The case file: the reason with the signal and in the timeline; reopened from there.
  await page.goto("/verzuim/signalen?status=CLOSED");
  await page.getByRole("link", { name: pupil, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(pupil);
  // With the signal, both in the list of signals and at its place in the timeline.
  await expect(page.getByText(`Afgesloten: ${note}`)).toHaveCount(2);
  const timeline = page.getByRole("region", { name: "Tijdlijn" });
  await expect(timeline).toContainText(`Reden: ${note}`);
  await page.getByRole("button", { name: `Heropenen: ${label}` }).click();
  await expect(page.getByText(`Afgesloten: ${note}`)).toHaveCount(0);
  await expect(timeline).toContainText("Het afsluiten is ongedaan gemaakt (reden was:");
});

test("a mentor filters the queue by their own classes only, and by no mentor", async ({ page, loginAs }) => {
  await loginAs("mentor");
  await page.getByRole("link", { name: "Mijn klassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn klassen" })).toBeVisible();
  const classes = (await page.getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.replace(/^Klas (\S+).*$/, "$1"));
  expect(classes.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Signalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  const options = await page.getByLabel("Klas").locator("option").allTextContents();
  expect(options[0]).toBe("Al mijn klassen");
  expect(options.slice(1).sort()).toEqual([...classes].sort());
  await expect(page.getByLabel("Mentor", { exact: true })).toHaveCount(0);
});

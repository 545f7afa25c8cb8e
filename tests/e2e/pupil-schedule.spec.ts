import type { Page } from "@playwright/test";
import { expect, logInAs, test } from "./fixtures";

// Monday 23 November 2026 (playwright.config.ts). Last Friday is 20 November: the teacher reads their own lessons of any day.
const LAST_FRIDAY = "2026-11-20";

type LessonLink = { href: string; group: string };

/** The teacher's lessons on a day, with their group ("2e uur · 2havo-a · Wiskunde"). */
async function lessonsOn(page: Page, path: string): Promise<LessonLink[]> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn lessen" })).toBeVisible();
  return page.locator("main a[href^='/docent/les/']").evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute("href")!, group: (a.textContent ?? "").split(" · ")[1] ?? "" })));
}

const pupilRows = (page: Page) => page.getByRole("list", { name: /Leerlingen van/ }).getByRole("listitem").filter({ has: page.getByRole("group") });

test("the coordinator gives a pupil an internship on Fridays: the teacher's Friday lesson names them under the list, today's lesson tags them", async ({ page, browser }, testInfo) => {
  // A pupil of a group the teacher had last Friday and has again today, without a schedule change yet.
  await logInAs(page, testInfo, "docent");
  const friday = await lessonsOn(page, `/docent?datum=${LAST_FRIDAY}`);
  const today = await lessonsOn(page, "/docent");
  const fridayLesson = friday.find((f) => today.some((t) => t.group === f.group));
  expect(fridayLesson, "a group the teacher teaches on Friday and today").toBeTruthy();
  const todayLesson = today.find((t) => t.group === fridayLesson!.group)!;
  await page.goto(fridayLesson!.href);
  await expect(pupilRows(page).first()).toBeVisible();
  const labels = await pupilRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label") ?? ""));
  const name = labels.map((label) => /^([^:(]+): /.exec(label)?.[1]).find(Boolean)!;
  expect(name).toBeTruthy();

  // The coordinator finds the pupil's case file and opens their schedule.
  const coordinator = await browser.newPage();
  await logInAs(coordinator, testInfo, "verzuim");
  await coordinator.goto(`/verzuim/leerling?q=${encodeURIComponent(name)}`);
  await coordinator.getByRole("link", { name }).first().click();
  await coordinator.getByRole("link", { name: /^Rooster: opbouwrooster/ }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: `Rooster van ${name}` })).toBeVisible();
  const form = coordinator.getByRole("region", { name: "Aanpassing toevoegen" });
  await form.getByRole("radio", { name: /^Stage/ }).check();
  await form.getByRole("checkbox", { name: "vrijdag" }).check();
  await form.getByLabel("Eerste dag").fill("2026-11-16");
  // Refused without a reason: what was typed stays.
  await form.getByRole("button", { name: "Aanpassing vastleggen" }).click();
  await expect(form.getByText("Schrijf in een paar woorden waarom")).toBeVisible();
  await expect(form.getByRole("radio", { name: /^Stage/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "vrijdag" })).toBeChecked();
  await expect(form.getByLabel("Eerste dag")).toHaveValue("2026-11-16");
  await form.getByLabel("Reden (kort)").fill("Stage bij de bakker");
  await form.getByRole("button", { name: "Aanpassing vastleggen" }).click();
  await expect(form.getByText(`De stage van ${name} is vastgelegd.`)).toBeVisible();
  const list = coordinator.getByRole("region", { name: "Aanpassingen" });
  await expect(list).toContainText("Geen lessen op vrijdag");
  await expect(list).toContainText("Stage bij de bakker");
  await coordinator.close();

  // The teacher: last Friday's lesson names the pupil quietly, with one word and without the reason.
  await page.goto(fridayLesson!.href);
  await expect(page.getByText(/^Niet in deze les:/)).toContainText(`${name} (stage)`);
  await expect(pupilRows(page).filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByText("bakker")).toHaveCount(0);
  // Today's lesson of the same group: the pupil is on the list, tagged "stage".
  await page.goto(todayLesson.href);
  const row = pupilRows(page).filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("aria-label", new RegExp(`^${name} \\(stage\\): `));
  await expect(row.getByText("stage", { exact: true })).toBeVisible();
});

test("Beheer shows the chosen rules profile in words, follows the choice before saving, and keeps a refused value in its field", async ({ page }, testInfo) => {
  await logInAs(page, testInfo, "beheer");
  const words = page.locator("#rulesProfile-words");
  await expect(words).toContainText("Melding bij DUO bij 16 uur ongeoorloofd verzuim in 4 weken");
  await expect(words).toContainText("Zorgelijk ziekteverzuim: signaal op de 7e schooldag ziek achter elkaar.");
  await page.getByLabel("Regelprofiel voor signalen").selectOption({ label: "Verzuimkaart Twente" });
  await expect(words).toContainText("(nog niet opgeslagen)");
  await expect(words).toContainText("signaal op de 11e schooldag ziek achter elkaar");

  const days = page.getByLabel(/Docenten mogen hun registraties corrigeren tot/);
  await days.fill("25");
  await page.getByRole("button", { name: "Termijn opslaan", exact: true }).click();
  await expect(page.getByText(/Hoogstens 20 schooldagen/)).toBeVisible();
  await expect(days).toHaveValue("25");
});

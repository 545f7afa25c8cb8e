import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The add form on Beheer → Kalender (the list's change forms have the same labels). */
const studyDay = (page: Page) => page.getByRole("region", { name: "Studiedag of vrije dag toevoegen" });

test.describe("the administrator's calendar", () => {
  test("Beheer links to the calendar, where a study day without lessons is added at once and shows", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await page.getByRole("link", { name: "Kalender en lestijden beheren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kalender");
    await studyDay(page).getByLabel("Naam").fill("Studiedag e2e");
    await studyDay(page).getByLabel("Van").fill("2027-03-10");
    await studyDay(page).getByLabel("Tot en met").fill("2027-03-10");
    await studyDay(page).getByRole("button", { name: "Toevoegen aan de kalender" }).click();
    await expect(studyDay(page).getByRole("status")).toHaveText("‘Studiedag e2e’ staat in de kalender.");
    await expect(studyDay(page).getByLabel("Naam")).toHaveValue("");
    await page.reload();
    await expect(page.getByRole("region", { name: /Vakanties en vrije dagen/ }).getByText("Studiedag e2e", { exact: true })).toBeVisible();
  });

  test("refuses an end date before the start date with a Dutch message, keeps what was typed and writes nothing", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await page.goto("/beheer/kalender");
    await studyDay(page).getByLabel("Naam").fill("Verkeerde studiedag");
    await studyDay(page).getByLabel("Van").fill("2027-03-12");
    await studyDay(page).getByLabel("Tot en met").fill("2027-03-11");
    await studyDay(page).getByRole("button", { name: "Toevoegen aan de kalender" }).click();
    await expect(studyDay(page).getByRole("alert")).toHaveText("Niet alle velden zijn goed ingevuld.");
    await expect(studyDay(page).getByText("De einddatum ligt voor de begindatum.")).toBeVisible();
    await expect(studyDay(page).getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
    // What was typed stays, so that only the wrong field needs fixing.
    await expect(studyDay(page).getByLabel("Naam")).toHaveValue("Verkeerde studiedag");
    await expect(studyDay(page).getByLabel("Van")).toHaveValue("2027-03-12");
    await expect(studyDay(page).getByLabel("Tot en met")).toHaveValue("2027-03-11");
    // A date outside the school year is refused on its own field.
    await studyDay(page).getByLabel("Tot en met").fill("2027-08-02");
    await studyDay(page).getByRole("button", { name: "Toevoegen aan de kalender" }).click();
    await expect(studyDay(page).getByText("Kies een datum tot en met 31 juli 2027 (einde van schooljaar 2026-2027).")).toBeVisible();
    await expect(studyDay(page).getByLabel("Naam")).toHaveValue("Verkeerde studiedag");
    await page.reload();
    await expect(page.getByText("Verkeerde studiedag")).toHaveCount(0);
  });

  test("a school's administrator sees only their own school's calendar", async ({ page, loginAs }) => {
    await loginAs("beheer", "horizon");
    await page.goto("/beheer/kalender");
    await expect(page.getByText("Studiedag e2e")).toHaveCount(0);
    await expect(page.getByText("Het Baken College")).toHaveCount(0);
  });
});

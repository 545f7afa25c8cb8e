import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The study-day form: Beheer has other fields whose labels contain "van". */
const studyDay = (page: Page) => page.getByRole("region", { name: "Studiedag of vrije dag toevoegen" });

test.describe("the administrator's calendar", () => {
  test("adds a study day, which then shows in the calendar", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await studyDay(page).getByLabel("Naam").fill("Studiedag e2e");
    await studyDay(page).getByLabel("Van").fill("2027-03-10");
    await studyDay(page).getByLabel("Tot en met").fill("2027-03-10");
    await page.getByRole("button", { name: "Vrije dag toevoegen" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("‘Studiedag e2e’ staat in de kalender.");
    await expect(studyDay(page).getByLabel("Naam")).toHaveValue("");
    await page.reload();
    await expect(page.getByText("Studiedag e2e")).toBeVisible();
  });

  test("refuses an end date before the start date with a Dutch message and writes nothing", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await studyDay(page).getByLabel("Naam").fill("Verkeerde studiedag");
    await studyDay(page).getByLabel("Van").fill("2027-03-12");
    await studyDay(page).getByLabel("Tot en met").fill("2027-03-11");
    await page.getByRole("button", { name: "Vrije dag toevoegen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Niet alle velden zijn goed ingevuld.");
    await expect(page.getByText("De einddatum ligt voor de begindatum.")).toBeVisible();
    await expect(studyDay(page).getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
    // What was typed stays, so that only the wrong field needs fixing.
    await expect(studyDay(page).getByLabel("Naam")).toHaveValue("Verkeerde studiedag");
    await expect(studyDay(page).getByLabel("Van")).toHaveValue("2027-03-12");
    await expect(studyDay(page).getByLabel("Tot en met")).toHaveValue("2027-03-11");
    await page.reload();
    await expect(page.getByText("Verkeerde studiedag")).toHaveCount(0);
  });

  test("a school's administrator sees only their own school's calendar", async ({ page, loginAs }) => {
    await loginAs("beheer", "horizon");
    await expect(page.getByText("Studiedag e2e")).toHaveCount(0);
    await expect(page.getByText("Het Baken College")).toHaveCount(0);
  });
});

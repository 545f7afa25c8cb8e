import { expect, test } from "./fixtures";

// Dates with lessons in the demo (its lessons run two weeks past "today", 23 November 2026) that no other
// journey uses: a study day there cancels lessons, which must be shown and confirmed first.
const STUDY_DAY = "2026-12-04";
const MOVED_TO = "2026-12-07";
const SHORT_DAY = "2026-12-03";
const NAME = "Studiedag rekenbeleid";

test.describe("the school calendar with lessons", () => {
  test("the administrator adds a study day, sees the lessons it affects, confirms, moves it and removes it", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await page.goto("/beheer/kalender");
    const add = page.getByRole("region", { name: "Studiedag of vrije dag toevoegen" });
    await add.getByLabel("Naam").fill(NAME);
    await add.getByLabel("Van").fill(STUDY_DAY);
    await add.getByLabel("Tot en met").fill(STUDY_DAY);
    await add.getByRole("button", { name: "Toevoegen aan de kalender" }).click();
    await expect(add.getByRole("alert")).toContainText(/^Op deze dagen zijn \d+ lessen (met \d+ registraties?|nog zonder registraties)\. De lessen vervallen/);
    await add.getByRole("button", { name: "Ja, toevoegen" }).click();
    await expect(add.getByRole("status")).toHaveText(`‘${NAME}’ staat in de kalender. De lessen zijn bijgewerkt.`);

    const item = page.getByRole("region", { name: /Vakanties en vrije dagen/ }).getByRole("listitem").filter({ hasText: NAME });
    await expect(item).toContainText(/\d+ lessen vervallen/);
    await item.getByText("Wijzigen of weghalen").click();
    await item.getByLabel("Van").fill(MOVED_TO);
    await item.getByLabel("Tot en met").fill(MOVED_TO);
    await item.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(item.getByRole("alert")).toContainText(/lessen gaan weer door/);
    await item.getByRole("button", { name: "Ja, wijzigen" }).click();
    await expect(item.getByRole("status")).toHaveText(`‘${NAME}’ is gewijzigd. De lessen zijn bijgewerkt.`);
    await expect(item).toContainText("maandag 7 december");

    await item.getByRole("button", { name: `‘${NAME}’ weghalen` }).click();
    await expect(item.getByRole("alert")).toContainText(/lessen gaan weer door/);
    await item.getByRole("button", { name: `Ja, ‘${NAME}’ weghalen` }).click();
    await expect(page.getByRole("region", { name: /Vakanties en vrije dagen/ }).getByText(NAME)).toHaveCount(0);
  });

  test("the administrator gives one day the shortened schedule, and takes it away again", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await page.goto("/beheer/kalender/lestijden");
    const days = page.getByRole("region", { name: /Dagen met andere lestijden/ });
    await days.getByLabel("Datum").fill(SHORT_DAY);
    await days.getByLabel("Lestijden op die dag").selectOption({ label: "Verkort rooster (40 minuten)" });
    await days.getByRole("button", { name: "Dag met andere lestijden toevoegen" }).click();
    await expect(days.getByRole("status")).toContainText(/^Op 3 december 2026 geldt ‘Verkort rooster \(40 minuten\)’\. \d+ lessen hebben de nieuwe tijden gekregen\./);
    const row = days.getByRole("listitem").filter({ hasText: "3 december 2026" });
    await expect(row).toContainText("Verkort rooster (40 minuten)");
    await row.getByRole("button", { name: /3 december 2026.*weghalen/ }).click();
    await expect(row).toHaveCount(0);
  });

  test("a bell period refuses a start after its end with a Dutch message and keeps what was typed", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await page.goto("/beheer/kalender/lestijden");
    const normal = page.getByRole("region", { name: "Normaal rooster" });
    await normal.getByText("1e uur", { exact: true }).click();
    const form = normal.getByRole("listitem").filter({ hasText: "1e uur" });
    await form.getByLabel("Begint om").fill("10:00");
    await form.getByLabel("Eindigt om").fill("09:00");
    await form.getByRole("button", { name: "Tijden van het 1e uur opslaan" }).click();
    await expect(form.getByText("De eindtijd ligt niet na de begintijd.")).toBeVisible();
    await expect(form.getByLabel("Begint om")).toHaveValue("10:00");
    await expect(form.getByLabel("Eindigt om")).toHaveValue("09:00");
  });
});

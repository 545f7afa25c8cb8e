import { expect, test } from "./fixtures";

// The clock starts at Monday 23 November 2026, 09:21, in the second hour (playwright.config.ts).
test.describe("each role's start page shows the demo school's real data", () => {
  test("the teacher sees today's lessons with the current one on top", async ({ page, loginAs }) => {
    await loginAs("docent");
    await expect(page.getByText("Vandaag, maandag 23 november")).toBeVisible();
    const now = page.getByRole("region", { name: "Nu" });
    await expect(now.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article").first()).toContainText("leerlingen");
  });

  test("the teacher's other day is named as a day, not as 'Op, …'", async ({ page, loginAs }) => {
    await loginAs("docent");
    await page.getByRole("link", { name: /^Vorige dag/ }).click();
    await expect(page.getByText("Zondag 22 november", { exact: true })).toBeVisible();
    await expect(page.getByText(/Op, /)).toHaveCount(0);
  });

  test("the mentor sees the pupils of their group with their absence", async ({ page, loginAs }) => {
    await loginAs("mentor");
    await page.getByRole("link", { name: "Mijn klassen" }).click();
    const table = page.getByRole("table").first();
    await expect(table.getByRole("row")).not.toHaveCount(1);
    await expect(table.getByRole("columnheader", { name: "Ongeoorloofd" })).toBeVisible();
  });

  test("the coordinator sees the morning check", async ({ page, loginAs }) => {
    await loginAs("verzuim");
    await expect(page.getByRole("heading", { name: "Nabellen: afwezig zonder bekende reden" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Lessen die niemand registreerde" })).toBeVisible();
  });

  test("the school leader sees attendance rates", async ({ page, loginAs }) => {
    await loginAs("directie");
    await expect(page.getByRole("table", { name: "Per leerjaar" })).toBeVisible();
    await expect(page.getByText(/\d+,\d%/).first()).toBeVisible();
  });

  test("a parent sees their own two children and nobody else", async ({ page, loginAs }) => {
    await loginAs("ouder");
    // One section per child, and the leave block (issue 10).
    await expect(page.getByRole("heading", { level: 2 }).filter({ hasNotText: /^Verlof$/ })).toHaveCount(2);
    await expect(page.getByRole("region", { name: "Verlof" })).toBeVisible();
  });

  test("the administrator sees the calendar with real holidays", async ({ page, loginAs }) => {
    await loginAs("beheer");
    await expect(page.getByText("Kerstvakantie")).toBeVisible();
  });
});

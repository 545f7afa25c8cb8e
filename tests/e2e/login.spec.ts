import { expect, LANDING, logIn, START_PAGES, test, type DemoRole } from "./fixtures";

test.describe("logging in", () => {
  test("a wrong password gets a Dutch message and no session", async ({ page }) => {
    await logIn(page, "docent@baken.demo", "verkeerd-wachtwoord");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord klopt niet.");
    await page.goto("/docent");
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("an unknown user gets the same message", async ({ page }) => {
    await logIn(page, "niemand@baken.demo", "demo-wachtwoord");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord klopt niet.");
  });

  test("an empty form is refused before it is sent", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vul je e-mailadres en wachtwoord in.");
  });

  test("a page without a session sends you to the log-in page", async ({ page }) => {
    await page.goto("/verzuim");
    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  });

  for (const role of Object.keys(START_PAGES) as DemoRole[]) {
    test(`${role} lands on their Dutch start page and can log out`, async ({ page, loginAs, baseURL }) => {
      await loginAs(role, "baken", { fresh: true });
      const landing = Object.values(START_PAGES).find((p) => p.path === LANDING[role])!;
      await expect(page.getByRole("heading", { level: 1, name: landing.heading })).toBeVisible();
      await expect(page.getByText("Het Baken College", { exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Uitloggen" }).click();
      // On the host the browser used (127.0.0.1 here), not next-auth's configured base URL (localhost).
      await expect(page).toHaveURL(`${baseURL}/inloggen`);
      await page.goto(LANDING[role]);
      await expect(page).toHaveURL(/\/inloggen/);
    });
  }
});

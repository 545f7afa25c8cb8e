import type { Browser, Page } from "@playwright/test";
import { expectNoSeriousAccessibilityFindings, expectNoSidewaysScroll } from "./accessibility";
import { DEMO_PASSWORD, expect, logIn, test } from "./fixtures";

// Pupils' own accounts and the parent with children at two schools (issue 10), on a phone.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

async function signedIn(browser: Browser, email: string, landing: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, locale: "nl-NL", timezoneId: "Europe/Amsterdam" })).newPage();
  await logIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`${landing}$`));
  return page;
}

test("an 18-year-old hides their registrations from their parents, and the parent's page no longer shows them", async ({ page, browser, loginAs }) => {
  await loginAs("leerling");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn aanwezigheid" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Afwezig of te laat, afgelopen twee weken" })).toBeVisible();
  const name = (await page.getByRole("heading", { level: 2 }).first().textContent())!;
  await expect(page.getByRole("main").getByRole("link", { name: "Ziek of afwezig melden" })).toHaveAttribute("href", "/ouder/melden");
  await expect(page.getByRole("main").getByRole("link", { name: "Verlof aanvragen" })).toHaveAttribute("href", "/ouder/verlof");
  await expectNoSidewaysScroll(page, "/leerling");
  await expectNoSeriousAccessibilityFindings(page, "/leerling");

  // The parent sees the registrations before the choice.
  const parent = await signedIn(browser, "ouder-leerling@baken.demo", "/ouder");
  const child = parent.getByRole("region", { name });
  await expect(child.getByRole("heading", { name: "Afwezig of te laat, afgelopen twee weken" })).toBeVisible();

  const hide = page.getByRole("radio", { name: "Mijn ouders of verzorgers zien mijn registraties niet meer" });
  await hide.check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Je ouders zien je registraties niet meer.");
  await expect(page.getByText("Je keuze van maandag 23 november: je ouders zien je registraties niet.")).toBeVisible();
  await expect(hide).toBeChecked();

  await parent.reload();
  await expect(child).toContainText("heeft aangegeven dat ouders de registraties niet meer zien");
  await expect(child.getByRole("heading", { name: "Afwezig of te laat, afgelopen twee weken" })).toHaveCount(0);

  // Undone, so that the demo (and a retry) starts as it was.
  await page.getByRole("radio", { name: "Mijn ouders of verzorgers mogen mijn registraties zien" }).check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Je ouders zien je registraties weer.");
  await parent.reload();
  await expect(child.getByRole("heading", { name: "Afwezig of te laat, afgelopen twee weken" })).toBeVisible();
  await parent.context().close();
});

test("a pupil under 18 sees their registrations where the school allows it, and a calm message where it does not", async ({ browser }) => {
  const baken = await signedIn(browser, "leerling-jong@baken.demo", "/leerling");
  await expect(baken.getByRole("heading", { name: "Afwezig of te laat, afgelopen twee weken" })).toBeVisible();
  await expect(baken.getByRole("button", { name: "Keuze opslaan" })).toHaveCount(0);
  await baken.context().close();
  const horizon = await signedIn(browser, "leerling-jong@horizon.demo", "/leerling");
  await expect(horizon.getByText("Je school laat leerlingen onder de 18 hun registraties (nog) niet zelf zien.")).toBeVisible();
  await expectNoSeriousAccessibilityFindings(horizon, "/leerling (niet getoond)");
  await horizon.context().close();
});

test("the parent with children at two schools logs in once and sees each child in its own school", async ({ page }) => {
  await logIn(page, "ouder-twee-scholen@baken.demo", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/ouder$/);
  // The children's sections (the page's other block, "Verlof", is no child).
  const children = page.getByRole("main").getByRole("heading", { level: 2 }).filter({ hasNotText: /^Verlof$/ });
  const toHorizon = page.getByRole("button", { name: "Naar Scholengemeenschap De Horizon" });
  const toBaken = page.getByRole("button", { name: "Naar Het Baken College" });
  await expect(page.getByRole("banner").getByText("Het Baken College", { exact: true })).toBeVisible();
  await expect(children).toHaveCount(1);
  const atBaken = (await children.textContent())!;
  await expectNoSidewaysScroll(page, "/ouder met schoolwissel");
  await expectNoSeriousAccessibilityFindings(page, "/ouder met schoolwissel");

  await toHorizon.click();
  await expect(toBaken).toBeVisible();
  await expect(page.getByRole("banner").getByText("Scholengemeenschap De Horizon", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/ouder$/);
  await expect(children).toHaveCount(1);
  await expect(children).not.toHaveText(atBaken);
  await expect(page.getByRole("main")).not.toContainText(atBaken);

  // The keyboard works too: back to the first school.
  await toBaken.focus();
  await page.keyboard.press("Enter");
  await expect(toHorizon).toBeVisible();
  await expect(children).toHaveText(atBaken);
});

import { expectNoSeriousAccessibilityFindings } from "./accessibility";
import { expect, test } from "./fixtures";

// Several sign-ins and page loads per test, and axe: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.describe("message pages", () => {
  test("the register's shell is no page of its own: /registreren is a real 404, a lesson's register still the static shell", async ({ page, loginAs }) => {
    await loginAs("docent");
    const direct = await page.goto("/registreren");
    expect(direct?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();

    await page.goto("/docent");
    const href = await page.getByRole("region", { name: "Straks" }).getByRole("link").first().getAttribute("href");
    const lesson = await page.goto(href!);
    expect(lesson?.status()).toBe(200);
    // Prerendered at build time and served from Next.js's cache (decision 053), not rendered per request.
    expect(lesson?.headers()["x-nextjs-cache"] ?? lesson?.headers()["x-nextjs-prerender"], "served from the prerender cache").toBeTruthy();
    await expect(page.getByRole("list", { name: /Leerlingen van/ })).toBeVisible();
  });

  test("'Geen toegang' and 'Niet gevonden' sit in the page's one main landmark", async ({ page, loginAs }) => {
    await loginAs("verzuim");
    expect((await page.goto("/beheer"))?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expect(page.locator("main")).toHaveCount(1);
    expect((await page.goto("/verzuim/leerling/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
    await expect(page.locator("main")).toHaveCount(1);
    expect((await page.goto("/bestaat-niet"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
    await expect(page.locator("main")).toHaveCount(1);
  });
});

test("the register's amber 'Te laat' and 'Opslaan' have enough contrast (4.5:1)", async ({ page, loginAs }) => {
  // A colleague's first-hour lesson (it has begun, so it can be marked): the last of the list, which no other
  // test registers (the substitute test takes the first vwo class; the demo teacher's own lessons are theirs).
  await loginAs("docent");
  await page.goto("/docent/lessen?zoek=1");
  await page.getByRole("article").filter({ hasNotText: "Vervallen" }).filter({ hasNotText: "Michiel Bos" }).last().getByRole("link").click();
  const rows = page.getByRole("list", { name: /Leerlingen van/ }).getByRole("listitem").filter({ has: page.getByRole("group") });
  const last = rows.last();
  await last.getByRole("button", { name: "Te laat" }).click();
  await page.getByLabel("Minuten te laat").fill("5");
  // Only axe's contrast rule, only on the register's list: the rest of the page is the every-page check's.
  const contrast = { rules: ["color-contrast"], include: "ul[aria-label^='Leerlingen van']" };
  await expect(page.getByRole("button", { name: "Opslaan" })).toBeEnabled();
  await expectNoSeriousAccessibilityFindings(page, "the late-minutes form", contrast);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(last.getByRole("button", { name: "Te laat" })).toHaveAttribute("aria-pressed", "true");
  await expectNoSeriousAccessibilityFindings(page, "the register with a pupil marked late", contrast);
});

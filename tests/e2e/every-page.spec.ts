import type { Page } from "@playwright/test";
import { expectNoSeriousAccessibilityFindings, expectNoSidewaysScroll } from "./accessibility";
import { expect, test } from "./fixtures";
import { discoverPageRoutes, PRODUCT_PAGES, PUBLIC_PAGES, REDIRECT_ONLY, ROLES } from "./page-list";

// Every page, for every role that can open it, visited once on a phone (390 × 844): nothing scrolls sideways,
// and axe-core finds nothing serious or critical. Colours and names are the same on a laptop; the phone is
// where layout breaks.
const PHONE = { width: 390, height: 844 };
// A role's visit costs seconds per page on a busy machine (axe on a page of 150 signals).
const PER_PAGE_MS = 45_000;

// One role after another in one worker: the leader opens the DUO report that the coordinator's visit may draft.
test.describe.configure({ mode: "default" });
test.use({ viewport: PHONE });

test("the page list holds every page of app/, and no page that is gone", () => {
  const listed = new Set([...PRODUCT_PAGES, ...PUBLIC_PAGES].flatMap((p) => (p.route ? [p.route] : [])));
  const pages = discoverPageRoutes();
  expect(pages.filter((route) => !listed.has(route) && !(route in REDIRECT_ONLY)), "pages of app/ missing from tests/e2e/page-list.ts").toEqual([]);
  expect([...listed, ...Object.keys(REDIRECT_ONLY)].filter((route) => !pages.includes(route)), "routes in tests/e2e/page-list.ts without a page").toEqual([]);
});

async function check(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page, label);
  await expectNoSeriousAccessibilityFindings(page, label);
}

test("pages without log-in", async ({ page }) => {
  test.setTimeout(PUBLIC_PAGES.length * PER_PAGE_MS);
  for (const { path } of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(page, path);
  }
});

for (const role of ROLES) {
  const pages = PRODUCT_PAGES.filter((p) => p.roles.includes(role));
  test(`${role}: every page they can open`, async ({ page, loginAs }) => {
    test.setTimeout((pages.length + 1) * PER_PAGE_MS);
    await loginAs(role);
    for (const productPage of pages) {
      const path = productPage.path ?? (await productPage.find!(page));
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await productPage.ready?.(page);
      await check(page, `${productPage.name} (${path}) als ${role}`);
    }
  });
}

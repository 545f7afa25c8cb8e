import { expect, START_PAGES, test, type DemoRole } from "./fixtures";

// Every role × every page: allowed (the page's heading) or denied (403, "Geen toegang").
const ALLOWED: Record<DemoRole, DemoRole[]> = {
  docent: ["docent"],
  mentor: ["docent", "mentor"],
  verzuim: ["verzuim", "directie"],
  directie: ["directie"],
  beheer: ["beheer"],
  ouder: ["ouder"],
};

for (const role of Object.keys(ALLOWED) as DemoRole[]) {
  test(`${role}: every page is allowed or denied as the permission table says`, async ({ page, loginAs }) => {
    await loginAs(role);
    for (const target of Object.keys(START_PAGES) as DemoRole[]) {
      const { path, heading } = START_PAGES[target];
      const response = await page.goto(path);
      if (ALLOWED[role].includes(target)) {
        expect(response?.status(), `${role} → ${path}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      } else {
        expect(response?.status(), `${role} → ${path}`).toBe(403);
        await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
      }
    }
  });
}

import { expect, test, type DemoRole } from "./fixtures";

// Every role × every page: allowed (the page's heading) or denied (403, "Geen toegang").
// The demo mentor also teaches; the demo teacher mentors no group.
const PAGES: { path: string; heading: string; allowed: DemoRole[] }[] = [
  { path: "/docent", heading: "Mijn lessen", allowed: ["docent", "mentor"] },
  { path: "/docent/lessen", heading: "Les van een collega", allowed: ["docent", "mentor", "verzuim"] },
  { path: "/mentor", heading: "Mijn klassen", allowed: ["mentor"] },
  { path: "/verzuim", heading: "Dagelijkse controle", allowed: ["verzuim"] },
  { path: "/verzuim/signalen", heading: "Signalen", allowed: ["verzuim", "directie", "mentor"] },
  { path: "/verzuim/leerling", heading: "Leerlingen", allowed: ["verzuim", "directie", "mentor"] },
  { path: "/verzuim/meldingen", heading: "DUO-meldingen", allowed: ["verzuim", "directie"] },
  { path: "/verzuim/brieven", heading: "Briefsjablonen", allowed: ["verzuim", "beheer"] },
  { path: "/directie", heading: "Overzicht aanwezigheid", allowed: ["directie", "verzuim"] },
  { path: "/beheer", heading: "Beheer", allowed: ["beheer"] },
  { path: "/ouder", heading: "Mijn kinderen", allowed: ["ouder"] },
];
const ROLES: DemoRole[] = ["docent", "mentor", "verzuim", "directie", "beheer", "ouder"];

for (const role of ROLES) {
  test(`${role}: every page is allowed or denied as the permission table says`, async ({ page, loginAs }) => {
    await loginAs(role);
    for (const { path, heading, allowed } of PAGES) {
      const response = await page.goto(path);
      if (allowed.includes(role)) {
        expect(response?.status(), `${role} → ${path}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      } else {
        expect(response?.status(), `${role} → ${path}`).toBe(403);
        await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
      }
    }
  });
}

import { randomUUID } from "node:crypto";
import type { Role } from "@/db/generated/prisma/enums";
import { PAGES, ROUTES, type SurfaceEntry } from "../authorization/surface";
import { expect, test, type DemoRole } from "./fixtures";

// The running app answers every page and API route as tests/authorization/surface.ts
// says, for every demo role and without a session. surface.ts is checked against
// the code by tests/integration/authorization-surface.test.ts, so a new page or
// route is in this matrix from the commit that adds it.
// The demo mentor also teaches; the demo teacher mentors no group.
const DEMO_ROLES: Record<DemoRole, Role[]> = {
  docent: ["TEACHER"], mentor: ["TEACHER", "MENTOR"], verzuim: ["COORDINATOR"], directie: ["LEADER"], beheer: ["ADMIN"], ouder: ["PARENT"], leerling: ["PUPIL"],
};

type Guarded = Exclude<SurfaceEntry, { public: string }> & { key: string };
const guarded = (entries: Record<string, SurfaceEntry>): Guarded[] =>
  Object.entries(entries).flatMap(([key, entry]) => ("public" in entry ? [] : [{ key, ...entry }]));
const allows = (role: DemoRole, entry: { roles: Role[] }) => DEMO_ROLES[role].some((r) => entry.roles.includes(r));
/** A path with every "[param]" filled by an id that exists nowhere: allowed roles get 404, others 403. */
const withUnknownIds = (template: string) => template.replace(/\[(?:\.\.\.)?[^\]]+\]/g, (segment) => (segment === "[format]" ? "pdf" : randomUUID()));

// Each test walks the whole surface for one role: more than one page's worth of time.
test.describe.configure({ timeout: 120_000 });

for (const role of Object.keys(DEMO_ROLES) as DemoRole[]) {
  test(`${role}: every page is allowed or denied as the surface says`, async ({ page, loginAs }) => {
    await loginAs(role);
    for (const entry of guarded(PAGES)) {
      const path = withUnknownIds(entry.key);
      const response = await page.goto(path);
      if (!allows(role, entry)) {
        expect(response?.status(), `${role} → ${path}`).toBe(403);
        await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
      } else if (entry.heading) {
        expect(response?.status(), `${role} → ${path}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: entry.heading })).toBeVisible();
      } else {
        expect(response?.status(), `${role} → ${path} (no such record)`).toBe(404);
      }
    }
  });

  test(`${role}: every API route is allowed or refused as the surface says`, async ({ page, loginAs, baseURL }) => {
    await loginAs(role);
    for (const entry of guarded(ROUTES)) {
      const [method, template] = entry.key.split(" ") as [string, string];
      const response = await page.request.fetch(withUnknownIds(template), {
        method, headers: { origin: baseURL!, "content-type": "application/json" }, data: method === "GET" ? undefined : {},
      });
      const status = response.status();
      if (allows(role, entry)) expect([400, 404], `${role} → ${entry.key}: ${status}`).toContain(status);
      else expect(status, `${role} → ${entry.key}`).toBe(403);
    }
  });
}

test("without a session every guarded page leads to the log-in page and every guarded route answers 401", async ({ page, baseURL }) => {
  for (const entry of guarded(PAGES)) {
    await page.goto(withUnknownIds(entry.key));
    await expect(page, entry.key).toHaveURL(/\/inloggen/);
  }
  for (const entry of guarded(ROUTES)) {
    const [method, template] = entry.key.split(" ") as [string, string];
    const response = await page.request.fetch(withUnknownIds(template), {
      method, headers: { origin: baseURL!, "content-type": "application/json" }, data: method === "GET" ? undefined : {},
    });
    expect(response.status(), entry.key).toBe(401);
  }
});

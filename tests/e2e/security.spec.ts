import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, enterDemoCode, expect, LANDING, test, type DemoRole } from "./fixtures";

// Issue 13 (security headers, hostile requests) and issue 14 (deep links), seen from a browser.
// Every test here also fails on a console error, and Chromium reports each CSP violation as one.

// Logging in checks a password hash (argon2) and then opens the page: give it longer than one expect.
const AFTER_LOGIN = { timeout: 20_000 };

async function fillLogin(page: Page, role: DemoRole): Promise<void> {
  await page.getByLabel("E-mailadres").fill(`${role}@baken.demo`);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test.describe("deep links", () => {
  test("a link opened while logged out leads, after logging in, to that page with its query", async ({ page, baseURL }) => {
    await page.goto("/verzuim/signalen?status=open");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fverzuim%2Fsignalen%3Fstatus%3Dopen$/);
    await fillLogin(page, "verzuim");
    // The coordinator's second step keeps the way back too (docs/decisions/116).
    await enterDemoCode(page, test.info());
    await expect(page).toHaveURL(`${baseURL}/verzuim/signalen?status=open`, AFTER_LOGIN);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a link to a page the person's roles may not open leads to their start page instead", async ({ page, baseURL }) => {
    await page.goto("/verzuim/signalen");
    await fillLogin(page, "docent");
    await expect(page).toHaveURL(`${baseURL}${LANDING.docent}`, AFTER_LOGIN);
  });

  // The parent: no second step (seven log-ins of one person within seconds, which codes that count once
  // per 30 s would make wait for minutes), and a start page that is none of the targets.
  for (const target of ["//evil.example/docent", "/\\evil.example/docent", "/%2F%2Fevil.example", "/%5Cevil.example", "https://evil.example/docent", "javascript:alert(1)", "/%09/evil.example"]) {
    test(`a log-in link with callbackUrl ${target} never leaves the site`, async ({ page, baseURL }) => {
      await page.goto(`/inloggen?callbackUrl=${encodeURIComponent(target)}`);
      await fillLogin(page, "ouder");
      await expect(page).toHaveURL(`${baseURL}${LANDING.ouder}`, AFTER_LOGIN);
    });
  }
});

test.describe("security headers", () => {
  test("every page has a content security policy with a fresh nonce, and the other headers", async ({ page, baseURL }) => {
    const first = await page.request.get("/inloggen");
    const second = await page.request.get("/inloggen");
    const policy = first.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Next.js puts the nonce on the scripts it renders.
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    const headers = first.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    // Served over http here (no https PUBLIC_URL): no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(baseURL).toMatch(/^http:/);
  });

  test("the register's page stays a prerendered static shell, allowed by hash instead of nonce", async ({ page }) => {
    const response = await page.request.get("/docent/les/0198726d-0000-7000-8000-000000000000");
    const headers = response.headers();
    expect(headers["x-nextjs-prerender"] ?? headers["x-nextjs-cache"], JSON.stringify(headers)).toBeTruthy();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    expect(headers["content-security-policy"]).not.toContain("'nonce-");
  });

  test("API answers carry their own strict policy and nosniff", async ({ page }) => {
    const response = await page.request.get("/api/lessons/0198726d-0000-7000-8000-000000000000/register");
    expect(response.status()).toBe(401);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  const PAGES: Record<DemoRole, string[]> = {
    docent: ["/docent", "/docent/lessen"],
    mentor: ["/mentor", "/docent", "/verzuim/leerling"],
    verzuim: ["/verzuim", "/verzuim/signalen", "/verzuim/leerling", "/verzuim/meldingen", "/verzuim/brieven"],
    directie: ["/directie", "/verzuim/meldingen"],
    beheer: ["/beheer"],
    ouder: ["/ouder"],
    leerling: ["/leerling"],
  };
  for (const [role, paths] of Object.entries(PAGES) as Array<[DemoRole, string[]]>) {
    test(`${role}: every page renders and runs under the policy, without a violation`, async ({ page, loginAs }) => {
      test.slow(); // several pages in one test
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await loginAs(role);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      }
      await page.goto("/bestaat-niet");
      await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
      expect(violations).toEqual([]);
    });
  }
});

test.describe("hostile requests", () => {
  test("a write from another site is refused with 403, to the API and to a server action alike", async ({ page, loginAs, baseURL }) => {
    await loginAs("verzuim");
    const api = await page.request.post("/api/lessons/0198726d-0000-7000-8000-000000000000/marks", {
      headers: { Origin: "https://evil.example" },
      data: { marks: [] },
    });
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("CROSS_ORIGIN");
    const action = await page.request.post("/verzuim/brieven", {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(action.status()).toBe(403);
    expect(await action.text()).toContain("andere website");
    // Our own origin is not refused by these checks (the made-up action is then simply not found).
    const ours = await page.request.post("/verzuim/brieven", {
      headers: { Origin: baseURL!, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(ours.status()).not.toBe(403);
  });

  test("the API refuses the wrong type with 415, too much with 413 and a NUL character with 400", async ({ page, loginAs, baseURL }) => {
    await loginAs("docent");
    const url = "/api/lessons/0198726d-0000-7000-8000-000000000000/marks";
    const wrongType = await page.request.post(url, { headers: { Origin: baseURL!, "Content-Type": "text/plain" }, data: "{}" });
    expect(wrongType.status()).toBe(415);
    const tooMuch = await page.request.post(url, { headers: { Origin: baseURL! }, data: { pad: "x".repeat(300 * 1024) } });
    expect(tooMuch.status()).toBe(413);
    const nul = await page.request.post(url, { headers: { Origin: baseURL! }, data: { marks: [{ pupilId: "a\u0000b" }] } });
    expect(nul.status()).toBe(400);
    expect((await nul.json()).error).toMatchObject({ code: "INVALID_INPUT", fields: { "marks.0.pupilId": ["Bevat een ongeldig teken."] } });
    // A page address with a NUL byte: a short Dutch page, not a server error.
    const page400 = await page.request.get("/verzuim/leerling?q=%00");
    expect(page400.status()).toBe(400);
    expect(await page400.text()).toContain("Ongeldig adres");
  });
});

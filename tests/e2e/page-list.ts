import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { DemoRole } from "./fixtures";

/**
 * Every page of the product, with the roles that can open it. The fixed addresses are those of the
 * authorization matrix (authorization-matrix.spec.ts); pages about one lesson, pupil or report find a real
 * one of the signed-in person's school first (`find`), as a person would by following a link.
 */
export type ProductPage = {
  name: string;
  /** The page of app/ this visit shows, as the authorization surface names it; none for a message page. */
  route?: string;
  roles: DemoRole[];
  path?: string;
  find?: (page: Page) => Promise<string>;
  ready?: (page: Page) => Promise<void>;
};

const UUID_PATH = (prefix: string) => new RegExp(`^${prefix}[0-9a-f-]{36}$`);

/** The address of the first link on `from` that matches `pattern`. */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

/** A DUO report of the school: an existing one, else a draft made from the last signal waiting to be reported. */
async function findReport(page: Page): Promise<string> {
  await page.goto("/verzuim/meldingen?toon=alle");
  const existing = await page.locator("main a[href^='/verzuim/meldingen/']").first().getAttribute("href", { timeout: 2_000 }).catch(() => null);
  if (existing) return existing;
  // The signals worker evaluates the demo schools just after the server starts. Not the LRV, not the first:
  // other journeys report those.
  const waiting = page.getByRole("region", { name: /Te melden/ }).getByRole("listitem").filter({ hasNotText: "Langdurig" });
  await expect(async () => {
    await page.reload();
    await expect(waiting.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await waiting.last().getByRole("button", { name: "Opstellen" }).click();
  await expect(page).toHaveURL(UUID_PATH("http://[^/]+/verzuim/meldingen/"));
  return new URL(page.url()).pathname;
}

/** A pupil's schedule page: from Beheer for the administrator, else from the pupil's case file. */
async function findSchedulePage(page: Page): Promise<string> {
  await page.goto("/beheer?leerling=a");
  if (await page.getByRole("heading", { level: 1, name: "Beheer" }).isVisible()) return firstLink(page, "/beheer?leerling=a", /^\/verzuim\/leerling\/[0-9a-f-]{36}\/rooster$/);
  const caseFile = await firstLink(page, "/verzuim/leerling", UUID_PATH("/verzuim/leerling/"));
  return firstLink(page, caseFile, /^\/verzuim\/leerling\/[0-9a-f-]{36}\/rooster$/);
}

/** A pending people import of the signed-in administrator (a preview changes nothing), as the upload form makes one. */
async function previewImport(page: Page): Promise<string> {
  await page.goto("/beheer/import/mensen");
  const file = "Docentcode;Voornaam;Achternaam\r\nPGL;Pagina;Lijst\r\n";
  const response = await page.request.post("/api/imports/people", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { kind: "staff", file: { name: "medewerkers.csv", mimeType: "text/csv", buffer: Buffer.from(file) } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { id } = (await response.json()) as { id: string };
  return `/beheer/import/mensen/${id}`;
}

const registerReady = async (page: Page) => {
  await expect(page.getByRole("list", { name: /Leerlingen van/ })).toBeVisible();
};

export const PRODUCT_PAGES: ProductPage[] = [
  { name: "mijn lessen", route: "/docent", path: "/docent", roles: ["docent", "mentor"] },
  { name: "les van een collega", route: "/docent/lessen", path: "/docent/lessen?zoek=1", roles: ["docent", "mentor", "verzuim"] },
  {
    name: "register van een eigen les", route: "/registreren", roles: ["docent", "mentor"], ready: registerReady,
    find: (page) => firstLink(page, "/docent", UUID_PATH("/docent/les/")),
  },
  {
    name: "register van een les van een collega", route: "/registreren", roles: ["verzuim"], ready: registerReady,
    find: (page) => firstLink(page, "/docent/lessen?zoek=1", UUID_PATH("/docent/les/")),
  },
  { name: "mijn klassen", route: "/mentor", path: "/mentor", roles: ["mentor"] },
  { name: "dagelijkse controle", route: "/verzuim", path: "/verzuim", roles: ["verzuim"] },
  { name: "signalen", route: "/verzuim/signalen", path: "/verzuim/signalen", roles: ["verzuim", "directie", "mentor"] },
  { name: "leerlingen", route: "/verzuim/leerling", path: "/verzuim/leerling", roles: ["verzuim", "directie", "mentor"] },
  {
    name: "dossier van een leerling", route: "/verzuim/leerling/[pupilId]", roles: ["verzuim", "directie", "mentor"],
    find: (page) => firstLink(page, "/verzuim/leerling", UUID_PATH("/verzuim/leerling/")),
  },
  { name: "DUO-meldingen", route: "/verzuim/meldingen", path: "/verzuim/meldingen", roles: ["verzuim", "directie"] },
  { name: "een DUO-melding", route: "/verzuim/meldingen/[id]", roles: ["verzuim", "directie"], find: findReport },
  { name: "verlofaanvragen", route: "/verzuim/verlof", path: "/verzuim/verlof", roles: ["verzuim", "directie"] },
  {
    name: "een verlofaanvraag", route: "/verzuim/verlof/[id]", roles: ["verzuim", "directie"],
    find: (page) => firstLink(page, "/verzuim/verlof", UUID_PATH("/verzuim/verlof/")),
  },
  {
    name: "rooster van een leerling", route: "/verzuim/leerling/[pupilId]/rooster", roles: ["verzuim", "mentor", "beheer"],
    find: findSchedulePage,
  },
  { name: "briefsjablonen", route: "/verzuim/brieven", path: "/verzuim/brieven", roles: ["verzuim", "beheer"] },
  { name: "overzicht van de directie", route: "/directie", path: "/directie", roles: ["directie", "verzuim"] },
  { name: "beheer", route: "/beheer", path: "/beheer", roles: ["beheer"] },
  { name: "logboek", route: "/beheer/logboek", path: "/beheer/logboek?soort=inzien", roles: ["beheer"] },
  { name: "mensen", route: "/beheer/mensen", path: "/beheer/mensen", roles: ["beheer"] },
  { name: "kalender", route: "/beheer/kalender", path: "/beheer/kalender", roles: ["beheer"] },
  { name: "lestijden", route: "/beheer/kalender/lestijden", path: "/beheer/kalender/lestijden", roles: ["beheer"] },
  { name: "rooster importeren", route: "/beheer/import/rooster", path: "/beheer/import/rooster", roles: ["beheer"] },
  { name: "leerlingen, ouders en medewerkers importeren", route: "/beheer/import/mensen", path: "/beheer/import/mensen", roles: ["beheer"] },
  { name: "voorbeeld van een import", route: "/beheer/import/mensen/[id]", roles: ["beheer"], find: previewImport },
  { name: "mijn account", route: "/account", path: "/account", roles: ["docent", "mentor", "verzuim", "directie", "beheer", "ouder", "leerling"] },
  // Set up (coordinator, leader, admin in the demo) and not yet set up (the others: the page shows the QR code).
  { name: "tweestapsverificatie", route: "/account/tweestapsverificatie", path: "/account/tweestapsverificatie", roles: ["docent", "mentor", "verzuim", "directie", "beheer", "ouder", "leerling"] },
  { name: "mijn kinderen", route: "/ouder", path: "/ouder", roles: ["ouder"] },
  { name: "mijn aanwezigheid (leerling)", route: "/leerling", path: "/leerling", roles: ["leerling"] },
  { name: "afwezigheid melden", route: "/ouder/melden", path: "/ouder/melden", roles: ["ouder", "leerling"] },
  { name: "verlof aanvragen", route: "/ouder/verlof", path: "/ouder/verlof", roles: ["ouder", "leerling"] },
  // Message pages, for someone signed in.
  { name: "geen toegang", path: "/beheer", roles: ["docent", "mentor", "verzuim", "directie", "ouder", "leerling"] },
  { name: "niet gevonden", path: "/bestaat-niet", roles: ["docent"] },
  { name: "niet gevonden in het aangemelde deel", path: "/verzuim/leerling/00000000-0000-4000-8000-000000000000", roles: ["verzuim"] },
];

export const ROLES: DemoRole[] = ["docent", "mentor", "verzuim", "directie", "beheer", "ouder", "leerling"];

/** Pages without anyone signed in: the log-in page, and the not-found page (also for the register's bare shell). */
export const PUBLIC_PAGES: { path: string; route?: string }[] = [{ path: "/inloggen", route: "/inloggen" }, { path: "/bestaat-niet" }, { path: "/registreren" }, { path: "/uitnodiging", route: "/uitnodiging" }];

/** Pages of app/ that show nothing of their own: they only send the visitor on. */
export const REDIRECT_ONLY: Record<string, string> = { "/": "sends to the start page of the signed-in role, or to the log-in page" };

/**
 * Every page of app/ (a folder with a page.tsx), named as the authorization surface names it: route groups
 * left out, parameters as written ("/verzuim/leerling/[pupilId]"). The list above is checked against it, so a
 * new page cannot be forgotten.
 */
export function discoverPageRoutes(appDir = path.join(process.cwd(), "app")): string[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

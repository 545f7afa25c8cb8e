import type { Page } from "@playwright/test";
import { DEMO_TWO_SCHOOL_PARENT } from "@/demo/demo-pupil-accounts";
import { DEMO_PASSWORD, expect, logIn, test } from "./fixtures";

// Issue 10's leave journeys on the demo school at phone width (390×844): a parent asks leave for today, the
// leader decides, and the register and the signals follow. The journeys run at the two demo schools and for
// children no other journey reports or marks today, so that they can run side by side.

test.use({ viewport: { width: 390, height: 844 } });

const TODAY = "2026-11-23"; // playwright.config.ts: APP_NOW

/**
 * The demo parent's two children as /ouder shows them: full name, class, and whether reported sick today
 * (the demo's first child is, and the report already holds today's lessons). Both journeys take the child
 * who is not sick, each at its own demo school.
 */
async function children(page: Page): Promise<{ name: string; className: string; sickToday: boolean }[]> {
  await page.goto("/ouder");
  const sections = page.getByRole("main").getByRole("region").filter({ hasText: /^.*Klas / });
  const found: { name: string; className: string; sickToday: boolean }[] = [];
  for (const section of await sections.all()) {
    const name = (await section.getByRole("heading", { level: 2 }).textContent())!.trim();
    const className = (await section.getByText(/^Klas /).first().textContent())?.replace(/^Klas /, "").split(",")[0]?.trim();
    if (className) found.push({ name, className, sickToday: (await section.textContent())!.includes("23 november: Ziek") });
  }
  return found;
}

async function askLeave(page: Page, child: { name: string }, reason: string): Promise<void> {
  await page.goto("/ouder/verlof");
  await expect(page.getByRole("heading", { level: 1, name: "Verlof" })).toBeVisible();
  const firstName = child.name.split(" ")[0]!;
  // A parent of one child is not asked for whom; the form names the child.
  const forWhom = page.getByLabel("Voor wie");
  if (await forWhom.count()) await forWhom.selectOption({ label: firstName });
  else await expect(page.getByRole("main")).toContainText(firstName);
  await page.getByRole("radio", { name: "Gewichtige omstandigheden" }).check();
  await expect(page.getByText(/Tot en met 10 schooldagen beslist de schoolleider/)).toBeVisible();
  await page.getByLabel("Eerste dag").fill(TODAY);
  await page.getByLabel("Laatste dag").fill(TODAY);
  await page.getByLabel("Reden").fill(reason);
  await page.getByRole("button", { name: "Verlof aanvragen" }).click();
  await expect(page.getByRole("status")).toContainText("is ontvangen");
  await expect(page.getByRole("region", { name: "Aanvragen", exact: true }).getByRole("listitem").filter({ hasText: reason })).toContainText("Aangevraagd");
}

async function decide(page: Page, reason: string, decision: "Toekennen" | "Afwijzen", note = ""): Promise<void> {
  await page.goto("/verzuim/verlof");
  await expect(page.getByRole("heading", { level: 1, name: "Verlofaanvragen" })).toBeVisible();
  await page.getByRole("region", { name: /^Open/ }).getByRole("link").filter({ hasText: reason }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verlofaanvraag");
  await expect(page.getByRole("region", { name: "De aanvraag" })).toContainText(reason);
  await expect(page.getByRole("region", { name: "Aanwezigheid dit schooljaar" })).toBeVisible();
  await page.getByRole("radio", { name: decision }).check();
  if (note) await page.getByLabel("Reden van de afwijzing").fill(note);
  await page.getByRole("button", { name: `${decision === "Toekennen" ? "Toekennen" : "Afwijzen"} en brief versturen` }).click();
  await expect(page.getByRole("status")).toContainText(decision === "Toekennen" ? "Het verlof is toegekend" : "Het verlof is afgewezen");
  await page.getByRole("link", { name: "Bekijk het besluit" }).click();
  await expect(page.getByRole("region", { name: "Besluit" })).toContainText(decision === "Toekennen" ? "Toegekend" : "Afgewezen");
}

/** The coordinator opens the second hour (the lesson running now) of a class through "Les van een collega". */
async function openSecondHour(page: Page, className: string): Promise<void> {
  await page.goto(`/docent/lessen?zoek=${encodeURIComponent(className)}`);
  await page.getByRole("article", { name: new RegExp(`^2e uur · ${className.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ·`) }).getByRole("link").first().click();
  await expect(page.getByRole("list", { name: /Leerlingen van/ })).toBeVisible();
}
const pupilRow = (page: Page, name: string) =>
  page.getByRole("list", { name: /Leerlingen van/ }).getByRole("listitem").filter({ has: page.getByRole("group", { name: `Registratie voor ${name}`, exact: true }) });

test("a parent asks leave, the leader approves it, and the register shows the pupil on leave", async ({ page, loginAs }) => {
  // The seeded request of the demo parent's child is on the parent's start page.
  await loginAs("ouder");
  await page.goto("/ouder");
  await expect(page.getByRole("region", { name: "Verlof" })).toContainText("Huwelijk van een oom");
  // The request itself by another parent of the school (the one with a child at each demo school), whose child no
  // other journey reports sick or marks today: the demo parent's children are the parent-reports journey's.
  await page.context().clearCookies();
  await logIn(page, DEMO_TWO_SCHOOL_PARENT.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/ouder$/);
  const [child] = await children(page);
  expect(child).toBeDefined();
  const reason = `Begrafenis van een oudoom in Zwolle (${Date.now()})`;
  await askLeave(page, child!, reason);

  await page.context().clearCookies();
  await loginAs("directie");
  await page.goto("/verzuim/verlof");
  await expect(page.getByRole("region", { name: /^Open/ })).toContainText("Huwelijk van een oom");
  await decide(page, reason, "Toekennen");
  await expect(page.getByRole("region", { name: "Besluit" })).toContainText("Toegekend");
  await expect(page.getByRole("link", { name: "Besluitbrief (PDF)" })).toBeVisible();

  await page.context().clearCookies();
  await loginAs("verzuim");
  await openSecondHour(page, child!.className);
  await expect(pupilRow(page, child!.name)).toContainText("Verlof");

  await page.context().clearCookies();
  await logIn(page, DEMO_TWO_SCHOOL_PARENT.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/ouder$/);
  await expect(page.getByRole("region", { name: "Verlof" }).getByRole("listitem").filter({ hasText: reason })).toContainText("Toegekend");
});

test("absence during a rejected leave is holiday without leave: the LUXURY signal and its DUO draft", async ({ page, loginAs }) => {
  await loginAs("ouder", "horizon");
  const sibling = (await children(page)).find((c) => !c.sickToday);
  expect(sibling).toBeDefined();
  const reason = `Bruiloft van een neef op Curaçao (${Date.now()})`;
  await askLeave(page, sibling!, reason);

  await page.context().clearCookies();
  await loginAs("directie", "horizon");
  await decide(page, reason, "Afwijzen", "Een bruiloft van een neef in het buitenland is geen gewichtige omstandigheid voor meerdere dagen.");
  const requestUrl = page.url();

  await page.context().clearCookies();
  await loginAs("verzuim", "horizon");
  await openSecondHour(page, sibling!.className);
  const absent = pupilRow(page, sibling!.name).getByRole("button", { name: "Afwezig" });
  await absent.click();
  await expect(absent).toHaveAttribute("aria-pressed", "true");
  // Saved on the server: the register read again still shows the mark.
  await expect(async () => {
    await page.reload();
    await expect(pupilRow(page, sibling!.name).getByRole("button", { name: "Afwezig" })).toHaveAttribute("aria-pressed", "true", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The absence becomes holiday without leave after the save, and the signals worker then finds LUXURY.
  await page.goto(requestUrl);
  const decision = page.getByRole("region", { name: "Besluit" });
  await expect(async () => {
    await page.reload();
    await expect(decision).toContainText("vastgelegd als vakantie zonder verlof", { timeout: 1_000 });
    await expect(decision).toContainText("signaal luxe verzuim", { timeout: 1_000 });
  }).toPass({ timeout: 50_000 });

  await decision.getByRole("link", { name: "het dossier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sibling!.name);
  await page.getByRole("button", { name: "Melding opstellen: Luxe verzuim" }).click();
  await expect(page).toHaveURL(/\/verzuim\/meldingen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "Gegevens uit de administratie" })).toContainText(/luxe verzuim/i);
});

test("a request the law does not allow is refused with the reason, and nothing is made", async ({ page, loginAs }) => {
  await loginAs("ouder");
  await page.goto("/ouder/verlof");
  await page.getByRole("radio", { name: "Vakantieverlof (werk van de ouders)" }).check();
  await page.getByLabel("Eerste dag").fill("2026-12-01");
  await page.getByLabel("Laatste dag").fill("2026-12-18");
  await page.getByLabel("Reden").fill("Wintersport, goedkoper buiten de vakantie");
  await page.getByRole("button", { name: "Verlof aanvragen" }).click();
  await expect(page.getByRole("alert").first()).toContainText("kan zo niet worden aangevraagd");
  await expect(page.getByText(/Vakantieverlof is hoogstens 10 schooldagen/)).toBeVisible();
  await expect(page.getByText(/minstens 8 weken van tevoren/).last()).toBeVisible();
  await expect(page.getByText(/verklaring van de werkgever toe/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Aanvragen", exact: true })).not.toContainText("Wintersport");
});

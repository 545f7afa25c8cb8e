import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, logIn, logInAs, test } from "./fixtures";

// The demo school has pupils with mandatory signals (16 hours, an open LRV), evaluated by the signals worker when the server starts.

/** The reports page once the signals are stored: the worker evaluates the demo schools just after the server starts. */
async function openReportsWithSignals(page: Page): Promise<void> {
  await page.goto("/verzuim/meldingen");
  await expect(page.getByRole("heading", { name: "DUO-meldingen", level: 1 })).toBeVisible();
  const toReport = page.getByRole("region", { name: /Te melden/ }).getByRole("listitem");
  await expect(async () => {
    await page.reload();
    await expect(toReport.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

test("the coordinator drafts, completes, exports, submits and follows a DUO report", async ({ page, loginAs, browser }) => {
  await loginAs("verzuim");
  await openReportsWithSignals(page);
  // Not the LRV: the coordinator's journey (coordinator-journey.spec.ts) reports that one.
  const first = page.getByRole("region", { name: /Te melden/ }).getByRole("listitem").filter({ hasNotText: "Langdurig" }).first();
  const pupilName = (await first.locator("p").first().innerText()).trim();
  await first.getByRole("button", { name: "Opstellen" }).click();
  await expect(page).toHaveURL(/\/verzuim\/meldingen\/[0-9a-f-]{36}$/);
  const reportUrl = page.url();
  await expect(page.getByRole("heading", { name: `Verzuimmelding ${pupilName}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Gegevens uit de administratie" })).toContainText("Vermoedelijke soort verzuim");
  // The screen shows the BSN masked (decision 111); the file for DUO below carries it in full.
  const facts = await page.getByRole("region", { name: "Gegevens uit de administratie" }).innerText();
  const lastFour = /•••••(\d{4}) \(BSN\)/.exec(facts)?.[1];
  expect(lastFour).toBeDefined();
  expect(facts).not.toMatch(/\d{9}/);
  await expect(page.getByRole("region", { name: "Verzuimspecificatie" }).getByRole("table")).toBeVisible();

  // Not ready without what only a person knows: a message per field, and the keyboard lands on the first.
  await page.getByRole("button", { name: "Klaar voor verzending" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Opgeslagen, maar nog niet klaar voor verzending" })).toBeVisible();
  await expect(page.getByText("Vul de vermoedelijke reden van het verzuim in.")).toBeVisible();
  await expect(page.getByText("Kies of de school actie van de gemeente wil.")).toBeVisible();
  await expect(page.getByLabel("Vermoedelijke reden verzuim")).toBeFocused();

  await page.getByLabel("Vermoedelijke reden verzuim").fill("Spijbelt; thuis speelt een verhuizing");
  await page.getByLabel("Door school ondernomen actie").fill("Gesprek met ouders op 16-11-2026, verzuimbrief verstuurd");
  await page.getByRole("radio", { name: "Nee" }).check();
  await page.getByLabel("Toelichting: waarom geen actie van de gemeente?").fill("Zorgtraject via het samenwerkingsverband loopt");
  await page.getByLabel("Telefoonnummer", { exact: true }).fill("033-1234567");
  await page.getByRole("button", { name: "Klaar voor verzending" }).click();
  await expect(page.getByRole("heading", { name: "Klaar voor verzending", level: 2 })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF voor het dossier" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^verzuimmelding-\d+-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", (await pdf.path())!, "-"]).toString("utf8");
  expect(text).toContain(pupilName);
  expect(text).toContain("Zorgtraject via het samenwerkingsverband loopt");
  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV: melding" }).click();
  const csvText = readFileSync((await (await csv).path())!, "utf8");
  expect(csvText).toMatch(/^\uFEFFPersoonsgebonden nummer leerling \/ deelnemer;Begindatum verzuim;/);
  expect(csvText.split("\r\n")[1]).toMatch(new RegExp(`^\\d{5}${lastFour};`));

  await page.getByRole("button", { name: "Gemeld bij DUO" }).click();
  await expect(page.getByText("DUO: Geregistreerd")).toBeVisible();
  await page.getByLabel("Nieuwe DUO-status").selectOption({ label: "Afgesloten" });
  await page.getByRole("button", { name: "Status vastleggen" }).click();
  await expect(page.getByText("Kies de reden waarom de gemeente de melding heeft afgesloten.")).toBeVisible();
  await expect(page.getByLabel("Reden melding afgesloten")).toBeFocused();
  await page.getByLabel("Reden melding afgesloten").selectOption({ label: "Terug naar school, opleiding hervat" });
  await page.getByRole("button", { name: "Status vastleggen" }).click();
  await expect(page.getByText("DUO heeft deze melding afgerond; de status verandert niet meer.")).toBeVisible();
  await expect(page.getByText("DUO: Afgesloten").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Geschiedenis" })).toContainText("Terug naar school, opleiding hervat");

  // Nothing of one school is reachable from another: the page and the file are "not found".
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await logInAs(stranger, test.info(), "verzuim", "horizon");
  await stranger.goto(reportUrl);
  await expect(stranger.getByRole("heading", { level: 1 })).not.toContainText(pupilName);
  expect((await stranger.request.get(`${reportUrl.replace("/verzuim/meldingen/", "/api/duo-reports/")}/pdf`)).status()).toBe(404);
  await other.close();
});

test("the school leader sees the reports; a teacher is refused the page and the files", async ({ page, loginAs, browser }) => {
  await loginAs("directie");
  await page.goto("/verzuim/meldingen");
  await expect(page.getByRole("heading", { name: "DUO-meldingen", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Verzuim" }).getByRole("link", { name: "DUO-meldingen" })).toHaveAttribute("aria-current", "page");

  const context = await browser.newContext();
  const teacher = await context.newPage();
  await logIn(teacher, "docent@baken.demo", DEMO_PASSWORD);
  await expect(teacher).toHaveURL(/\/docent$/);
  const response = await teacher.goto("/verzuim/meldingen");
  expect(response?.status()).toBe(403);
  expect((await teacher.request.get("/api/duo-reports/01900000-0000-7000-8000-000000000000/pdf")).status()).toBe(403);
  await context.close();
});

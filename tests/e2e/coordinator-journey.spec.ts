import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

// Issue 5's journey on the demo school: the morning check, the pupil who
// stopped coming, their LRV report from draft to DUO; a mentor's narrower view.

test("the coordinator goes from the morning check to the LRV report of the pupil who stopped coming", async ({ page, loginAs }) => {
  await loginAs("verzuim");
  await expect(page.getByRole("heading", { level: 1, name: "Dagelijkse controle" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Nabellen: afwezig zonder bekende reden" })).toBeVisible();
  await page.getByRole("navigation", { name: "Verzuim" }).getByRole("link", { name: "Signalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();

  // The signals worker evaluates the demo school just after the server starts.
  await page.getByLabel("Soort").selectOption({ label: "Langdurig relatief verzuim" });
  await page.getByRole("button", { name: "Filteren" }).click();
  const lrv = page.getByRole("listitem").filter({ hasText: "Langdurig relatief verzuim" }).first();
  await expect(async () => {
    await page.reload();
    await expect(lrv).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(lrv).toContainText("loopt nog");
  await expect(lrv).toContainText("verplichte melding");

  const pupil = (await lrv.getByRole("heading").getByRole("link").textContent())!;
  await lrv.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(pupil);
  await expect(page.getByRole("heading", { name: /^Schooljaar/ })).toBeVisible();
  await page.getByRole("button", { name: "Melding opstellen: Langdurig relatief verzuim" }).click();

  await expect(page).toHaveURL(/\/verzuim\/meldingen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(pupil);
  await expect(page.getByRole("region", { name: "Gegevens uit de administratie" })).toContainText("Langdurig relatief verzuim");
  await page.getByLabel("Vermoedelijke reden verzuim").fill("Komt sinds oktober niet meer; thuis onbereikbaar");
  await page.getByLabel("Door school ondernomen actie").fill("Huisbezoek door de mentor, gesprek met ouders, melding bij de jeugdarts");
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Telefoonnummer", { exact: true }).fill("033-7654321");
  await page.getByRole("button", { name: "Klaar voor verzending" }).click();
  await expect(page.getByRole("heading", { name: "Klaar voor verzending", level: 2 })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "JSON (administratiepakket)" }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as Record<string, unknown>;
  expect(JSON.stringify(exported)).toContain("Komt sinds oktober niet meer");

  await page.getByRole("button", { name: "Gemeld bij DUO" }).click();
  await expect(page.getByText("DUO: Geregistreerd")).toBeVisible();
});

test("a mentor's queue holds only the pupils of their own classes", async ({ page, loginAs }) => {
  await loginAs("mentor");
  await page.getByRole("link", { name: "Mijn klassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn klassen" })).toBeVisible();
  const classes = (await page.getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.replace(/^Klas (\S+).*$/, "$1"));
  expect(classes.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Signalen" }).click();
  await expect(page.getByText(/^Van de leerlingen in jouw klassen\./)).toBeVisible();
  // One line per pupil; each line holds its own list of signals.
  const cards = page.getByRole("list", { name: "Leerlingen met signalen" }).locator(":scope > li");
  await expect(async () => {
    await page.reload();
    await expect(cards.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const headings = await cards.getByRole("heading").allTextContents();
  expect(headings.length).toBeGreaterThan(0);
  for (const heading of headings) {
    expect(classes.some((name) => heading.endsWith(`· ${name}`)), heading).toBe(true);
  }
  await expect(page.getByRole("button", { name: /^Oppakken/ })).toHaveCount(0);
});

test("a teacher cannot open the queue", async ({ page, loginAs }) => {
  await loginAs("docent");
  expect((await page.goto("/verzuim/signalen"))?.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Signalen" })).toHaveCount(0);
});

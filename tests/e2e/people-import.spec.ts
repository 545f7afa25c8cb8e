import { expect, test } from "./fixtures";

// Issue 12: the administrator imports pupils from a CSV export, sees the preview with the two rows it
// cannot take (by line number), confirms, and sees the school's pupil count change. The file is made here,
// with leerlingnummers of this run, as a partial list so that the demo school's other pupils stay enrolled.

test("the administrator imports pupils: preview with two refused rows, confirm, and the count changes", async ({ page, loginAs }) => {
  await loginAs("beheer");
  const pupilsStat = page.locator("dt", { hasText: /^Leerlingen$/ }).locator("xpath=following-sibling::dd");
  const before = Number(await pupilsStat.textContent());

  await page.getByRole("link", { name: "Leerlingen, ouders en medewerkers importeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leerlingen, ouders en medewerkers importeren" })).toBeVisible();
  const run = String(Date.now()).slice(-6);
  const file = [
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;BSN;Leerjaar;Opleiding",
    `7${run}1;Imke;;Import;15-01-2013;;1;havo`,
    `7${run}2;Fout;;Datum;31-02-2013;;1;havo`,
    `7${run}3;Joël;van;Import;2013-03-04;;1;vwo`,
    `7${run}4;Fout;;Bsn;01-01-2013;123456789;1;havo`,
    `7${run}5;Noor;;Import;5-6-2013;;1;mavo`,
  ].join("\r\n");
  await page.getByLabel("Leerlingen", { exact: true }).check();
  await page.getByLabel(/Exportbestand/).setInputFiles({ name: "leerlingen.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
  await page.getByLabel("Dit is de volledige lijst").uncheck();
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeld: leerlingen importeren" })).toBeVisible();
  const refused = page.getByRole("region", { name: /Regels die niet worden overgenomen \(2\)/ });
  await expect(refused.getByRole("row")).toHaveCount(3);
  await expect(refused.getByRole("row").nth(1)).toContainText("3");
  await expect(refused.getByRole("row").nth(1)).toContainText("Geboortedatum");
  await expect(refused.getByRole("row").nth(2)).toContainText("5");
  await expect(refused.getByRole("row").nth(2)).toContainText("elfproef");
  const added = page.getByRole("region", { name: "Nieuw (3)" });
  await expect(added.getByText("Joël van Import")).toBeVisible();
  await expect(page.getByRole("region", { name: /\(0\)/ }).first()).toBeVisible();

  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toHaveText("Leerlingen geïmporteerd: 3 toegevoegd, 0 gewijzigd, 0 beëindigd, 2 regel(s) overgeslagen.");

  await page.getByRole("link", { name: "Naar Beheer" }).click();
  await expect(pupilsStat).toHaveText(String(before + 3));
});

import { expect, test } from "./fixtures";

// Not committed: screenshots of the pages of this branch for review.
const OUT = "/work/screens/accounts";

test("screens", async ({ page, browser, loginAs }) => {
  await loginAs("beheer");
  for (const [w, h, tag] of [[1280, 900, "desktop"], [390, 844, "phone"]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/beheer/mensen");
    await page.screenshot({ path: `${OUT}/beheer-mensen-${tag}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const stamp = Date.now().toString(36).toUpperCase();
  const form = page.getByRole("region", { name: "Medewerker uitnodigen" });
  await form.getByLabel("Voornaam").fill("Sam");
  await form.getByLabel("Achternaam").fill(stamp);
  await form.getByLabel("E-mailadres").fill(`sam.${stamp.toLowerCase()}@baken.demo`);
  await form.getByLabel("Afkorting (docentcode)").fill(`S${stamp.slice(-6)}`);
  await form.getByRole("checkbox", { name: "Verzuimcoördinator" }).check();
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await form.screenshot({ path: `${OUT}/beheer-mensen-invited-phone.png` });
  const link = await form.getByLabel("Link om door te geven").inputValue();
  const card = page.getByRole("listitem").first();
  await card.getByText("Wijzigen: rollen, link, deactiveren").click();
  await card.screenshot({ path: `${OUT}/beheer-mensen-card-open-phone.png` });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await form.screenshot({ path: `${OUT}/beheer-mensen-invite-error-phone.png` });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await context.newPage();
  await other.goto("/uitnodiging#onzin");
  await expect(other.getByRole("heading", { name: "Deze link werkt niet" })).toBeVisible();
  await other.screenshot({ path: `${OUT}/uitnodiging-ongeldig-phone.png`, fullPage: true });
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Welkom bij Aanwezig" })).toBeVisible();
  await other.getByLabel("Nieuw wachtwoord").fill("kort");
  await other.getByLabel("Nog een keer").fill("kort");
  await other.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(other.getByText("minstens 12", { exact: false })).toBeVisible();
  await other.screenshot({ path: `${OUT}/uitnodiging-fout-phone.png`, fullPage: true });
  await other.getByLabel("Nieuw wachtwoord").fill("zonnige ochtend op school");
  await other.getByLabel("Nog een keer").fill("zonnige ochtend op school");
  await other.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(other).toHaveURL(/tweestapsverificatie/);
  await other.screenshot({ path: `${OUT}/na-uitnodiging-tweestaps-phone.png`, fullPage: true });
  await context.close();
});

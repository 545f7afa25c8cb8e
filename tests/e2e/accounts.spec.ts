import { expect, test } from "./fixtures";

// Accounts by invitation (docs/decisions/140-invitations.md): the administrator invites a new teacher; the
// e2e server has no mail server, so the screen shows the link to pass on by hand, which is where this test
// takes it from. The teacher chooses a password and opens their start page; deactivated, their session ends.

test("the administrator invites a teacher, who chooses a password and starts; deactivated, their session ends", async ({ page, browser, loginAs }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const email = `nieuw.${stamp.toLowerCase()}@baken.demo`;
  const name = `Noor ${stamp}`;
  await loginAs("beheer");
  await page.goto("/beheer/mensen");
  await expect(page.getByRole("heading", { level: 1, name: "Mensen" })).toBeVisible();
  const form = page.getByRole("region", { name: "Medewerker uitnodigen" });
  await form.getByLabel("Voornaam").fill("Noor");
  await form.getByLabel("Achternaam").fill(stamp);
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Afkorting (docentcode)").fill(`N${stamp.slice(-6)}`);
  await expect(form.getByRole("checkbox", { name: "Docent" })).toBeChecked();
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(form.getByRole("status")).toContainText(`Uitnodiging verstuurd aan ${name}`);
  await expect(form.getByRole("status")).toContainText("geen mailserver ingesteld");
  const link = await form.getByLabel("Link om door te geven").inputValue();
  expect(link).toMatch(/\/uitnodiging#[A-Za-z0-9_-]{43}$/);

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto(link);
  await expect(teacher.getByRole("heading", { name: "Welkom bij Aanwezig" })).toBeVisible();
  expect(new URL(teacher.url()).hash).toBe(""); // the token left the address bar
  await expect(teacher.getByLabel("E-mailadres (hiermee log je in)")).toHaveValue(email);
  await teacher.getByLabel("Nieuw wachtwoord").fill("kort");
  await teacher.getByLabel("Nog een keer").fill("kort");
  await teacher.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(teacher.getByText("Kies een wachtwoord van minstens 12 tekens", { exact: false })).toBeVisible();
  await teacher.getByLabel("Nieuw wachtwoord").fill("zonnige ochtend op school");
  await teacher.getByLabel("Nog een keer").fill("zonnige ochtend op school");
  await teacher.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(teacher).toHaveURL(/\/docent$/);
  await expect(teacher.getByRole("heading", { level: 1, name: "Mijn lessen" })).toBeVisible();

  // The link worked once.
  const again = await teacherContext.newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "Deze link is al gebruikt" })).toBeVisible();
  const wrong = await teacherContext.newPage();
  await wrong.goto("/uitnodiging#onzin");
  await expect(wrong.getByRole("heading", { name: "Deze link werkt niet" })).toBeVisible();

  await page.reload();
  const card = page.getByRole("listitem").filter({ hasText: email });
  await expect(card).toContainText("Actief");
  await card.getByText("Wijzigen: rollen, link, deactiveren").click();
  await card.getByRole("button", { name: `${name} deactiveren` }).click();
  await expect(card.getByRole("status")).toContainText("is gedeactiveerd");

  await teacher.reload();
  await expect(teacher).toHaveURL(/\/inloggen/);
  await teacherContext.close();
});

import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { base32Decode } from "@/auth/mfa/base32";
import { totpCode, totpStep } from "@/auth/mfa/totp";
import { zermeloAppointment } from "@/imports/timetable/zermelo-fixture";
import { expect, test } from "./fixtures";

// Issue 12, the whole first day of a school: the platform operator creates it from the command line, its first
// administrator accepts the invitation (password, then the second step an administrator must have), invites a
// teacher, imports the pupils (two rows refused) and a Zermelo timetable (two appointments refused), and the
// teacher, after accepting their own invitation, opens their first register with the imported pupils in it.
// The e2e server has no mail server, so invitation links are taken from where a person without mail finds
// them: the command's output, and the Mensen page.

const TODAY = "2026-11-23"; // the e2e server's clock (playwright.config.ts: APP_NOW)
const PASSWORD = "eerste schooldag met zon";

/** The operator's command against the e2e server's database, as the database owner (decision 115). */
async function createSchool(args: string[]): Promise<string> {
  const password = readFileSync(path.resolve(".data/e2e/postgres/aanwezig-password"), "utf8").trim();
  const env: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: "production", PUBLIC_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
    DATABASE_URL: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_POSTGRES_PORT ?? 5434}/aanwezig`,
  };
  delete env.SMTP_URL;
  delete env.APP_DATABASE_URL;
  const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", path.resolve("scripts/school/create.ts"), ...args], { env });
  return stdout;
}

async function acceptInvitation(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Welkom bij Aanwezig" })).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
}

test("a new school: created, its administrator starts and imports pupils and a timetable, a teacher opens their first register", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36).toUpperCase();
  const brin = `${10 + (Date.now() % 90)}${run.slice(-2)}`;
  const adminEmail = `beheer.${run.toLowerCase()}@nieuw.test`;
  const teacherEmail = `docent.${run.toLowerCase()}@nieuw.test`;
  const teacherCode = `T${run.slice(-4)}`;
  const school = `Nieuwe School ${run}`;

  // The operator.
  const output = await createSchool(["--naam", school, "--brin", brin, "--plaats", "Amersfoort", "--regio", "midden", "--beheerder-naam", "Bea Beheer", "--beheerder-email", adminEmail]);
  expect(output).toContain(`School aangemaakt: ${school}`);
  expect(output).toMatch(/Schooljaar 2026-2027 staat klaar met het normale lesrooster/);
  const adminLink = /(http\S+\/uitnodiging#\S+)/.exec(output)?.[1];
  expect(adminLink, output).toBeTruthy();

  // The administrator: a password, then the second step, which an administrator must have.
  await acceptInvitation(page, adminLink!);
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  const key = await page.getByTestId("totp-secret").innerText();
  await page.getByLabel("Code uit je app").fill(totpCode(base32Decode(key), totpStep(Date.now())));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Ik heb ze bewaard, ga verder" }).click();
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expect(page.getByText(`${school} · BRIN ${brin}`)).toBeVisible();

  // A teacher is invited; the link is on screen (no mail server).
  await page.goto("/beheer/mensen");
  const invite = page.getByRole("region", { name: "Medewerker uitnodigen" });
  await invite.getByLabel("Voornaam").fill("Daan");
  await invite.getByLabel("Achternaam").fill("Docent");
  await invite.getByLabel("E-mailadres").fill(teacherEmail);
  await invite.getByLabel("Afkorting (docentcode)").fill(teacherCode);
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(invite.getByRole("status")).toContainText("Uitnodiging verstuurd aan Daan Docent");
  const teacherLink = await invite.getByLabel("Link om door te geven").inputValue();

  // The pupils, with two rows the import cannot take.
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Leerlingen, ouders en medewerkers importeren" }).click();
  const pupils = [
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Klas;Leerjaar;Opleiding",
    "5001;Sanne;;Smit;12-03-2013;1a;1;havo/vwo",
    "5002;Mehmet;;Yilmaz;30-02-2013;1a;1;havo/vwo",
    "5003;Lotte;de;Vries;01-09-2012;1a;1;havo/vwo",
    "5004;Sem;;Bakker;7-7-2013;1a;1;havo/vwo",
    "5004;Dubbel;;Nummer;01-01-2013;1a;1;havo/vwo",
    "5005;Fleur;van;Dijk;2013-05-20;1a;1;havo/vwo",
  ].join("\r\n");
  await page.getByLabel("Leerlingen", { exact: true }).check();
  await page.getByLabel(/Exportbestand/).setInputFiles({ name: "leerlingen.csv", mimeType: "text/csv", buffer: Buffer.from(pupils, "utf8") });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeld: leerlingen importeren" })).toBeVisible();
  const refused = page.getByRole("region", { name: /Regels die niet worden overgenomen \(2\)/ });
  await expect(refused.getByRole("row")).toHaveCount(3);
  await expect(refused.getByRole("row").nth(1)).toContainText("3"); // line 3: 30 February
  await expect(refused.getByRole("row").nth(2)).toContainText("6"); // line 6: 5004 a second time
  await expect(page.getByRole("region", { name: "Nieuw (4)" })).toBeVisible();
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("4 toegevoegd");

  // The timetable from Zermelo: today's second hour for 1a with the new teacher, and two appointments it cannot take.
  const file = { response: { status: 200, data: [
    zermeloAppointment({ id: 1, date: TODAY, period: 2, groups: ["1a"], teachers: [teacherCode], subjects: ["wi"], locations: ["A1.04"] }),
    zermeloAppointment({ id: 2, date: TODAY, period: 3, groups: ["1a"], teachers: [teacherCode], subjects: ["ne"], locations: ["A1.04"] }),
    zermeloAppointment({ id: 3, date: TODAY, period: 4, groups: ["9z"], teachers: [teacherCode], subjects: ["en"] }),
    zermeloAppointment({ id: 4, date: TODAY, period: 5, groups: ["1a"], teachers: ["XXX"], subjects: ["en"] }),
  ] } };
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Rooster importeren" }).click();
  await expect(page.getByLabel("Nieuw rooster geldt vanaf")).toHaveValue(TODAY);
  await page.getByLabel("Bestand", { exact: true }).setInputFiles({ name: "afspraken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview.getByRole("heading", { name: "Niet overgenomen (2)" })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "Afspraak 3:" })).toContainText("Onbekende klas ‘9z’");
  await expect(preview.getByRole("listitem").filter({ hasText: "Afspraak 4:" })).toContainText("Onbekende docent ‘XXX’");
  await preview.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(preview.getByRole("status")).toContainText("Rooster ingelezen: 2 lessen toegevoegd");

  // The teacher starts and opens their first register: the imported class, without the refused pupil.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await acceptInvitation(teacher, teacherLink);
  await expect(teacher).toHaveURL(/\/docent$/);
  await expect(teacher.getByRole("heading", { level: 1, name: "Mijn lessen" })).toBeVisible();
  await teacher.getByRole("link").filter({ hasText: "1a" }).first().click();
  const register = teacher.getByRole("list", { name: /Leerlingen van/ });
  await expect(register).toBeVisible();
  for (const name of ["Sanne Smit", "Lotte de Vries", "Sem Bakker", "Fleur van Dijk"]) await expect(register.getByText(name)).toBeVisible();
  await expect(register.getByText("Mehmet")).toHaveCount(0);
  await teacherContext.close();
});

import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { zermeloAppointment, zermeloSeconds } from "@/imports/timetable/zermelo-fixture";
import { expect, test } from "./fixtures";

// Beheer → Rooster importeren (issue 12, decisions 145–148): the administrator uploads a Zermelo export with
// a new cluster lesson for the demo teacher late today and two appointments it cannot take, sees them
// refused in the preview, confirms, and the teacher finds the new lesson among today's lessons.

async function demoFacts(): Promise<{ teacherCode: string; studentNumbers: string[] }> {
  const password = readFileSync(path.resolve(".data/e2e/postgres/aanwezig-password"), "utf8").trim();
  const client = new pg.Client({ host: "127.0.0.1", port: Number(process.env.E2E_POSTGRES_PORT ?? 5434), user: "postgres", password, database: "aanwezig" });
  await client.connect();
  try {
    const staff = await client.query<{ code: string; schoolId: string }>(
      `SELECT s."code", s."schoolId" FROM "Staff" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = 'docent@baken.demo'`);
    const pupils = await client.query<{ studentNumber: string }>(
      `SELECT "studentNumber" FROM "Pupil" WHERE "schoolId" = $1 AND "enrolledUntil" IS NULL ORDER BY "studentNumber" LIMIT 2`, [staff.rows[0]!.schoolId]);
    return { teacherCode: staff.rows[0]!.code, studentNumbers: pupils.rows.map((p) => p.studentNumber) };
  } finally {
    await client.end();
  }
}

test("the administrator imports a Zermelo timetable with two refused appointments; the teacher sees the new lesson", async ({ page, browser, loginAs }) => {
  const { teacherCode, studentNumbers } = await demoFacts();
  const cluster = `kwt-e2e-${Date.now().toString(36)}`;
  const late = (id: number, groups: string[], teachers: string[], students?: string[]) => ({
    ...zermeloAppointment({ id, date: "2026-11-23", period: 10, groups, teachers, subjects: ["wi"], locations: ["Aula"], ...(students ? { students } : {}) }),
    start: zermeloSeconds("2026-11-23", 16 * 60 + 30), end: zermeloSeconds("2026-11-23", 17 * 60 + 20),
  });
  const file = { response: { status: 200, data: [
    late(1, [cluster], [teacherCode], studentNumbers),
    late(2, ["9onbekend"], [teacherCode]),
    late(3, [cluster], ["ONBEKEND"], studentNumbers),
  ] } };

  await loginAs("beheer");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Rooster importeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rooster importeren" })).toBeVisible();
  await expect(page.getByLabel("Nieuw rooster geldt vanaf")).toHaveValue("2026-11-23");
  await page.getByLabel("Bestand", { exact: true }).setInputFiles({ name: "afspraken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();

  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview.getByRole("heading", { name: "Niet overgenomen (2)" })).toBeVisible();
  await expect(preview.getByText("Afspraak 2:")).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "Afspraak 2:" })).toContainText("Onbekende klas ‘9onbekend’");
  await expect(preview.getByRole("listitem").filter({ hasText: "Afspraak 3:" })).toContainText("Onbekende docent ‘ONBEKEND’");
  await expect(preview.getByRole("listitem").filter({ hasText: cluster })).toContainText("2 leerlingen");
  await expect(preview.getByText("Lessen toegevoegd").locator("..")).toContainText("1");

  await preview.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(preview.getByRole("status")).toContainText("Rooster ingelezen: 1 lessen toegevoegd");

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto("/inloggen");
  await teacher.getByLabel("E-mailadres").fill("docent@baken.demo");
  await teacher.getByLabel("Wachtwoord").fill("demo-wachtwoord");
  await teacher.getByRole("button", { name: "Inloggen" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Mijn lessen" })).toBeVisible();
  await expect(teacher.getByRole("link").filter({ hasText: cluster })).toBeVisible();
  await teacherContext.close();
});

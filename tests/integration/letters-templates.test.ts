import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { DEFAULT_TEMPLATES } from "@/letters/default-templates";
import { ZSaveLetterTemplateSchema } from "@/letters/schemas";
import { listLetterTemplates } from "@/letters/server/list-letter-templates";
import { saveLetterTemplate } from "@/letters/server/save-letter-template";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

async function actor(role: FactoryRole, of = school): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}

/** The editor's form as `defineFormAction` runs it. */
function save(who: Actor, input: Record<string, string>) {
  return authorize(who, { permission: "letter-templates:edit", schema: ZSaveLetterTemplateSchema, input }, saveLetterTemplate);
}
const absenceLetter = (body: string) => ({ kind: "ABSENCE_LETTER", name: "Verzuimbrief", subject: "Verzuim van {{leerling.naam}}", body });

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { pupils: 1 });
  other = await createSchoolWithLesson(db.prisma, { pupils: 1, name: "Andere school" });
});
afterAll(() => db.drop());

describe("letter templates", () => {
  it("are created from the Dutch defaults on a school's first use, once, also when two first uses meet", async () => {
    const [a, b] = await Promise.all([listLetterTemplates({ schoolId: school.schoolId }), listLetterTemplates({ schoolId: school.schoolId })]);
    expect(a.map((t) => t.kind)).toEqual(["ABSENCE_LETTER", "LATE_WARNING", "DUO_NOTIFICATION", "LEAVE_DECISION", "LEAVE_REFERRAL"]);
    expect(b).toEqual(a);
    expect(a[0]!.body).toBe(DEFAULT_TEMPLATES.ABSENCE_LETTER.body);
    expect(await prisma.letterTemplate.count({ where: { schoolId: school.schoolId } })).toBe(5);
  });

  it("refuse an unknown placeholder on save, naming it, and keep the old text", async () => {
    await listLetterTemplates({ schoolId: school.schoolId });
    const error = await save(await actor("coordinator"), absenceLetter("Beste {{ouders.naam}}, {{leerling.naam}} was {{uren}} uur afwezig.")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { body: ["Onbekende invulplek {{ouders.naam}}: kies er een uit de lijst."] } });
    const kept = await prisma.letterTemplate.findUniqueOrThrow({ where: { schoolId_kind: { schoolId: school.schoolId, kind: "ABSENCE_LETTER" } } });
    expect(kept.body).toBe(DEFAULT_TEMPLATES.ABSENCE_LETTER.body);
  });

  it("refuse a placeholder in the subject that is not closed", async () => {
    await expect(save(await actor("coordinator"), { ...absenceLetter("Beste {{ouders.namen}}, een lange genoeg tekst."), subject: "Verzuim {{leerling.naam" }))
      .rejects.toMatchObject({ fieldErrors: { subject: ["Er staat een {{ zonder }} (of andersom): schrijf een invulplek als {{leerling.naam}}."] } });
  });

  it("are saved per school: another school's template stays as it was", async () => {
    await listLetterTemplates({ schoolId: other.schoolId });
    const before = await prisma.letterTemplate.findMany({ where: { schoolId: other.schoolId }, orderBy: { kind: "asc" } });
    const admin = await actor("admin");
    await expect(save(admin, absenceLetter("Beste {{ouders.namen}},\r\n\r\n{{leerling.naam}} was {{uren}} uur afwezig."))).resolves.toBe("Het sjabloon ‘Verzuimbrief’ is opgeslagen.");
    const saved = await prisma.letterTemplate.findUniqueOrThrow({ where: { schoolId_kind: { schoolId: school.schoolId, kind: "ABSENCE_LETTER" } } });
    expect(saved).toMatchObject({ body: "Beste {{ouders.namen}},\n\n{{leerling.naam}} was {{uren}} uur afwezig.", updatedById: admin.userId });
    expect(await prisma.letterTemplate.findMany({ where: { schoolId: other.schoolId }, orderBy: { kind: "asc" } })).toEqual(before);
    expect(await prisma.auditEntry.count({ where: { action: "letter-template.update", schoolId: school.schoolId } })).toBe(1);
  });

  it("may be edited by the coordinator and the administrator only", async () => {
    for (const role of ["mentor", "leader", "teacher", "parent"] as const) {
      await expect(save(await actor(role), absenceLetter("Beste {{ouders.namen}}, een lange genoeg tekst."))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

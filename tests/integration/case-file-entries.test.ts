import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { authorize, type UseCase } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZAddAgreementSchema, ZAddConversationSchema, ZAddNoteSchema, ZAddReferralSchema } from "@/case-file/schemas";
import { addAgreement } from "@/case-file/server/add-agreement";
import { addConversation } from "@/case-file/server/add-conversation";
import { addNote } from "@/case-file/server/add-note";
import { addReferral } from "@/case-file/server/add-referral";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

process.env.APP_NOW = "2026-11-23T10:05:00+01:00";
const TODAY = "2026-11-23";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let pupil: string; // 13 years old (factory)
let otherGroupPupil: string;

async function actor(role: FactoryRole, of = school): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}

/** A form submission as `defineFormAction` runs it: permission case-file:write, the form's strings through the schema, the use case. */
function submit<S extends z.ZodType>(who: Actor, schema: S, run: UseCase<z.infer<S>, string>, input: Record<string, string>) {
  return authorize(who, { permission: "case-file:write", schema, input }, run);
}
const conversation = (who: Actor, input: Record<string, string>) =>
  submit(who, ZAddConversationSchema, addConversation, { pupilId: pupil, occurredOn: "2026-11-20", body: "Sanne vertelde over de bus.", ...input });
const agreement = (who: Actor, input: Record<string, string>) =>
  submit(who, ZAddAgreementSchema, addAgreement, { pupilId: pupil, occurredOn: "2026-11-20", title: "Plan van aanpak", body: "Elke ochtend melden bij de mentor.", followUpOn: "2026-12-04", ...input });

const written = async () => ({ entries: await prisma.caseEntry.count(), audits: await prisma.auditEntry.count() });

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 2 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  pupil = school.pupilIds[0]!;
  await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: pupil } }, data: { birthDate: d("2013-01-15") } });
  const group = await prisma.group.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, name: "3vwo-b" } });
  const p = await prisma.pupil.create({
    data: { schoolId: school.schoolId, studentNumber: "200001", firstName: "Noor", lastName: "Bakker", birthDate: d("2012-05-05"), sector: "VWO", yearLevel: 3, enrolledFrom: d("2026-08-01") },
  });
  await prisma.groupMember.create({ data: { schoolId: school.schoolId, groupId: group.id, pupilId: p.id } });
  otherGroupPupil = p.id;
});
afterAll(() => db.drop());
beforeEach(async () => {
  await prisma.caseEntry.deleteMany({});
  await prisma.auditEntry.deleteMany({});
});

describe("a conversation", () => {
  it("is stored with who took part, its author and an audit record", async () => {
    const mentor = await actor("mentor");
    await expect(conversation(mentor, { withParents: "on", withPupil: "on" })).resolves.toBe("Het gesprek staat in het dossier.");
    const [entry] = await prisma.caseEntry.findMany();
    expect(entry).toMatchObject({ kind: "CONVERSATION", title: "Waarom-gesprek", participants: "PARENTS,PUPIL", authorId: mentor.userId, pupilId: pupil, occurredOn: d("2026-11-20") });
    expect(await prisma.auditEntry.findMany({ select: { action: true, entityId: true, actorId: true } })).toEqual([
      { action: "case-entry.create", entityId: entry!.id, actorId: mentor.userId },
    ]);
  });

  it("with the pupil alone is refused under 16, with the reason, and nothing is written", async () => {
    const error = await conversation(await actor("coordinator"), { withPupil: "on" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors.participants![0]).toMatch(/is 13: tot 16 jaar voer je het gesprek ook met de ouders/);
    expect(await written()).toEqual({ entries: 0, audits: 0 });
  });

  it("with the pupil alone is allowed from the 16th birthday, counted on the day it was held", async () => {
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: pupil } }, data: { birthDate: d("2010-11-20") } });
    try {
      const coordinator = await actor("coordinator");
      await expect(conversation(coordinator, { withPupil: "on", occurredOn: "2026-11-19" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(conversation(coordinator, { withPupil: "on", occurredOn: "2026-11-20" })).resolves.toBeTruthy();
    } finally {
      await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: pupil } }, data: { birthDate: d("2013-01-15") } });
    }
  });

  it("without anyone ticked, and without a summary, gets both messages at once", async () => {
    const error = await conversation(await actor("coordinator"), { body: "   " }).catch((e: unknown) => e);
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({
      body: ["Schrijf kort op wat er besproken is."],
      participants: ["Kies met wie je het gesprek voerde: de ouders, de leerling of allebei."],
    });
  });

  it("in the future is refused", async () => {
    await expect(conversation(await actor("coordinator"), { withParents: "on", occurredOn: "2026-11-24" })).rejects.toMatchObject({
      code: "INVALID_INPUT", fieldErrors: { occurredOn: ["Deze datum ligt in de toekomst: leg vast wat al gebeurd is."] },
    });
  });
});

describe("an agreement", () => {
  it("is stored with its follow-up date", async () => {
    await expect(agreement(await actor("coordinator"), {})).resolves.toBe("De afspraak staat in het dossier; vervolg op 4 december 2026.");
    expect(await prisma.caseEntry.findFirst({ select: { kind: true, followUpOn: true } })).toEqual({ kind: "AGREEMENT", followUpOn: d("2026-12-04") });
  });

  it("with a follow-up date on or before the agreement's date is refused", async () => {
    const coordinator = await actor("coordinator");
    for (const followUpOn of ["2026-11-19", "2026-11-20"]) {
      await expect(agreement(coordinator, { followUpOn })).rejects.toMatchObject({
        code: "INVALID_INPUT", fieldErrors: { followUpOn: ["De vervolgdatum moet na de datum van de afspraak liggen."] },
      });
    }
    await expect(agreement(coordinator, { followUpOn: "2026-02-30" })).rejects.toMatchObject({ fieldErrors: { followUpOn: ["Deze datum bestaat niet; gebruik dag-maand-jaar."] } });
    expect(await written()).toEqual({ entries: 0, audits: 0 });
  });

  it("with empty text is refused", async () => {
    await expect(agreement(await actor("coordinator"), { title: " ", body: "" })).rejects.toMatchObject({
      fieldErrors: { title: ["Geef de afspraak een korte titel, bijvoorbeeld ‘Plan van aanpak’."], body: ["Schrijf op wat er is afgesproken, met wie en wie wat doet."] },
    });
  });
});

describe("a referral and a note", () => {
  it("name where the pupil was referred to; ‘Anders’ needs the name", async () => {
    const coordinator = await actor("coordinator");
    const referral = (input: Record<string, string>) =>
      submit(coordinator, ZAddReferralSchema, addReferral, { pupilId: pupil, occurredOn: "2026-11-20", body: "Vaak ziek op maandag.", ...input });
    await expect(referral({ referralTo: "JGZ" })).resolves.toBe("De verwijzing naar JGZ (jeugdarts) staat in het dossier.");
    await expect(referral({ referralTo: "OTHER" })).rejects.toMatchObject({ fieldErrors: { referralOther: ["Vul in naar wie of welke organisatie je verwijst."] } });
    await expect(referral({ referralTo: "OTHER", referralOther: "Buurtteam Oost" })).resolves.toMatch(/Buurtteam Oost/);
    await expect(referral({ referralTo: "POLITIE" })).rejects.toMatchObject({ fieldErrors: { referralTo: ["Kies waarnaar je verwijst."] } });
    expect((await prisma.caseEntry.findMany({ orderBy: { createdAt: "asc" } })).map((e) => [e.title, e.referralTo])).toEqual([
      ["Verwijzing naar JGZ (jeugdarts)", "JGZ"],
      ["Verwijzing naar Buurtteam Oost", "Buurtteam Oost"],
    ]);
  });

  it("a note with empty text is refused", async () => {
    await expect(submit(await actor("mentor"), ZAddNoteSchema, addNote, { pupilId: pupil, occurredOn: "2026-11-20", body: "\n  " })).rejects.toMatchObject({
      fieldErrors: { body: ["Schrijf de notitie op."] },
    });
  });
});

describe("who may write in a case file", () => {
  it("refuses the leader (read-only), teachers and parents, and writes nothing", async () => {
    for (const role of ["leader", "teacher", "parent", "admin"] as const) {
      await expect(conversation(await actor(role), { withParents: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await written()).toEqual({ entries: 0, audits: 0 });
  });

  it("answers NOT_FOUND for a mentor's other group and for another school, and writes nothing", async () => {
    await expect(submit(await actor("mentor"), ZAddConversationSchema, addConversation, { pupilId: otherGroupPupil, occurredOn: "2026-11-20", withParents: "on", body: "x" }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(conversation(await actor("coordinator", other), { withParents: "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await written()).toEqual({ entries: 0, audits: 0 });
  });
});

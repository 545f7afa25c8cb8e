import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { readPupilBsn } from "@/bsn/server/read-pupil-bsn";
import { prisma } from "@/db/client";
import { cancelPeopleImport } from "@/imports/people/server/cancel-people-import";
import { confirmPeopleImport } from "@/imports/people/server/confirm-people-import";
import { previewPeopleImport } from "@/imports/people/server/preview-people-import";
import { remapPeopleImport } from "@/imports/people/server/remap-people-import";
import { inviteGuardians } from "@/accounts/server/invite-guardians";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// Issue 12, "Imports": pupils, guardians and staff from the administration system's CSV exports, previewed,
// then confirmed whole or not at all, against a real database. The files are made here.

const DATE = "2026-11-23";
const NOW = new Date("2026-11-23T10:00:00Z");
let db: TestDatabase;
let smtp: SmtpSink;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let admin: Actor;

beforeAll(async () => {
  const fresh = await freshAppDatabaseWithMail();
  db = fresh;
  smtp = fresh.smtp;
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
});
afterAll(() => db.drop());

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
const PUPIL_HEADER = "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;BSN;Klas;Leerjaar;Opleiding;E-mail";

/** The school's three factory pupils (100001–100003) and two new ones; 100003 is missing: it leaves. */
function pupilFile(extra: string[] = []): Uint8Array {
  return csv([
    PUPIL_HEADER,
    "100001;Anna;;Jansen;15-01-2013;111222333;2havo-a;2;havo;anna@leerling.test",
    "100002;Bram;van;Dijk;2013-02-15;;2havo-b;2;havo;",
    "200001;Chris;de;Boer;3-4-2013;123456782;1vwo-a;1;atheneum;",
    "200002;Dewi;;Smit;01-09-2012;;2havo-b;2;havo;dewi@leerling.test",
    ...extra,
  ]);
}

async function preview(kind: "pupils" | "guardians" | "staff", bytes: Uint8Array, options: { endDate?: string } = {}) {
  return previewPeopleImport({ actor: admin, kind, fileName: `${kind}.csv`, bytes, endDate: options.endDate, now: NOW });
}

const snapshot = (schoolId: string) => Promise.all([
  prisma.pupil.findMany({ where: { schoolId }, orderBy: { studentNumber: "asc" }, omit: { bsnEncrypted: true } }),
  prisma.groupMember.findMany({ where: { schoolId }, orderBy: [{ pupilId: "asc" }, { groupId: "asc" }] }),
  prisma.group.findMany({ where: { schoolId }, orderBy: { name: "asc" } }),
  prisma.guardian.findMany({ where: { schoolId }, orderBy: { id: "asc" } }),
  prisma.pupilGuardian.findMany({ where: { schoolId }, orderBy: [{ pupilId: "asc" }, { guardianId: "asc" }] }),
  prisma.staff.findMany({ where: { schoolId }, orderBy: { code: "asc" } }),
  prisma.groupMentor.findMany({ where: { schoolId }, orderBy: [{ groupId: "asc" }, { staffId: "asc" }] }),
]);

describe("pupils", () => {
  it("previews without writing: added, changed (BSN masked), ended, and refused rows with their lines", async () => {
    const before = await snapshot(school.schoolId);
    const { id, preview: p } = await preview("pupils", pupilFile([
      "200003;Eva;;Visser;31-02-2013;;2havo-b;2;havo;",
      "200004;Fenna;;Bakker;01-01-2013;123456789;2havo-b;2;havo;",
      "200001;Chris;;Dubbel;01-01-2013;;2havo-b;2;havo;",
    ]));
    expect(p.problem).toBeNull();
    expect(p.added.map((a) => a.key)).toEqual(["200001", "200002"]);
    expect(p.ended.map((e) => e.key)).toEqual(["100003"]);
    const anna = p.changed.find((c) => c.key === "100001")!;
    expect(anna.changes).toContainEqual({ label: "BSN", from: expect.stringMatching(/^•••••\d{4}$/), to: "•••••2333" });
    expect(p.changed.find((c) => c.key === "100002")!.changes).toContainEqual({ label: "Klas", from: "2havo-a", to: "2havo-b" });
    expect(p.refused).toEqual([
      { line: 6, reason: expect.stringContaining("Geboortedatum") },
      { line: 7, reason: expect.stringContaining("elfproef") },
      { line: 8, reason: "Leerlingnummer 200001 staat al op regel 4." },
    ]);
    expect(p.notes.join(" ")).toContain("1vwo-a");
    expect(await snapshot(school.schoolId)).toEqual(before);
    await cancelPeopleImport({ actor: admin, kind: "pupils", id });
    expect(await prisma.pendingImport.count({ where: { id } })).toBe(0);
  });

  it("confirms whole: new pupils in new and existing classes, BSN encrypted, a class move, a leaver keeps their history", async () => {
    // The leaver (100003) has an internship running: it ends with their enrolment.
    const internship = await prisma.scheduleAdjustment.create({
      data: { schoolId: school.schoolId, pupilId: school.pupilIds[2]!, kind: "EXEMPTION", category: "INTERNSHIP", weekdays: [5], validFrom: new Date("2026-09-01T00:00:00Z"), reason: "Stage" },
    });
    const { id } = await preview("pupils", pupilFile(), { endDate: "2026-11-20" });
    const result = await confirmPeopleImport({ actor: admin, kind: "pupils", id, now: NOW });
    const ended = await prisma.scheduleAdjustment.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: internship.id } } });
    expect(ended.validUntil?.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(result.changed).toBeGreaterThan(0);
    const pupils = await prisma.pupil.findMany({ where: { schoolId: school.schoolId }, orderBy: { studentNumber: "asc" } });
    expect(pupils.map((p) => p.studentNumber)).toEqual(["100001", "100002", "100003", "200001", "200002"]);
    const chris = pupils.find((p) => p.studentNumber === "200001")!;
    expect(chris).toMatchObject({ firstName: "Chris", infix: "de", lastName: "Boer", sector: "VWO", yearLevel: 1 });
    expect(chris.birthDate.toISOString().slice(0, 10)).toBe("2013-04-03");
    expect(chris.bsnEncrypted).toMatch(/^v1:/);
    expect(readPupilBsn({ schoolId: school.schoolId, id: chris.id, bsnEncrypted: chris.bsnEncrypted }, "full")).toEqual({ value: "123456782" });
    expect(pupils.find((p) => p.studentNumber === "100001")!.email).toBe("anna@leerling.test");

    const leaver = pupils.find((p) => p.studentNumber === "100003")!;
    expect(leaver.enrolledUntil?.toISOString().slice(0, 10)).toBe("2026-11-20");
    const leaverMembership = await prisma.groupMember.findFirstOrThrow({ where: { schoolId: school.schoolId, pupilId: leaver.id } });
    expect(leaverMembership.validUntil?.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(await prisma.registration.count({ where: { schoolId: school.schoolId, pupilId: leaver.id } })).toBe(await prisma.registration.count({ where: { pupilId: leaver.id } }));

    const bram = pupils.find((p) => p.studentNumber === "100002")!;
    const bramGroups = await prisma.groupMember.findMany({ where: { schoolId: school.schoolId, pupilId: bram.id }, include: { group: { select: { name: true } } } });
    expect(bramGroups.map((m) => [m.group.name, m.validFrom?.toISOString().slice(0, 10) ?? null, m.validUntil?.toISOString().slice(0, 10) ?? null]).sort())
      .toEqual([["2havo-a", null, "2026-11-22"], ["2havo-b", "2026-11-23", null]]);
    expect(await prisma.group.count({ where: { schoolId: school.schoolId, name: { in: ["2havo-b", "1vwo-a"] }, kind: "CLASS" } })).toBe(2);
    expect(await prisma.pendingImport.count({ where: { id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { schoolId: school.schoolId, action: "import.pupils" } })).toBe(1);
  });

  it("the same file again: the preview says nothing changes, and confirming changes nothing", async () => {
    const before = await snapshot(school.schoolId);
    const audits = await prisma.auditEntry.count({ where: { schoolId: school.schoolId } });
    const { id, preview: p } = await preview("pupils", pupilFile(), { endDate: "2026-11-20" });
    expect({ added: p.added, changed: p.changed, ended: p.ended, refused: p.refused }).toEqual({ added: [], changed: [], ended: [], refused: [] });
    expect(p.unchanged).toBe(4);
    const result = await confirmPeopleImport({ actor: admin, kind: "pupils", id, now: NOW });
    expect(result.changed).toBe(0);
    expect(await snapshot(school.schoolId)).toEqual(before);
    expect(await prisma.auditEntry.count({ where: { schoolId: school.schoolId } })).toBe(audits);
  });

  it("a partial list (not the complete one) ends nobody", async () => {
    const { id, preview: p } = await previewPeopleImport({ actor: admin, kind: "pupils", fileName: "nieuw.csv", bytes: csv([PUPIL_HEADER, "400001;Nieuw;;Kind;01-01-2013;;2havo-b;2;havo;"]), complete: false, now: NOW });
    expect(p.added.map((a) => a.key)).toEqual(["400001"]);
    expect(p.ended).toEqual([]);
    await cancelPeopleImport({ actor: admin, kind: "pupils", id });
  });

  it("never touches another school's pupils with the same leerlingnummers", async () => {
    const others = await snapshot(other.schoolId);
    expect(others[0].map((p) => p.studentNumber)).toEqual(["100001", "100002", "100003"]);
    const { id } = await preview("pupils", pupilFile());
    await confirmPeopleImport({ actor: admin, kind: "pupils", id, now: NOW });
    expect(await snapshot(other.schoolId)).toEqual(others);
  });

  it("writes all or nothing: a write that fails halfway leaves nothing behind", async () => {
    const before = await snapshot(school.schoolId);
    const { id, preview: p } = await preview("pupils", pupilFile(["300001;Gijs;;Mulder;01-01-2013;;2havo-b;2;havo;"]));
    expect(p.added.map((a) => a.key)).toEqual(["300001"]);
    // A trigger refuses the new pupil's class membership, one of the last writes: by then the new pupil and
    // the changed one are written, and must be rolled back with it.
    await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_membership() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'test: refused'; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_membership BEFORE INSERT ON "GroupMember" FOR EACH ROW EXECUTE FUNCTION refuse_membership()`);
    try {
      await expect(confirmPeopleImport({ actor: admin, kind: "pupils", id, now: NOW })).rejects.toThrow(/refused/);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_membership ON "GroupMember"`);
    }
    expect(await snapshot(school.schoolId)).toEqual(before);
    expect(await prisma.pendingImport.count({ where: { id } })).toBe(1);
    await cancelPeopleImport({ actor: admin, kind: "pupils", id });
  });
});

describe("files and mappings", () => {
  it("refuses a spreadsheet, a file without columns, UTF-16 and an empty file with one clear message each", async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await expect(preview("pupils", xlsx)).rejects.toThrow(/Excel/);
    await expect(preview("pupils", csv(["alleen één kolom", "x"]))).rejects.toThrow(/geen CSV/);
    await expect(preview("pupils", new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).rejects.toThrow(/UTF-16/);
    const mixed = new Uint8Array([...new TextEncoder().encode("Leerlingnummer;Roepnaam\n1;Joël\n"), 0x32, 0x3b, 0x52, 0xe9, 0x6d, 0x79, 0x0a]);
    await expect(preview("pupils", mixed)).rejects.toThrow(/twee tekencoderingen door elkaar.*regel 3/);
    await expect(preview("pupils", new Uint8Array())).rejects.toThrow(/leeg/);
    await expect(preview("pupils", new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toThrow(/te groot/);
  });

  it("a required field without a column: one message and nothing else; corrected in the preview; remembered after confirming", async () => {
    const file = csv(["Nummer;Roepnaam;Achternaam;Geboren op;Studie", "100001;Anna;Jansen;15-01-2013;havo 2"]);
    const { id, preview: p } = await preview("pupils", file);
    expect(p.problem).toMatch(/Leerlingnummer, Geboortedatum/);
    expect(p.added).toEqual([]);
    expect(p.refused).toEqual([]);
    const message = await remapPeopleImport({ actor: admin, kind: "pupils", id, mapping: { studentNumber: "Nummer", firstName: "Roepnaam", lastName: "Achternaam", birthDate: "Geboren op", programme: "Studie" }, now: NOW });
    expect(message).toMatch(/bijgewerkt/);
    await confirmPeopleImport({ actor: admin, kind: "pupils", id, now: NOW });
    const mapping = await prisma.importMapping.findFirstOrThrow({ where: { schoolId: school.schoolId, kind: "pupils" } });
    expect(mapping.mapping).toMatchObject({ studentNumber: "Nummer", birthDate: "Geboren op" });
    const next = await preview("pupils", file);
    expect(next.preview.problem).toBeNull();
    await cancelPeopleImport({ actor: admin, kind: "pupils", id: next.id });
    await prisma.importMapping.deleteMany({ where: { schoolId: school.schoolId } });
  });

  it("reads a Windows-1252 file with commas", async () => {
    const text = "Leerlingnummer,Roepnaam,Achternaam,Geboortedatum,Opleiding,Leerjaar,Klas\r\n100001,Anaïs,Jansen,15-01-2013,havo,2,2havo-a\r\n";
    const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const { id, preview: p } = await preview("pupils", bytes);
    expect(p.changed.find((c) => c.key === "100001")?.changes).toContainEqual({ label: "Roepnaam", from: expect.any(String), to: "Anaïs" });
    await cancelPeopleImport({ actor: admin, kind: "pupils", id });
  });
});

describe("guardians and staff", () => {
  const GUARDIAN_HEADER = "Leerlingnummer;Naam;Relatie;Gezag;E-mail;Telefoon;Straat;Huisnummer;Postcode;Plaats";

  it("one guardian of two pupils is one Guardian; bad postcodes and unknown pupils are refused; invitations work with the imported guardians", async () => {
    const { id, preview: p } = await preview("guardians", csv([
      GUARDIAN_HEADER,
      "200001;Mieke de Boer;moeder;ja;mieke@ouder.test;0612345678;Kerkstraat;12a;3811ab;Amersfoort",
      "200002;Mieke de Boer;moeder;ja;MIEKE@ouder.test;0612345678;Kerkstraat;12a;3811 AB;Amersfoort",
      "200002;Piet Smit;vader;nee;;;Dorpsweg;3;3811 XY;Amersfoort",
      "200001;Kees de Boer;vader;ja;;;Laan;1;0123 AB;Utrecht",
      "999999;Niemand;vader;ja;;;;;;",
    ]));
    expect(p.refused).toEqual([
      { line: 5, reason: expect.stringContaining("Postcode") },
      { line: 6, reason: expect.stringContaining("Onbekende leerling") },
    ]);
    expect(p.added.map((a) => a.name)).toEqual(["Mieke de Boer", "Piet Smit"]);
    await confirmPeopleImport({ actor: admin, kind: "guardians", id, now: NOW });
    const mieke = await prisma.guardian.findMany({ where: { schoolId: school.schoolId, email: "mieke@ouder.test" }, include: { pupils: true } });
    expect(mieke).toHaveLength(1);
    expect(mieke[0]).toMatchObject({ street: "Kerkstraat 12a", postalCode: "3811 AB", city: "Amersfoort" });
    expect(mieke[0]!.pupils).toHaveLength(2);
    const piet = await prisma.pupilGuardian.findFirstOrThrow({ where: { schoolId: school.schoolId, guardian: { name: "Piet Smit" } } });
    expect(piet).toMatchObject({ relation: "vader", parentalAuthority: false });

    const again = await preview("guardians", csv([
      GUARDIAN_HEADER,
      "200001;Mieke de Boer;moeder;ja;mieke@ouder.test;0612345678;Kerkstraat;12a;3811ab;Amersfoort",
      "200002;Mieke de Boer;moeder;ja;mieke@ouder.test;0612345678;Kerkstraat;12a;3811 AB;Amersfoort",
      "200002;Piet Smit;vader;nee;;;Dorpsweg;3;3811 XY;Amersfoort",
    ]));
    expect([again.preview.added, again.preview.changed, again.preview.ended]).toEqual([[], [], []]);
    await cancelPeopleImport({ actor: admin, kind: "guardians", id: again.id });

    smtp.received.length = 0;
    const invited = await inviteGuardians({ actor: admin, origin: "http://app.test" });
    expect(JSON.stringify(invited)).toMatch(/1 ouder/);
    const guardian = await prisma.guardian.findFirstOrThrow({ where: { schoolId: school.schoolId, email: "mieke@ouder.test" } });
    expect(guardian.userId).not.toBeNull();
    expect(smtp.received.some((m) => m.raw.includes("mieke@ouder.test"))).toBe(true);
  });

  it("staff: added with mentor classes, changed, and those missing from the file become inactive", async () => {
    const { id, preview: p } = await preview("staff", csv([
      "Docentcode;Voornaam;Tussenvoegsel;Achternaam;E-mail;Functie;Mentor van",
      "VRS;Sanne;de;Vries;s.devries@school.test;docent;2havo-b",
      "XYZ;Onbekend;;Mentor;;docent;9z",
    ]));
    expect(p.refused).toEqual([{ line: 3, reason: expect.stringContaining("9z") }]);
    expect(p.added.map((a) => a.name)).toEqual(["Sanne de Vries"]);
    expect(p.ended.length).toBeGreaterThan(0);
    await confirmPeopleImport({ actor: admin, kind: "staff", id, now: NOW });
    const sanne = await prisma.staff.findFirstOrThrow({ where: { schoolId: school.schoolId, code: "VRS" }, include: { mentorOf: { include: { group: true } } } });
    expect(sanne).toMatchObject({ firstName: "Sanne", lastName: "de Vries", active: true });
    expect(sanne.mentorOf.map((m) => m.group.name)).toEqual(["2havo-b"]);
    const teacher = await prisma.staff.findFirstOrThrow({ where: { schoolId: school.schoolId, id: school.teacherStaffId } });
    expect(teacher.active).toBe(false);
    expect(await prisma.lesson.count({ where: { schoolId: school.schoolId, staffId: school.teacherStaffId } })).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilter } from "@/audit/audit-filter";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/audit/server/list-audit-entries";
import { prisma } from "@/db/client";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TZ = "Europe/Amsterdam";
let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23", pupils: 2 });
  other = await createSchoolWithLesson(db.prisma, { date: "2026-11-23", pupils: 1, name: "Andere school" });
  const [first, second] = school.pupilIds as [string, string];
  await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: first } }, data: { firstName: "Sanne", infix: null, lastName: "Visser" } });
  const entry = (s: SchoolWithLesson, at: string, action: string, pupilId: string | null, actorId: string | null) => ({
    schoolId: s.schoolId, at: new Date(at), action, entityType: "Pupil", entityId: pupilId, pupilId, actorId,
  });
  await prisma.auditEntry.createMany({
    data: [
      entry(school, "2026-11-20T08:00:00Z", "case-file.read", first, school.users.mentor.id),
      entry(school, "2026-11-23T07:30:00Z", "register.read-sensitive", first, school.users.coordinator.id),
      entry(school, "2026-11-23T23:30:00Z", "letter.create", second, school.users.coordinator.id), // Tuesday 00:30 in Amsterdam
      entry(school, "2026-11-24T09:00:00Z", "duo-report.update", null, null),
      entry(other, "2026-11-23T09:00:00Z", "case-file.read", other.pupilIds[0]!, other.users.mentor.id),
    ],
  });
});
afterAll(() => db.drop());

const list = (params: Record<string, string>) => listAuditEntries({ schoolId: school.schoolId, timeZone: TZ, filter: parseAuditFilter(params).filter });

describe("the administrator's audit log", () => {
  it("lists this school's entries newest first, with who, what and whose data", async () => {
    const { rows, next } = await list({});
    expect(rows.map((r) => [r.label, r.actorName, r.pupil?.name ?? null])).toEqual([
      ["DUO-melding bewerkt", "Aanwezig (automatisch)", null],
      ["Brief gemaakt", expect.any(String), expect.any(String)],
      ["Register met ziek of afspraak ingezien", expect.any(String), "Sanne Visser"],
      ["Dossier ingezien", expect.any(String), "Sanne Visser"],
    ]);
    expect(next).toBeNull();
  });

  it("filters by pupil, kind and school days in the school's time zone", async () => {
    expect((await list({ leerling: "sanne vis" })).rows.map((r) => r.label)).toEqual(["Register met ziek of afspraak ingezien", "Dossier ingezien"]);
    expect((await list({ soort: "inzien" })).rows.map((r) => r.kind)).toEqual(["read", "read"]);
    expect((await list({ soort: "wijzigen" })).rows.map((r) => r.label)).toEqual(["DUO-melding bewerkt", "Brief gemaakt"]);
    expect((await list({ van: "2026-11-23", tot: "2026-11-23" })).rows.map((r) => r.label)).toEqual(["Register met ziek of afspraak ingezien"]);
    expect((await list({ leerling: "niemand" })).rows).toEqual([]);
  });

  it("never shows another school's entries, also not for a pupil search that matches there", async () => {
    const otherPupil = await prisma.pupil.findFirstOrThrow({ where: { schoolId: other.schoolId } });
    expect((await list({ leerling: otherPupil.studentNumber })).rows.every((r) => r.pupil?.id !== otherPupil.id)).toBe(true);
    expect((await list({})).rows).toHaveLength(4);
  });

  it("pages through a long log with the cursor, without gaps or repeats", async () => {
    const many = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      schoolId: school.schoolId, at: new Date(Date.UTC(2026, 9, 1, 8, 0, i)), action: "case-file.read", entityType: "Pupil", pupilId: school.pupilIds[1]!,
    }));
    await prisma.auditEntry.createMany({ data: many });
    const first = await list({ soort: "inzien" });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await list({ soort: "inzien", voor: first.next! });
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5 + 2);
    expect(second.next).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import type { DemoSchoolData } from "@/demo/types";
import { ZAbsenceSpecificationSchema } from "@/duo-reports/absence-specification";
import { confirmDuoEndDate } from "@/duo-reports/server/confirm-duo-end-date";
import { createDuoDraft } from "@/duo-reports/server/create-duo-draft";
import { getDuoReport } from "@/duo-reports/server/get-duo-report";
import { listDuoReports } from "@/duo-reports/server/list-duo-reports";
import { markDuoReportReady } from "@/duo-reports/server/mark-duo-report-ready";
import { markDuoReportSubmitted } from "@/duo-reports/server/mark-duo-report-submitted";
import { recordDuoStatus } from "@/duo-reports/server/record-duo-status";
import { updateDuoReport } from "@/duo-reports/server/update-duo-report";
import { evaluatePupils } from "@/signals/server/evaluate-pupils";
import { evaluateSchool } from "@/signals/server/evaluate-school";
import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// The generated school's "today" is Monday 2026-11-23; noon in Amsterdam. Its story has a pupil who stopped coming: an open LRV.
const NOW = new Date("2026-11-23T11:00:00.000Z");
const LATER = new Date("2026-11-23T11:30:00.000Z");
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const FIELDS = {
  suspectedReason: "Komt niet meer; thuis niet bereikbaar", actionsTaken: "Huisbezoek, gesprek met ouders, zorgmelding", municipalityActionWanted: true,
  municipalityActionExplanation: null, reporterName: "Petra de Vries", reporterFunction: "verzuimcoördinator", reporterPhone: "033-4567890",
  reporterEmail: "verzuim@school.test", contactPhone: null, differentAddress: null,
};

let db: TestDatabase;
let school: DemoSchoolData;
let coordinator: Actor;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createGeneratedSchool(db.url);
  await evaluateSchool({ schoolId: school.school.id, now: NOW });
  const membership = school.memberships.find((m) => m.roles.includes("COORDINATOR"))!;
  coordinator = (await loadActor({ userId: membership.userId, schoolId: school.school.id }))!;
}, 120_000);
afterAll(() => db?.drop());

describe("an LRV report when the pupil returns", () => {
  it("links the chain, is submitted open, and asks for the end date once the signals close the LRV", async () => {
    const { id: schoolId } = school.school;
    const pupilId = school.story.stoppedPupilId;
    const signals = await db.prisma.signal.findMany({ where: { schoolId, pupilId, mandatory: true }, orderBy: { reachedOn: "asc" } });
    const lrv = signals.find((s) => s.kind === "LONG_TERM_RELATIVE")!;
    expect(lrv.endDate).toBeNull();

    // The 16-hour reports first, in order: each repeat continues the one before; the LRV continues the last.
    const chain: string[] = [];
    for (const signal of signals.filter((s) => s.kind === "RELATIVE_16H" && s.endDate! < lrv.startDate)) {
      chain.push((await createDuoDraft({ actor: coordinator, input: { signalId: signal.id }, now: NOW })).reportId);
    }
    const { reportId } = await createDuoDraft({ actor: coordinator, input: { signalId: lrv.id }, now: NOW });
    const draft = await getDuoReport({ actor: coordinator, reportId });
    expect(draft).toMatchObject({ absenceKind: "LONG_TERM_RELATIVE", endDate: null, beginDate: iso(lrv.startDate), continuesChain: false });
    expect(chain.length).toBeGreaterThan(0);
    const linked = await db.prisma.duoReport.findMany({ where: { schoolId, id: { in: chain } }, select: { id: true, previousReportId: true, signal: { select: { repeat: true } } } });
    for (const [i, id] of chain.entries()) {
      const report = linked.find((r) => r.id === id)!;
      expect(report.previousReportId).toBe(report.signal!.repeat ? chain[i - 1] : null);
    }
    expect(draft.previous?.id).toBe(chain.at(-1));
    expect(draft.specification.to).toBe("2026-11-23");
    expect(draft.specification.days.length).toBeGreaterThan(3);
    expect(draft.specification.days.every((day) => day.date >= draft.beginDate && day.date <= "2026-11-23")).toBe(true);

    await updateDuoReport({ actor: coordinator, reportId, fields: FIELDS });
    await markDuoReportReady({ actor: coordinator, input: { reportId } });
    await markDuoReportSubmitted({ actor: coordinator, input: { reportId, submittedOn: "2026-11-23" }, now: NOW });
    await recordDuoStatus({ actor: coordinator, input: { reportId, duoStatus: "IN_PROGRESS", closingReason: null, note: null } });
    const sent = await db.prisma.duoReport.findFirstOrThrow({ where: { schoolId, id: reportId }, select: { specification: true } });

    // The pupil is back: the last registered day turns out present, and the signals are evaluated again.
    const last = await db.prisma.registration.findFirstOrThrow({ where: { schoolId, pupilId, status: "ABSENT_UNEXCUSED" }, orderBy: { date: "desc" }, select: { date: true } });
    await db.prisma.registration.updateMany({ where: { schoolId, pupilId, date: last.date }, data: { status: "PRESENT" } });
    await evaluatePupils({ schoolId, pupilIds: [pupilId], now: LATER });
    const end = iso((await db.prisma.signal.findFirstOrThrow({ where: { schoolId, id: lrv.id } })).endDate);
    expect(end).not.toBeNull();
    expect(end! < iso(last.date)!).toBe(true);
    const endNl = `${end!.slice(8, 10)}-${end!.slice(5, 7)}-${end!.slice(0, 4)}`;

    const flagged = await getDuoReport({ actor: coordinator, reportId });
    expect(flagged).toMatchObject({ endDateUpdateNeeded: true, endDate: end, state: "SUBMITTED", duoStatus: "IN_PROGRESS" });
    // What was sent to DUO is kept as it was.
    expect(await db.prisma.duoReport.findFirstOrThrow({ where: { schoolId, id: reportId }, select: { specification: true } })).toEqual(sent);
    expect(flagged.events.at(-1)).toMatchObject({ toState: "END_DATE_KNOWN", byName: null, note: `Leerling is terug; einddatum ${endNl} nog doorgeven aan DUO` });
    expect(await db.prisma.auditEntry.count({ where: { schoolId, entityId: reportId, action: "duo-report.end-date-known", actorId: null } })).toBe(1);
    expect((await listDuoReports({ actor: coordinator, filter: "einddatum" })).map((r) => r.id)).toEqual([reportId]);
    // Looking again changes nothing more.
    await getDuoReport({ actor: coordinator, reportId });
    expect(await db.prisma.duoReportEvent.count({ where: { schoolId, reportId, toState: "END_DATE_KNOWN" } })).toBe(1);

    await expect(confirmDuoEndDate({ actor: coordinator, input: { reportId } })).resolves.toBe(`Vastgelegd: einddatum ${endNl} is doorgegeven aan DUO.`);
    const done = await getDuoReport({ actor: coordinator, reportId });
    expect(done).toMatchObject({ endDateUpdateNeeded: false, endDate: end });
    expect(done.events.at(-1)).toMatchObject({ toState: "END_DATE_SENT", byName: coordinator.name });
    await expect(confirmDuoEndDate({ actor: coordinator, input: { reportId } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listDuoReports({ actor: coordinator, filter: "einddatum" })).toEqual([]);
  });

  it("fills in the end date of a report not yet submitted, with the specification up to it, without asking to tell DUO", async () => {
    const { id: schoolId } = school.school;
    const pupilId = school.pupils.find((p) => p.id !== school.story.stoppedPupilId)!.id;
    const signal = await db.prisma.signal.create({
      data: {
        schoolId, pupilId, identity: "LONG_TERM_RELATIVE:test", kind: "LONG_TERM_RELATIVE", mandatory: true, startDate: new Date("2026-11-02T00:00:00Z"),
        reachedOn: new Date("2026-11-20T00:00:00Z"), evaluatedAt: NOW,
      },
    });
    const { reportId } = await createDuoDraft({ actor: coordinator, input: { signalId: signal.id }, now: NOW });
    expect((await getDuoReport({ actor: coordinator, reportId })).endDate).toBeNull();

    // What the signals' re-evaluation does when the run ends.
    await db.prisma.signal.updateMany({ where: { schoolId, id: signal.id }, data: { endDate: new Date("2026-11-13T00:00:00Z") } });
    const view = await getDuoReport({ actor: coordinator, reportId });
    expect(view).toMatchObject({ state: "DRAFT", endDate: "2026-11-13", endDateUpdateNeeded: false });
    const stored = await db.prisma.duoReport.findFirstOrThrow({ where: { schoolId, id: reportId } });
    expect(ZAbsenceSpecificationSchema.parse(stored.specification).to).toBe("2026-11-13");
    expect(view.specification.days.every((day) => day.date <= "2026-11-13")).toBe(true);
  });
});

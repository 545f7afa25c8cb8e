import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { listCaseRecords } from "@/case-file/server/list-case-records";
import type { DemoSchoolData } from "@/demo/types";
import { ZCloseSignalSchema, ZReopenSignalSchema, ZSignalActionSchema } from "@/signal-queue/schemas";
import { closeSignal } from "@/signal-queue/server/close-signal";
import { reopenSignal } from "@/signal-queue/server/reopen-signal";
import { updateSignalState } from "@/signal-queue/server/update-signal-state";
import { evaluateSchool } from "@/signals/server/evaluate-school";
import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// Closing a signal asks why, lands in the case file, survives the pipeline's re-evaluation, and can be undone.
const now = new Date("2026-11-23T11:00:00.000Z");
let db: TestDatabase;
let data: DemoSchoolData;
let coordinator: Actor;
let signalId: string;
let pupilId: string;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  data = await createGeneratedSchool(db.url);
  await evaluateSchool({ schoolId: data.school.id, now });
  const userId = data.memberships.find((m) => m.roles.includes("COORDINATOR"))!.userId;
  coordinator = (await loadActor({ userId, schoolId: data.school.id }))!;
  const lrv = await db.prisma.signal.findFirstOrThrow({ where: { schoolId: data.school.id, pupilId: data.story.stoppedPupilId, kind: "LONG_TERM_RELATIVE" } });
  signalId = lrv.id;
  pupilId = lrv.pupilId;
}, 120_000);
afterAll(() => db?.drop());

const close = (input: Record<string, unknown>, who: Actor = coordinator) => authorize(who, { permission: "signals:manage", schema: ZCloseSignalSchema, input }, closeSignal);
const reopen = (who: Actor = coordinator) => authorize(who, { permission: "signals:manage", schema: ZReopenSignalSchema, input: { signalId } }, reopenSignal);
const stored = () => db.prisma.signal.findFirstOrThrow({ where: { id: signalId }, select: { state: true, ownerId: true, closeReason: true, closeNote: true, stateBeforeClose: true } });
const entries = async () => (await listCaseRecords({ actor: coordinator, pupilId })).entries.filter((e) => e.kind === "SIGNAL_CLOSED" || e.kind === "SIGNAL_REOPENED");
const signalCount = () => db.prisma.signal.count({ where: { schoolId: data.school.id } });

describe("closing a signal", () => {
  it("refuses a close without a reason, or 'Anders' without words, in Dutch, writing nothing", async () => {
    const before = { signal: await stored(), entries: await entries(), audit: await db.prisma.auditEntry.count() };
    // The one-click close of before is gone: the only way to close is with a reason.
    await expect(authorize(coordinator, { permission: "signals:manage", schema: ZSignalActionSchema, input: { signalId, action: "close" } }, updateSignalState))
      .rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { action: ["Onbekende actie."] } });
    await expect(close({ signalId })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: ["Kies waarom je dit signaal afsluit."] } });
    await expect(close({ signalId, reason: "WEET_NIET" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: ["Kies waarom je dit signaal afsluit."] } });
    await expect(close({ signalId, reason: "OTHER", note: "  " })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { note: [expect.stringContaining("Anders")] } });
    await expect(close({ signalId, reason: "REFERRED", note: "x".repeat(501) })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { note: [expect.stringContaining("500")] } });
    expect({ signal: await stored(), entries: await entries(), audit: await db.prisma.auditEntry.count() }).toEqual(before);
  });

  it("closes with the reason, writes it to the case file, and the pipeline leaves it closed without a duplicate", async () => {
    await authorize(coordinator, { permission: "signals:manage", schema: ZSignalActionSchema, input: { signalId, action: "take" } }, updateSignalState);
    expect(await close({ signalId, reason: "REFERRED", note: "Leerplicht is ingeschakeld" })).toBe("Het signaal is afgesloten.");
    expect(await stored()).toEqual({ state: "CLOSED", ownerId: coordinator.userId, closeReason: "REFERRED", closeNote: "Leerplicht is ingeschakeld", stateBeforeClose: "IN_PROGRESS" });
    expect(await entries()).toEqual([expect.objectContaining({
      kind: "SIGNAL_CLOSED", title: "Signaal afgesloten: Langdurig relatief verzuim", body: "Reden: Doorverwezen: Leerplicht is ingeschakeld", authorId: coordinator.userId,
    })]);
    await expect(close({ signalId, reason: "REFERRED" })).rejects.toMatchObject({ code: "CONFLICT", message: "Dit signaal is al afgesloten." });

    const count = await signalCount();
    await evaluateSchool({ schoolId: data.school.id, now: new Date(now.getTime() + 3_600_000) });
    expect(await signalCount()).toBe(count);
    expect(await stored()).toMatchObject({ state: "CLOSED", closeReason: "REFERRED" });
  });

  it("undoes the close: back to its former state and owner, the undo in the case file too, and the pipeline keeps it open", async () => {
    expect(await reopen()).toBe("Het afsluiten is ongedaan gemaakt. Status: in behandeling.");
    expect(await stored()).toEqual({ state: "IN_PROGRESS", ownerId: coordinator.userId, closeReason: null, closeNote: null, stateBeforeClose: null });
    const history = await entries();
    expect(history.map((e) => e.kind).sort()).toEqual(["SIGNAL_CLOSED", "SIGNAL_REOPENED"]);
    expect(history.find((e) => e.kind === "SIGNAL_REOPENED")!.body).toBe("Het afsluiten is ongedaan gemaakt (reden was: Doorverwezen: Leerplicht is ingeschakeld). Status weer: in behandeling.");
    await expect(reopen()).rejects.toMatchObject({ code: "CONFLICT" });
    await evaluateSchool({ schoolId: data.school.id, now: new Date(now.getTime() + 7_200_000) });
    expect((await stored()).state).toBe("IN_PROGRESS");
  });

  it("refuses closing and reopening to every other role, and another school's coordinator gets not found", async () => {
    const before = await stored();
    for (const role of ["TEACHER", "MENTOR", "LEADER", "ADMIN", "PARENT"] as const) {
      const m = data.memberships.find((m) => m.roles.includes(role) && !m.roles.includes("COORDINATOR"))!;
      const who = (await loadActor({ userId: m.userId, schoolId: data.school.id }))!;
      await expect(close({ signalId, reason: "ILLNESS_CONFIRMED" }, who)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reopen(who)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createGeneratedSchool(db.url, { pupils: 30 });
    const foreign = (await loadActor({ userId: other.memberships.find((m) => m.roles.includes("COORDINATOR"))!.userId, schoolId: other.school.id }))!;
    await expect(close({ signalId, reason: "ILLNESS_CONFIRMED" }, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stored()).toEqual(before);
  }, 60_000);
});

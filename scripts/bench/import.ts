import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { schoolHolidays } from "@/calendar/school-holidays";
import { addDays } from "@/calendar/school-time";
import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { buildZermeloExport } from "@/imports/timetable/zermelo-fixture";

import { buildSchoolExports } from "./import-fixture";

/*
 * `npm run bench:import` (issue 12): a 2,000-pupil school onboarded the way an administrator does it, through
 * the same server functions the pages call: created by the operator's use case (its school year and bell
 * schedule), then its pupils, guardians and staff from CSV and a whole school year's timetable from a
 * Zermelo appointments export with cluster lessons, each previewed and then confirmed. Then one week of
 * the timetable changes (teachers swapped, lessons cancelled) and is imported again from its Monday.
 * Targets: everything confirmed in < 60 s; the changed week previewed and confirmed in < 10 s.
 * Writes bench-results/import.json { pupils, lessons, fullImportSeconds, weekReimportSeconds, peakMemoryMb, … }.
 * peakMemoryMb is the resident memory of the app's process (PostgreSQL runs beside it).
 * Options: --pupils=2000.
 */

const SEED = 20261207;
const YEAR_START = 2026;
const SUBJECTS = ["ne", "en", "wi", "gs", "ak", "bi", "na", "sk", "lo", "fa", "du", "ec", "kv", "mu"];
const TARGET_FULL_S = 60;
const TARGET_WEEK_S = 10;

function main(): void {
  if (process.argv.includes("--child")) {
    child().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const file = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", file, ...process.argv.slice(2), "--child"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}

const seconds = (ms: number) => Math.round(ms) / 1000;
const log = (line: string) => process.stdout.write(`[bench:import] ${line}\n`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function child(): Promise<void> {
  const { values: args } = parseArgs({ options: { pupils: { type: "string", default: "2000" }, child: { type: "boolean" } } });
  const pupilCount = Number(args.pupils);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 25);

  const scratch = await createScratchDirectory();
  const server = await startEmbeddedPostgres({ dataDir: path.join(scratch.path, "data"), port: 0, database: "bench", persistent: false, durability: "fast" });
  try {
    await applyMigrations({ connectionString: server.connectionString });
    process.env.DATABASE_URL = server.connectionString;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
    delete process.env.APP_DATABASE_URL;

    const { createSchool } = await import("@/accounts/server/create-school");
    const { loadActor } = await import("@/auth/load-actor");
    const { previewPeopleImport } = await import("@/imports/people/server/preview-people-import");
    const { confirmPeopleImport } = await import("@/imports/people/server/confirm-people-import");
    const { previewTimetableImport } = await import("@/imports/timetable/server/preview-timetable-import");
    const { confirmTimetableImport } = await import("@/imports/timetable/server/confirm-timetable-import");
    const { prisma, disconnectApp } = await import("@/db/client");

    const now = new Date(`${YEAR_START}-08-20T08:00:00Z`);
    const created = await createSchool({
      input: { name: "Importcollege", brin: "77IM", locationCode: "00", city: "Utrecht", region: "MIDDLE", adminName: "Beheer Bench", adminEmail: "beheer@import.bench" },
      origin: "http://localhost", now,
    });
    const actor = await loadActor({ userId: created.adminUserId, schoolId: created.schoolId });
    if (!actor) throw new Error("the administrator of the new school could not be loaded");

    const files = buildSchoolExports({ pupils: pupilCount, seed: SEED, schoolYearStart: YEAR_START });
    const encode = (text: string) => new TextEncoder().encode(text);
    const steps: { name: string; previewMs: number; confirmMs: number; detail: string }[] = [];

    for (const [kind, csv, fileName] of [["pupils", files.pupilsCsv, "leerlingen.csv"], ["guardians", files.guardiansCsv, "verzorgers.csv"], ["staff", files.staffCsv, "medewerkers.csv"]] as const) {
      const [previewed, previewMs] = await timed(() => previewPeopleImport({ actor, kind, fileName, bytes: encode(csv), now }));
      const [, confirmMs] = await timed(() => confirmPeopleImport({ actor, kind, id: previewed.id, now }));
      const { added, refused } = previewed.preview;
      steps.push({ name: kind, previewMs, confirmMs, detail: `${csv.split("\r\n").length - 2} rows: ${added.length} added, ${refused.length} refused` });
      log(`${kind}: preview ${seconds(previewMs)} s, confirm ${seconds(confirmMs)} s`);
    }

    const holidays = schoolHolidays("MIDDLE", YEAR_START);
    const skipDates: string[] = [];
    for (const h of holidays) for (let d = h.start; d <= h.end; d = addDays(d, 1)) skipDates.push(d);
    const from = `${YEAR_START}-08-01`;
    const to = `${YEAR_START + 1}-07-31`;
    const year = buildZermeloExport({ from, to, classes: files.classes, teachers: files.teachers, subjects: SUBJECTS, clusters: files.clusters, lessonsPerDay: 6, skipDates });
    const yearJson = encode(JSON.stringify(year));
    log(`timetable: ${year.response.data.length} appointments, ${Math.round(yearJson.length / 1024 / 1024)} MB of JSON`);
    const [yearPreview, yearPreviewMs] = await timed(() => previewTimetableImport({ actor, format: "zermelo", files: [{ name: "afspraken.json", bytes: yearJson }], from }));
    const [, yearConfirmMs] = await timed(() => confirmTimetableImport({ actor, id: yearPreview.id!, format: "zermelo" }));
    steps.push({ name: "timetable (year)", previewMs: yearPreviewMs, confirmMs: yearConfirmMs, detail: `${yearPreview.preview.lessons.added} lessons added, ${yearPreview.preview.problems.length} refused` });
    log(`timetable: preview ${seconds(yearPreviewMs)} s, confirm ${seconds(yearConfirmMs)} s`);
    const lessons = await prisma.lesson.count({ where: { schoolId: created.schoolId } });

    // One week changes: every fifth lesson gets another teacher, every tenth is cancelled.
    const monday = `${YEAR_START + 1}-03-08`;
    const week = buildZermeloExport({ from: monday, to: addDays(monday, 4), classes: files.classes, teachers: files.teachers, subjects: SUBJECTS, clusters: files.clusters, lessonsPerDay: 6 });
    week.response.data.forEach((a, i) => {
      if (i % 5 === 0) a.teachers = [files.teachers[(files.teachers.indexOf(a.teachers[0]!) + 1) % files.teachers.length]!];
      if (i % 10 === 0) a.cancelled = true;
    });
    const [weekPreview, weekPreviewMs] = await timed(() => previewTimetableImport({ actor, format: "zermelo", files: [{ name: "week.json", bytes: encode(JSON.stringify(week)) }], from: monday }));
    const [, weekConfirmMs] = await timed(() => confirmTimetableImport({ actor, id: weekPreview.id!, format: "zermelo" }));
    steps.push({ name: "timetable (changed week)", previewMs: weekPreviewMs, confirmMs: weekConfirmMs, detail: `${weekPreview.preview.lessons.changed} lessons changed` });
    log(`changed week: preview ${seconds(weekPreviewMs)} s, confirm ${seconds(weekConfirmMs)} s`);

    const counts = {
      pupils: await prisma.pupil.count({ where: { schoolId: created.schoolId } }),
      guardians: await prisma.guardian.count({ where: { schoolId: created.schoolId } }),
      staff: await prisma.staff.count({ where: { schoolId: created.schoolId } }),
      groups: await prisma.group.count({ where: { schoolId: created.schoolId } }),
    };
    await disconnectApp();
    clearInterval(sampler);

    const onboarding = steps.filter((s) => !s.name.includes("week"));
    const fullImportSeconds = seconds(onboarding.reduce((sum, s) => sum + s.confirmMs, 0));
    const fullWithPreviewsSeconds = seconds(onboarding.reduce((sum, s) => sum + s.previewMs + s.confirmMs, 0));
    const weekReimportSeconds = seconds(weekPreviewMs + weekConfirmMs);
    const result = {
      pupils: counts.pupils, guardians: counts.guardians, staff: counts.staff, groups: counts.groups, lessons,
      fullImportSeconds, fullWithPreviewsSeconds, weekReimportSeconds, peakMemoryMb: Math.round(peakRss / 1024 / 1024),
      targets: { fullImportSeconds: TARGET_FULL_S, weekReimportSeconds: TARGET_WEEK_S },
      steps: steps.map((s) => ({ ...s, previewMs: Math.round(s.previewMs), confirmMs: Math.round(s.confirmMs) })),
    };
    console.log("");
    console.table(result.steps);
    console.log(`onboarding confirmed in ${fullImportSeconds} s (target < ${TARGET_FULL_S} s); with the previews ${fullWithPreviewsSeconds} s`);
    console.log(`a changed week previewed and confirmed in ${weekReimportSeconds} s (target < ${TARGET_WEEK_S} s)`);
    console.log(`${counts.pupils} pupils, ${counts.guardians} guardians, ${counts.staff} staff, ${counts.groups} groups, ${lessons} lessons; peak memory ${result.peakMemoryMb} MB`);
    const out = path.resolve(import.meta.dirname, "../../bench-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "import.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    clearInterval(sampler);
    await server.stop();
    await scratch.remove();
  }
}

main();

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TDayNumber } from "../../src/rules/day-number";
import { evaluatePupilLessons } from "../../src/rules/evaluate-pupil-lessons";
import { LESSON_STATUSES, REASON } from "../../src/rules/lesson-codes";
import { prepareCalendar } from "../../src/rules/prepare-calendar";
import type { TPreparedCalendar } from "../../src/rules/prepared-calendar";
import { formatIsoDate } from "../../src/rules/format-iso-date";
import type { TRulesCalendar, TRulesLesson } from "../../src/rules/rules-input-schema";
import { generatePupilLessons, type TGeneratedPupil } from "./rules-patterns";

/*
 * `npm run bench:rules`: evaluates a whole school (a school year of lessons per
 * pupil) for 1,000, 2,000 and 4,000 pupils, each size in a fresh child process
 * so that its peak memory (max RSS) is its own. Generation is not timed (and
 * its garbage is collected before the clock starts); `seconds` is the first
 * evaluation of all pupils, JIT warm-up included; `warmSeconds` the median of
 * 5 more passes, which shows the linear growth without the fixed warm-up.
 * Writes bench-results/rules.json.
 */

const SEED = 20250314;
const SIZES = [1000, 2000, 4000];
const CALENDAR: TRulesCalendar = {
  holidays: [
    { name: "Zomervakantie 2024", start: "2024-07-13", end: "2024-08-25" },
    { name: "Herfstvakantie", start: "2024-10-19", end: "2024-10-27" },
    { name: "Kerstvakantie", start: "2024-12-21", end: "2025-01-05" },
    { name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" },
    { name: "Meivakantie", start: "2025-04-26", end: "2025-05-04" },
    { name: "Zomervakantie 2025", start: "2025-07-12", end: "2025-08-24" },
  ],
  freeDays: ["2024-10-04", "2025-02-14", "2025-06-06"],
  publicHolidays: null,
};
const RANGE = { from: "2024-08-01", to: "2025-07-31" };
const FIRST_SCHOOL_DAY = "2024-08-26";
const AS_OF = "2025-07-11";

/** The school days from the first day of the school year to asOf. */
function schoolDaysOf(prepared: TPreparedCalendar): TDayNumber[] {
  return Array.from(prepared.schoolDayOffsets, (offset) => (prepared.from + offset) as TDayNumber).filter((day) => {
    const date = formatIsoDate(day);
    return date >= FIRST_SCHOOL_DAY && date <= AS_OF;
  });
}

interface TRun {
  pupils: number;
  lessons: number;
  seconds: number;
  /** CPU time of the cold pass: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  warmSeconds: number;
  lessonsPerSecond: number;
  peakMemoryMb: number;
  form: "columns" | "objects";
  signals: Record<string, number>;
}

function asObjects(generated: TGeneratedPupil): TRulesLesson[] {
  const { lessons } = generated;
  const result: TRulesLesson[] = new Array(lessons.length);
  for (let k = 0; k < lessons.length; k++) {
    const start = lessons.startMinute[k]!;
    const end = lessons.endMinute[k]!;
    const status = LESSON_STATUSES[lessons.status[k]! - 1]!;
    const reason = lessons.reason[k] === REASON.HOLIDAY_WITHOUT_LEAVE ? "HOLIDAY_WITHOUT_LEAVE" : null;
    result[k] = {
      date: formatIsoDate(lessons.day[k] as TDayNumber),
      start: `${String(Math.floor(start / 60)).padStart(2, "0")}:${String(start % 60).padStart(2, "0")}`,
      end: `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`,
      status,
      reason,
      lateMinutes: lessons.lateMinutes[k]!,
    };
  }
  return result;
}

function child(pupils: number, form: TRun["form"]): TRun {
  const prepared = prepareCalendar(CALENDAR, RANGE);
  const schoolDays = schoolDaysOf(prepared);
  // The school days right before and after each holiday, where luxury absence happens.
  const holidayEdges = prepared.holidaySides.flatMap((side) => side.days.slice(0, 2));
  const school = Array.from({ length: pupils }, (_, index) =>
    generatePupilLessons(index, { seed: SEED, schoolDays, holidayEdges, dropoutIndex: 7 }),
  );
  const objects = form === "objects" ? school.map(asObjects) : [];

  (globalThis as { gc?: () => void }).gc?.();

  const signals: Record<string, number> = {};
  let lessons = 0;
  const evaluateSchool = (): number => {
    const started = performance.now();
    for (let n = 0; n < school.length; n++) {
      const { pupil, lessons: columns } = school[n]!;
      const output = evaluatePupilLessons(pupil, form === "objects" ? objects[n]! : columns, prepared, { asOf: AS_OF });
      lessons += columns.length;
      for (const signal of output.signals) signals[signal.kind] = (signals[signal.kind] ?? 0) + 1;
    }
    return (performance.now() - started) / 1000;
  };
  const WARM_PASSES = 5;
  const cpuBefore = process.cpuUsage();
  const seconds = evaluateSchool();
  const cpu = process.cpuUsage(cpuBefore);
  const warm = Array.from({ length: WARM_PASSES }, evaluateSchool).sort((a, b) => a - b);
  const warmSeconds = warm[Math.floor(WARM_PASSES / 2)]!;
  lessons /= WARM_PASSES + 1;
  for (const kind of Object.keys(signals)) signals[kind]! /= WARM_PASSES + 1;
  return {
    pupils,
    lessons,
    seconds: Math.round(seconds * 1000) / 1000,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
    warmSeconds: Math.round(warmSeconds * 1000) / 1000,
    lessonsPerSecond: Math.round(lessons / seconds),
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    form,
    signals,
  };
}

function runInChild(pupils: number, form: TRun["form"]): TRun {
  const file = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, file, "--child", String(pupils), form], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`child for ${pupils} pupils failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as TRun;
}

function main(): void {
  const childIndex = process.argv.indexOf("--child");
  if (childIndex >= 0) {
    const pupils = Number(process.argv[childIndex + 1]);
    const form = process.argv[childIndex + 2] === "objects" ? "objects" : "columns";
    process.stdout.write(JSON.stringify(child(pupils, form)));
    return;
  }
  const schoolDayCount = schoolDaysOf(prepareCalendar(CALENDAR, RANGE)).length;
  console.log(`rules benchmark: school year 2024/25, ${schoolDayCount} school days, asOf ${AS_OF}, seed ${SEED}`);
  console.log("pupils   lessons     eval s   lessons/s    peak MB    cpu s   warm s  form");

  const runs: TRun[] = [];
  for (const [pupils, form] of [...SIZES.map((size) => [size, "columns"] as const), [2000, "objects"] as const]) {
    const run = runInChild(pupils, form);
    runs.push(run);
    console.log(
      `${String(run.pupils).padStart(6)} ${String(run.lessons).padStart(9)} ${run.seconds.toFixed(3).padStart(10)} ${String(run.lessonsPerSecond).padStart(11)} ${String(run.peakMemoryMb).padStart(10)} ${run.cpuSeconds.toFixed(3).padStart(8)} ${run.warmSeconds.toFixed(3).padStart(8)}  ${run.form}`,
    );
  }
  const columnRuns = runs.filter((run) => run.form === "columns");
  const at = (pupils: number) => columnRuns.find((run) => run.pupils === pupils)!;
  console.log(`growth 2,000 -> 4,000 pupils: ${(at(4000).seconds / at(2000).seconds).toFixed(2)}x time (target <= 2.2x)`);
  console.log(`signals for 2,000 pupils: ${JSON.stringify(at(2000).signals)}`);

  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bench-results/rules.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const summary = runs.map((run) => ({
    pupils: run.pupils,
    lessons: run.lessons,
    seconds: run.seconds,
    lessonsPerSecond: run.lessonsPerSecond,
    peakMemoryMb: run.peakMemoryMb,
    cpuSeconds: run.cpuSeconds,
    warmSeconds: run.warmSeconds,
    form: run.form,
  }));
  writeFileSync(out, `${JSON.stringify({ runs: summary }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main();

import type { Sector } from "@/db/generated/prisma/enums";
import type { Rng } from "./random";
import type { GroupMentorRow, GroupRow, SubjectRow, TimetableEntryRow } from "./types";

export const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  ne: "Nederlands", en: "Engels", wi: "Wiskunde", lo: "Lichamelijke opvoeding", gs: "Geschiedenis", ak: "Aardrijkskunde",
  bi: "Biologie", du: "Duits", fa: "Frans", na: "Natuurkunde", sk: "Scheikunde", ec: "Economie", kv: "Kunstvakken",
  ma: "Maatschappijleer", la: "Latijn", mt: "Mentoruur", kwt: "Keuzewerktijd",
};

// Levels in the order a school fills them: more classes in the lower years.
const LEVELS: readonly { sector: Sector; year: number }[] = [1, 2, 3, 4, 5, 6].flatMap((year) =>
  (["VMBO", "HAVO", "VWO"] as const)
    .filter((sector) => (sector === "VMBO" ? year <= 4 : sector === "HAVO" ? year <= 5 : true))
    .map((sector) => ({ sector, year })),
);

/** Weekly hours per subject for a level (before fitting them to the group's number of lessons). */
function curriculum(sector: Sector, year: number): [string, number][] {
  const hours: [string, number][] = [
    ["ne", 4], ["en", 3], ["wi", 4], ["lo", year <= 3 ? 3 : 2], ["gs", 2], ["ak", 2], ["bi", 2], ["du", 2], ["kv", year <= 3 ? 2 : 1],
  ];
  if (sector !== "VMBO") hours.push(["fa", 2]);
  if (year >= 2) hours.push(["na", 2]);
  if (year >= 3 && sector !== "VMBO") hours.push(["sk", 2]);
  if (year >= 3) hours.push(["ec", 2]);
  if (year >= 4 || (sector === "VMBO" && year >= 3)) hours.push(["ma", 1]);
  if (sector === "VWO" && year <= 3) hours.push(["la", 2]);
  return hours;
}

export interface BuiltTimetable {
  groups: GroupRow[];
  subjects: SubjectRow[];
  entries: TimetableEntryRow[];
  mentors: GroupMentorRow[];
  /** Per teacher (staff id, in input order): the subject codes they teach. */
  teacherSubjects: Map<string, string[]>;
  /** Lessons that could not be placed with their own teacher and became keuzewerktijd. */
  displaced: number;
}

interface Unit {
  subject: string;
  teacherId: string;
  remaining: number;
}

/**
 * Groups, subjects and a weekly timetable in which every group has 30–34
 * lessons, every teacher teaches, and no teacher is in two places at once
 * (slot by slot, a teacher is used once). Periods per weekday: 8, Wednesday 6.
 */
export function buildTimetable(
  options: { groups: number; teacherIds: readonly string[]; schoolYearId: string; validFrom: string },
  rng: Rng,
  newId: () => string,
): BuiltTimetable {
  const { teacherIds } = options;
  const letterCount = new Map<string, number>();
  const groups: GroupRow[] = Array.from({ length: options.groups }, (_, i) => {
    // A small school still spans the years (spread over the levels); a big one doubles the lower years.
    const level = options.groups < LEVELS.length ? LEVELS[Math.floor((i * LEVELS.length) / options.groups)]! : LEVELS[i % LEVELS.length]!;
    const key = `${level.year}${level.sector}`;
    const letter = String.fromCharCode(97 + (letterCount.get(key) ?? 0));
    letterCount.set(key, (letterCount.get(key) ?? 0) + 1);
    return {
      id: newId(), schoolYearId: options.schoolYearId, name: `${level.year}${level.sector.toLowerCase()}-${letter}`,
      kind: "CLASS", sector: level.sector, yearLevel: level.year,
    };
  });
  const subjects: SubjectRow[] = Object.entries(SUBJECT_NAMES).map(([code, name]) => ({ id: newId(), code, name }));
  const subjectId = new Map(subjects.map((s) => [s.code, s.id]));

  // Each group's week: how many lessons per weekday, contiguous from period 1 (or 2).
  const slots = groups.map(() => {
    const total = rng.int(30, 34);
    const wednesday = rng.int(5, 6);
    const rest = total - wednesday;
    const perDay = [0, 1, 2, 3].map((i) => Math.floor(rest / 4) + (i < rest % 4 ? 1 : 0));
    const counts = rng.shuffle(perDay);
    const byWeekday = new Map<number, number[]>();
    [1, 2, 4, 5].forEach((weekday, i) => {
      const count = counts[i]!;
      const start = count < 8 && rng.chance(0.2) ? 2 : 1;
      byWeekday.set(weekday, Array.from({ length: count }, (_, p) => start + p));
    });
    byWeekday.set(3, Array.from({ length: wednesday }, (_, p) => p + 1));
    return { total, byWeekday };
  });

  // Subjects per group, fitted to the group's number of lessons.
  const plans = groups.map((group, g) => {
    const hours = curriculum(group.sector!, group.yearLevel!);
    const target = slots[g]!.total - 1; // one mentor hour
    let sum = hours.reduce((a, [, h]) => a + h, 0);
    while (sum > target) {
      const biggest = hours.reduce((best, h) => (h[1] > best[1] ? h : best));
      biggest[1]--;
      sum--;
    }
    if (sum < target) hours.push(["kwt", target - sum]);
    return hours;
  });

  // Teachers per subject, in proportion to the hours the subject needs.
  const demand = new Map<string, number>();
  for (const plan of plans) for (const [code, h] of plan) if (code !== "kwt") demand.set(code, (demand.get(code) ?? 0) + h);
  const bySize = [...demand.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const qualified = new Map<string, string[]>(bySize.map(([code]) => [code, []]));
  const teacherSubjects = new Map<string, string[]>(teacherIds.map((id) => [id, []]));
  if (teacherIds.length >= bySize.length) {
    const totalDemand = bySize.reduce((a, [, h]) => a + h, 0);
    const spare = teacherIds.length - bySize.length;
    const shares = bySize.map(([code, h]) => ({ code, exact: (h / totalDemand) * spare }));
    const counts = new Map(shares.map((s) => [s.code, 1 + Math.floor(s.exact)]));
    let left = teacherIds.length - [...counts.values()].reduce((a, b) => a + b, 0);
    for (const s of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
      if (left-- <= 0) break;
      counts.set(s.code, counts.get(s.code)! + 1);
    }
    let t = 0;
    for (const [code] of bySize) {
      for (let n = 0; n < counts.get(code)!; n++) {
        qualified.get(code)!.push(teacherIds[t]!);
        teacherSubjects.get(teacherIds[t++]!)!.push(code);
      }
    }
  } else {
    bySize.forEach(([code], j) => {
      const teacher = teacherIds[j % teacherIds.length]!;
      qualified.get(code)!.push(teacher);
      teacherSubjects.get(teacher)!.push(code);
    });
  }

  const load = new Map(teacherIds.map((id) => [id, 0]));
  const leastLoaded = (candidates: readonly string[]) =>
    candidates.reduce((best, id) => (load.get(id)! < load.get(best)! ? id : best), candidates[0]!);
  const units: Unit[][] = plans.map((plan) =>
    plan.map(([subject, remaining]) => {
      const teacherId = leastLoaded(subject === "kwt" ? teacherIds : qualified.get(subject)!);
      load.set(teacherId, load.get(teacherId)! + remaining);
      return { subject, teacherId, remaining };
    }),
  );

  // The mentor: the teacher with most hours in the group who mentors no other group yet.
  const mentorOf = new Set<string>();
  const mentors: GroupMentorRow[] = groups.map((group, g) => {
    const hoursBy = new Map<string, number>();
    for (const u of units[g]!) hoursBy.set(u.teacherId, (hoursBy.get(u.teacherId) ?? 0) + u.remaining);
    const ranked = [...hoursBy.entries()].sort((a, b) => b[1] - a[1]);
    const staffId = (ranked.find(([id]) => !mentorOf.has(id)) ?? ranked[0]!)[0];
    mentorOf.add(staffId);
    units[g]!.push({ subject: "mt", teacherId: staffId, remaining: 1 });
    return { groupId: group.id, staffId };
  });

  const entries: TimetableEntryRow[] = [];
  let displaced = 0;
  for (const weekday of [1, 2, 3, 4, 5]) {
    const today = groups.map(() => new Set<string>());
    for (let period = 1; period <= 8; period++) {
      const busy = new Set<string>();
      const active = rng.shuffle(groups.map((_, g) => g).filter((g) => slots[g]!.byWeekday.get(weekday)!.includes(period)));
      for (const g of active) {
        const free = units[g]!.filter((u) => u.remaining > 0 && !busy.has(u.teacherId));
        let chosen: Unit | undefined;
        let best = -1;
        for (const u of free) {
          const score = u.remaining * 10 + (today[g]!.has(u.subject) ? 0 : 100) + rng.next();
          if (score > best) [best, chosen] = [score, u];
        }
        let subject: string;
        let teacherId: string;
        if (chosen) {
          chosen.remaining--;
          ({ subject, teacherId } = chosen);
        } else {
          // Every teacher of the group is busy: a supervised study hour with a free teacher.
          displaced++;
          subject = "kwt";
          teacherId = leastLoaded(teacherIds.filter((id) => !busy.has(id)));
          load.set(teacherId, load.get(teacherId)! + 1);
        }
        busy.add(teacherId);
        today[g]!.add(subject);
        const teacherIndex = teacherIds.indexOf(teacherId);
        entries.push({
          id: newId(),
          schoolYearId: options.schoolYearId,
          groupId: groups[g]!.id,
          subjectId: subjectId.get(subject)!,
          staffId: teacherId,
          weekday,
          period,
          room: subject === "lo" ? `Gymzaal ${1 + (teacherIndex % 2)}` : `${"ABC"[Math.floor(teacherIndex / 16) % 3]}${1 + (Math.floor(teacherIndex / 8) % 2)}.${String(1 + (teacherIndex % 8)).padStart(2, "0")}`,
          validFrom: options.validFrom,
          validUntil: null,
        });
      }
    }
  }
  return { groups, subjects, entries, mentors, teacherSubjects, displaced };
}

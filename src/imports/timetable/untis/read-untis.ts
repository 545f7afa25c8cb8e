import type { ImportedClusterMember, ImportedTimetable, ImportProblem } from "../imported-timetable";
import { clusterCodes } from "./cluster-codes";
import { expandUntisLessons, type UntisExpandContext } from "./expand-untis-lessons";
import { fileProblem, rowProblem } from "./gpu-rows";
import { identifyGpuFile, type GpuKind } from "./identify-gpu-file";
import { readGpu001, type Gpu001Row } from "./read-gpu001";
import { lessonLineKey, readGpu002 } from "./read-gpu002";
import { readGpu010 } from "./read-gpu010";
import { readGpu015, type Gpu015Row } from "./read-gpu015";
import { readGpuCodeList } from "./read-gpu-code-list";

export interface UntisFile {
  name: string;
  text: string; // decoded by the caller (decodeText)
}

const KIND_NAMES: Record<GpuKind, string> = {
  timetable: "het rooster (GPU001)",
  lessons: "de lessen (GPU002)",
  classes: "de klassen (GPU003)",
  teachers: "de docenten (GPU004)",
  rooms: "de lokalen (GPU005)",
  subjects: "de vakken (GPU006)",
  students: "de leerlingen (GPU010)",
  courseAssignments: "de leerlingindeling (GPU015)",
};

/** Each file by its kind; unknown, unused and second files of a kind are problems and are left out. */
function sortFiles(files: readonly UntisFile[], problems: ImportProblem[]): Map<GpuKind, UntisFile> {
  const byKind = new Map<GpuKind, UntisFile>();
  for (const file of files) {
    const identity = identifyGpuFile(file.name, file.text);
    if (identity.kind === null) {
      problems.push(fileProblem(file.name, identity.gpuNumber === null
        ? "niet herkend als Untis-exportbestand (GPU001.TXT, GPU002.TXT, …); het is genegeerd."
        : `Untis-bestand GPU${String(identity.gpuNumber).padStart(3, "0")} wordt niet gebruikt; het is genegeerd.`));
      continue;
    }
    const earlier = byKind.get(identity.kind);
    if (earlier) {
      problems.push(fileProblem(file.name, `${KIND_NAMES[identity.kind]} staat al in ${earlier.name}; dit bestand is genegeerd.`));
      continue;
    }
    byKind.set(identity.kind, file);
  }
  return byKind;
}

/** Codes in the timetable that Untis' own lists (GPU003–GPU006, when given) do not have: once per code. */
function unknownCodeProblems(timetable: UntisFile, rows: readonly Gpu001Row[], byKind: Map<GpuKind, UntisFile>, problems: ImportProblem[]): void {
  const checks = [
    { kind: "classes", what: "klas", code: (r: Gpu001Row) => r.classCode },
    { kind: "teachers", what: "docent", code: (r: Gpu001Row) => r.teacherCode },
    { kind: "rooms", what: "lokaal", code: (r: Gpu001Row) => r.room },
    { kind: "subjects", what: "vak", code: (r: Gpu001Row) => r.subjectCode },
  ] as const;
  for (const check of checks) {
    const file = byKind.get(check.kind);
    if (!file) continue;
    const list = readGpuCodeList(file.name, file.text);
    problems.push(...list.problems);
    const reported = new Set<string>();
    for (const row of rows) {
      const code = check.code(row);
      if (code === "" || list.codes.has(code) || reported.has(code)) continue;
      reported.add(code);
      problems.push(rowProblem(timetable.name, row.line, `${check.what} "${code}" staat niet in ${file.name}; controleer of de bestanden uit dezelfde Untis-export komen.`));
    }
  }
}

/** The pupils of each course (GPU015), with their student numbers from GPU015 itself or from GPU010. */
function clusterMembers(
  file: UntisFile,
  assignments: readonly Gpu015Row[],
  options: { clusters: ReadonlyMap<string, string>; numbers: ReadonlyMap<string, string>; scheduled: ReadonlySet<string> },
  problems: ImportProblem[],
): ImportedClusterMember[] {
  const members: ImportedClusterMember[] = [];
  const seen = new Set<string>();
  for (const row of assignments) {
    const key = lessonLineKey(row.lessonNumber, row.courseCode);
    const studentNumber = row.studentNumber || options.numbers.get(row.studentName) || (/^\d+$/.test(row.studentName) ? row.studentName : "");
    if (!options.scheduled.has(key)) {
      problems.push(rowProblem(file.name, row.line, `les ${row.lessonNumber} met vak "${row.courseCode}" staat niet in het rooster; de regel is overgeslagen.`));
    } else if (studentNumber === "") {
      problems.push(rowProblem(file.name, row.line, `leerling "${row.studentName}" heeft geen leerlingnummer (veld 7, of veld 9 in GPU010.TXT); de regel is overgeslagen.`));
    } else {
      const groupCode = options.clusters.get(key)!;
      if (seen.has(`${groupCode}\u0000${studentNumber}`)) continue;
      seen.add(`${groupCode}\u0000${studentNumber}`);
      members.push({ line: row.line, groupCode, studentNumber });
    }
  }
  return members;
}

/**
 * Untis' timetable from its GPU text exports, as an `ImportedTimetable` (decisions 157 and 158).
 * GPU001 (the timetable) is required; GPU002 (lesson dates, week groups, pupil groups), GPU015 with
 * GPU010 (pupils per course, for cluster lessons) and GPU003–GPU006 (code lists, to check GPU001) are
 * used when given. Files are known by name, or when renamed by content where that is certain.
 *
 * Pure: the same files and context give the same result; nothing is written.
 *
 * @example
 * readUntisTimetable([{ name: "GPU001.TXT", text: '7;"2B";"JAN";"wi";"101";1;3;;' }], { from: "2026-09-07", to: "2026-09-13", … })
 * // → { lessons: [{ date: "2026-09-07", period: 3, groupCodes: ["2B"], teacherCodes: ["JAN"], subjectCode: "wi", … }], clusterMembers: [], problems: [] }
 */
export function readUntisTimetable(files: readonly UntisFile[], context: UntisExpandContext): ImportedTimetable {
  const problems: ImportProblem[] = [];
  const byKind = sortFiles(files, problems);
  const timetable = byKind.get("timetable");
  if (!timetable) {
    problems.unshift({ line: 0, message: "Het rooster ontbreekt: voeg GPU001.TXT toe (in Untis: Bestand › Import/Export › Export TXT-bestand, Stundenplan)." });
    return { lessons: [], clusterMembers: [], problems };
  }

  const gpu001 = readGpu001(timetable.name, timetable.text);
  problems.push(...gpu001.problems);
  unknownCodeProblems(timetable, gpu001.rows, byKind, problems);

  const lessonsFile = byKind.get("lessons");
  const gpu002 = lessonsFile ? readGpu002(lessonsFile.name, lessonsFile.text) : null;
  if (lessonsFile && gpu002) {
    problems.push(...gpu002.problems);
    const scheduled = new Set(gpu001.rows.map((r) => lessonLineKey(r.lessonNumber, r.subjectCode)));
    for (const [key, line] of gpu002.lines) {
      if (line.weekGroup === "" || !scheduled.has(key)) continue;
      problems.push(rowProblem(lessonsFile.name, line.line,
        `les ${line.lessonNumber} (${line.subjectCode}) geldt alleen in de weken van groep "${line.weekGroup}"; Aanwezig kent geen wisselweken en neemt de les elke week op.`));
    }
  }

  const assignmentsFile = byKind.get("courseAssignments");
  const gpu015 = assignmentsFile ? readGpu015(assignmentsFile.name, assignmentsFile.text) : { rows: [], problems: [] };
  problems.push(...gpu015.problems);
  const studentsFile = byKind.get("students");
  const gpu010 = studentsFile ? readGpu010(studentsFile.name, studentsFile.text) : { numbers: new Map<string, string>(), problems: [] };
  problems.push(...gpu010.problems);

  const scheduled = new Set(gpu001.rows.map((r) => lessonLineKey(r.lessonNumber, r.subjectCode)));
  const assigned = gpu015.rows.filter((r) => scheduled.has(lessonLineKey(r.lessonNumber, r.courseCode)));
  const clusters = clusterCodes(assigned, gpu001.rows, gpu002?.lines ?? null);
  const members = assignmentsFile
    ? clusterMembers(assignmentsFile, gpu015.rows, { clusters, numbers: gpu010.numbers, scheduled }, problems)
    : [];

  const expanded = expandUntisLessons(timetable.name, gpu001.rows, { clusters, lessonLines: gpu002?.lines ?? null, context });
  problems.push(...expanded.problems);
  return { lessons: expanded.lessons, clusterMembers: members, problems };
}

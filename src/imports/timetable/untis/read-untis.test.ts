import { describe, expect, it } from "vitest";
import { readUntisTimetable } from "./read-untis";
import { buildUntisFiles, type UntisFixtureLesson } from "./untis-fixture";

const hours = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => ({ number: i + 1, startMinutes: 510 + i * length, endMinutes: 510 + (i + 1) * length }));

// Two weeks of September 2026. Friday 11 is a study day, Tuesday 15 and Wednesday 16 are a (short)
// holiday, Thursday 10 is a shortened day with four 40-minute hours.
const context = {
  from: "2026-09-07",
  to: "2026-09-18",
  calendar: { holidays: [{ start: "2026-09-15", end: "2026-09-16" }], freeDays: ["2026-09-11"] },
  bellSchedules: [{ id: "normal", periods: hours(8, 50) }, { id: "short", periods: hours(4, 40) }],
  uses: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ bellScheduleId: "normal", weekday, date: null })),
    { bellScheduleId: "short", weekday: null, date: "2026-09-10" },
  ],
};

const lesson = (overrides: Partial<UntisFixtureLesson> & Pick<UntisFixtureLesson, "number" | "slots">): UntisFixtureLesson => ({
  classes: ["2B"], teacher: "JAN", subject: "wi", room: "101", ...overrides,
});

const summary = (l: { date: string; period: number | null; startMinutes: number; endMinutes: number; groupCodes: string[]; subjectCode: string }) =>
  `${l.date} uur ${l.period} ${l.startMinutes}-${l.endMinutes} ${l.subjectCode} ${l.groupCodes.join("+")}`;

describe("readUntisTimetable: the week made into dates", () => {
  it("places each lesson on school days only, with the times of that day's bell schedule", () => {
    const files = buildUntisFiles({
      lessons: [
        lesson({ number: 1, classes: ["2B", "2C"], slots: [{ day: 1, hour: 1 }, { day: 4, hour: 6 }] }),
        lesson({ number: 2, subject: "ne", teacher: "PIE", slots: [{ day: 2, hour: 2 }] }),
        lesson({ number: 3, subject: "en", classes: ["2C"], teacher: "KEE", room: "102", slots: [{ day: 4, hour: 2 }] }),
        lesson({ number: 4, subject: "gs", slots: [{ day: 5, hour: 1 }] }),
      ],
    });
    const { lessons, problems, clusterMembers } = readUntisTimetable(files, context);
    expect(problems).toEqual([]);
    expect(clusterMembers).toEqual([]);
    expect(lessons.map(summary)).toEqual([
      "2026-09-07 uur 1 510-560 wi 2B+2C",
      "2026-09-08 uur 2 560-610 ne 2B",
      // Thursday 10 is shortened: hour 2 is 40 minutes, hour 6 does not exist that day.
      "2026-09-10 uur 2 550-590 en 2C",
      "2026-09-14 uur 1 510-560 wi 2B+2C",
      "2026-09-17 uur 2 560-610 en 2C",
      "2026-09-17 uur 6 760-810 wi 2B+2C",
      "2026-09-18 uur 1 510-560 gs 2B",
    ]);
    expect(lessons[0]).toEqual({
      line: 1, sourceId: null, date: "2026-09-07", startMinutes: 510, endMinutes: 560, period: 1,
      groupCodes: ["2B", "2C"], teacherCodes: ["JAN"], subjectCode: "wi", rooms: ["101"], cancelled: false, studentNumbers: null,
    });
  });

  it("makes one lesson of the records of one lesson number, hour and subject: several teachers and rooms", () => {
    const files = buildUntisFiles({
      lessons: [
        lesson({ number: 5, subject: "lo", classes: ["3a", "3b"], teacher: "AAA", room: "G1", slots: [{ day: 3, hour: 3 }] }),
        lesson({ number: 5, subject: "lo", classes: ["3a", "3b"], teacher: "BBB", room: "G2", slots: [{ day: 3, hour: 3 }] }),
      ],
    });
    const { lessons, problems } = readUntisTimetable(files, { ...context, to: "2026-09-09" });
    expect(problems).toEqual([]);
    expect(lessons).toEqual([expect.objectContaining({
      date: "2026-09-09", groupCodes: ["3a", "3b"], teacherCodes: ["AAA", "BBB"], rooms: ["G1", "G2"], subjectCode: "lo", line: 1,
    })]);
  });

  it("keeps a lesson within the dates GPU002 gives it", () => {
    const files = buildUntisFiles({
      lessons: [lesson({ number: 1, slots: [{ day: 1, hour: 1 }], validFrom: "2026-09-14" }), lesson({ number: 2, slots: [{ day: 1, hour: 2 }], validUntil: "2026-09-13" })],
    });
    expect(readUntisTimetable(files, context).lessons.map((l) => `${l.date} ${l.period}`)).toEqual(["2026-09-07 2", "2026-09-14 1"]);
  });

  it("reads a comma-separated export exactly as a semicolon one", () => {
    const spec = { lessons: [lesson({ number: 1, classes: ["2B", "2C"], slots: [{ day: 1, hour: 1 }, { day: 4, hour: 3 }] })] };
    expect(readUntisTimetable(buildUntisFiles(spec, { delimiter: "," }), context)).toEqual(readUntisTimetable(buildUntisFiles(spec), context));
  });
});

describe("readUntisTimetable: courses and their pupils (GPU015)", () => {
  const spec = {
    lessons: [
      // A coupling of two maths courses for 4hv in the same hour.
      lesson({ number: 12, classes: ["4hv"], subject: "wi-A1", slots: [{ day: 1, hour: 3 }] }),
      lesson({ number: 12, classes: ["4hv"], subject: "wi-B1", teacher: "PIE", room: "102", slots: [{ day: 1, hour: 3 }] }),
      // A course GPU002 names a pupil group for.
      lesson({ number: 13, classes: ["4hv"], subject: "fa", teacher: "DUP", slots: [{ day: 2, hour: 1 }], studentGroup: "4hv-fa1" }),
      // F6 is the subject code of two lessons (years 8 and 9).
      lesson({ number: 20, classes: ["8a"], subject: "F6", teacher: "FOR", slots: [{ day: 3, hour: 1 }] }),
      lesson({ number: 21, classes: ["9a"], subject: "F6", teacher: "FOR", slots: [{ day: 3, hour: 2 }] }),
    ],
    students: [
      { name: "Bakker_Ann", number: "1002", classCode: "4hv" },
      { name: "Visser_Eva", number: "1005", classCode: "8a" },
    ],
    courseAssignments: [
      { student: "Jansen_Pie", lessonNumber: 12, course: "wi-A1", studentNumber: "1001" },
      { student: "4711", lessonNumber: 12, course: "wi-A1" },
      { student: "Bakker_Ann", lessonNumber: 12, course: "wi-B1" },
      { student: "Bakker_Ann", lessonNumber: 12, course: "wi-B1" },
      { student: "Smit_Bas", lessonNumber: 12, course: "wi-B1" },
      { student: "Bakker_Ann", lessonNumber: 13, course: "fa" },
      { student: "Visser_Eva", lessonNumber: 20, course: "F6" },
      { student: "Bakker_Ann", lessonNumber: 99, course: "wi-A1" },
    ],
  };

  it("gives a course lesson to its course group, and lists the group's pupils by student number", () => {
    const { lessons, clusterMembers, problems } = readUntisTimetable(buildUntisFiles(spec), { ...context, to: "2026-09-09" });
    expect(lessons.map(summary)).toEqual([
      "2026-09-07 uur 3 610-660 wi-A1 wi-A1",
      "2026-09-07 uur 3 610-660 wi-B1 wi-B1",
      "2026-09-08 uur 1 510-560 fa 4hv-fa1",
      "2026-09-09 uur 1 510-560 F6 F6-20",
      "2026-09-09 uur 2 560-610 F6 9a",
    ]);
    expect(clusterMembers).toEqual([
      { line: 1, groupCode: "wi-A1", studentNumber: "1001" },
      { line: 2, groupCode: "wi-A1", studentNumber: "4711" },
      { line: 3, groupCode: "wi-B1", studentNumber: "1002" },
      { line: 6, groupCode: "4hv-fa1", studentNumber: "1002" },
      { line: 7, groupCode: "F6-20", studentNumber: "1005" },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'GPU015.TXT regel 5: leerling "Smit_Bas" heeft geen leerlingnummer (veld 7, of veld 9 in GPU010.TXT); de regel is overgeslagen.',
      'GPU015.TXT regel 8: les 99 met vak "wi-A1" staat niet in het rooster; de regel is overgeslagen.',
    ]);
  });

  it("warns when a coupling gives the same classes several subjects at once and no GPU015 divides them", () => {
    const files = buildUntisFiles({ lessons: spec.lessons.slice(0, 2) });
    const { lessons, problems } = readUntisTimetable(files, { ...context, to: "2026-09-07" });
    expect(lessons.map((l) => l.groupCodes)).toEqual([["4hv"], ["4hv"]]);
    expect(problems).toEqual([{
      line: 1,
      message: "GPU001.TXT regel 1: les 12 is een koppeling van wi-A1, wi-B1 voor dezelfde klassen (4hv) zonder leerlingindeling in GPU015; iedere leerling van die klassen krijgt al deze lessen tegelijk. Voeg GPU015.TXT toe om de leerlingen te verdelen.",
    }]);
  });
});

describe("readUntisTimetable: files and rows it cannot take", () => {
  it("needs the timetable: one clear problem when GPU001 is missing", () => {
    const files = buildUntisFiles({ lessons: [], classes: ["2B"] }).filter((f) => f.name !== "GPU001.TXT");
    expect(readUntisTimetable(files, context)).toEqual({
      lessons: [],
      clusterMembers: [],
      problems: [{ line: 0, message: "Het rooster ontbreekt: voeg GPU001.TXT toe (in Untis: Bestand › Import/Export › Export TXT-bestand, Stundenplan)." }],
    });
  });

  it("ignores unknown, unused and second files, saying so, and finds a renamed timetable by its content", () => {
    const [gpu001] = buildUntisFiles({ lessons: [lesson({ number: 1, slots: [{ day: 1, hour: 1 }] })] });
    const { lessons, problems } = readUntisTimetable([
      { name: "rooster week 37.txt", text: gpu001!.text },
      { name: "GPU001.TXT", text: gpu001!.text },
      { name: "GPU014.TXT", text: '"x";1' },
      { name: "notities.txt", text: "melk;brood" },
    ], { ...context, to: "2026-09-07" });
    expect(lessons).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [0, "GPU001.TXT: het rooster (GPU001) staat al in rooster week 37.txt; dit bestand is genegeerd."],
      [0, "GPU014.TXT: Untis-bestand GPU014 wordt niet gebruikt; het is genegeerd."],
      [0, "notities.txt: niet herkend als Untis-exportbestand (GPU001.TXT, GPU002.TXT, …); het is genegeerd."],
    ]);
  });

  it("refuses an hour the bell schedule does not have and a lesson without class, each with its line", () => {
    const files = buildUntisFiles({
      lessons: [
        lesson({ number: 1, slots: [{ day: 1, hour: 1 }, { day: 1, hour: 9 }] }),
        lesson({ number: 2, classes: [""], subject: "overleg", slots: [{ day: 2, hour: 1 }] }),
      ],
    });
    const { lessons, problems } = readUntisTimetable(files, { ...context, to: "2026-09-08" });
    expect(lessons.map((l) => `${l.date} ${l.period}`)).toEqual(["2026-09-07 1"]);
    expect(problems).toEqual([
      { line: 2, message: "GPU001.TXT regel 2: lesuur 9 staat niet in de beltijden van maandag; de regel is overgeslagen." },
      { line: 3, message: "GPU001.TXT regel 3: les 2 (overleg) heeft geen klas en geen leerlingen in GPU015; de regel is overgeslagen." },
    ]);
  });

  it("points at codes Untis' own lists do not have, and at lessons in alternating weeks", () => {
    const files = buildUntisFiles({
      lessons: [lesson({ number: 1, classes: ["2B", "2X"], slots: [{ day: 1, hour: 1 }], weekGroup: "A" })],
      classes: ["2B"],
      teachers: ["JAN"],
    });
    const { lessons, problems } = readUntisTimetable(files, { ...context, to: "2026-09-07" });
    expect(lessons).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      'GPU001.TXT regel 2: klas "2X" staat niet in GPU003.TXT; controleer of de bestanden uit dezelfde Untis-export komen.',
      'GPU002.TXT regel 1: les 1 (wi) geldt alleen in de weken van groep "A"; Aanwezig kent geen wisselweken en neemt de les elke week op.',
    ]);
  });
});

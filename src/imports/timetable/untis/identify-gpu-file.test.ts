import { describe, expect, it } from "vitest";
import { identifyGpuFile } from "./identify-gpu-file";
import { buildUntisFiles } from "./untis-fixture";

const files = buildUntisFiles({
  lessons: [{ number: 12, classes: ["4hv"], teacher: "JAN", subject: "wi-A1", room: "101", slots: [{ day: 1, hour: 3 }, { day: 4, hour: 5 }] }],
  classes: ["4hv"],
  students: [{ name: "Jansen_Pie", number: "123456", classCode: "4hv" }],
  courseAssignments: [{ student: "Jansen_Pie", lessonNumber: 12, course: "wi-A1" }],
}, { withLessons: true });
const text = (name: string) => files.find((f) => f.name === name)!.text;

describe("identifyGpuFile", () => {
  it("knows a file by its Untis name, whatever the case or a download suffix", () => {
    expect(identifyGpuFile("GPU001.TXT", "")).toEqual({ kind: "timetable", by: "name" });
    expect(identifyGpuFile("gpu015 (2).txt", "")).toEqual({ kind: "courseAssignments", by: "name" });
    expect(identifyGpuFile("export/GPU010.csv", "")).toEqual({ kind: "students", by: "name" });
    expect(identifyGpuFile("GPU014.TXT", "")).toEqual({ kind: null, gpuNumber: 14 });
  });

  it("knows a renamed timetable, lesson file and course assignment by their number columns", () => {
    expect(identifyGpuFile("rooster.txt", text("GPU001.TXT"))).toEqual({ kind: "timetable", by: "content" });
    expect(identifyGpuFile("lessen.txt", text("GPU002.TXT"))).toEqual({ kind: "lessons", by: "content" });
    expect(identifyGpuFile("keuzes.csv", text("GPU015.TXT"))).toEqual({ kind: "courseAssignments", by: "content" });
  });

  it("decides on the start of a large file, whatever record the cut falls in", () => {
    const big = buildUntisFiles({
      lessons: Array.from({ length: 500 }, (_, i) => ({
        number: i + 1, classes: ["4hv", "4vwo"], teacher: "JAN", subject: "wi", room: "101",
        slots: [1, 2, 3, 4, 5].map((day) => ({ day, hour: 1 + (i % 8) })),
      })),
    })[0]!.text;
    expect(big.length).toBeGreaterThan(64_000);
    expect(identifyGpuFile("rooster.txt", big)).toEqual({ kind: "timetable", by: "content" });
  });

  it("does not guess at renamed master-data files or other text", () => {
    expect(identifyGpuFile("klassen.txt", text("GPU003.TXT"))).toEqual({ kind: null, gpuNumber: null });
    expect(identifyGpuFile("leerlingen.txt", text("GPU010.TXT"))).toEqual({ kind: null, gpuNumber: null });
    expect(identifyGpuFile("notities.txt", "boodschappen;melk;brood")).toEqual({ kind: null, gpuNumber: null });
    expect(identifyGpuFile("leeg.txt", "")).toEqual({ kind: null, gpuNumber: null });
  });
});

import type { Region } from "@/db/generated/prisma/enums";
import { generateDemoSchool } from "./generate";
import type { DemoSchoolData } from "./types";

export interface GenerateDemoSchoolsOptions {
  seed: number;
  today: string;
  schools: number;
  pupilsPerSchool: number;
}

const REGIONS: readonly Region[] = ["NORTH", "MIDDLE", "SOUTH"];

/**
 * N schools of M pupils for benchmarks, one at a time: a lazy sequence, so a
 * benchmark can write school after school without holding them all in
 * memory (50 schools of 600 pupils are ten million registrations). School i
 * has BRIN "8" + i in base 36 and e-mail domain school-<i>.bench.
 *
 * @example for (const school of generateDemoSchools({ seed: 1, today, schools: 10, pupilsPerSchool: 600 })) await write(school)
 */
export function* generateDemoSchools(options: GenerateDemoSchoolsOptions): Generator<DemoSchoolData> {
  for (let i = 0; i < options.schools; i++) {
    yield generateDemoSchool({
      seed: options.seed * 7919 + i,
      today: options.today,
      pupils: options.pupilsPerSchool,
      name: `Benchmarkschool ${i + 1}`,
      brin: `8${i.toString(36).toUpperCase().padStart(3, "0")}`,
      region: REGIONS[i % REGIONS.length]!,
      emailDomain: `school-${i + 1}.bench`,
    });
  }
}

import pg from "pg";

import { assertForeignKeys } from "@/demo/check-foreign-keys";
import { generateDemoSchools } from "@/demo/generate-schools";
import type { DemoSchoolData } from "@/demo/types";
import { writeDemoSchool } from "@/demo/write-demo-data";

/*
 * Many generated schools in one database, for the benchmarks of issue 15 (bench:signals, bench:tenants):
 * the demo generator's schools (distinct ids, BRINs "8000", "8001", … and e-mail domains), each with its
 * school year of registrations up to `today`, written one at a time with the demo writer's bulk inserts.
 */

export interface WrittenSchools {
  schoolIds: string[];
  pupils: number;
  lessons: number;
  registrations: number;
  generateSeconds: number;
  writeSeconds: number;
}

export async function writeGeneratedSchools(ownerUrl: string, options: {
  seed: number; today: string; schools: number; pupilsPerSchool: number; log: (line: string) => void;
}): Promise<WrittenSchools> {
  const written: WrittenSchools = { schoolIds: [], pupils: 0, lessons: 0, registrations: 0, generateSeconds: 0, writeSeconds: 0 };
  // One at a time: generated, written, forgotten (ten schools of a year do not fit in memory at once).
  const generator = generateDemoSchools({ seed: options.seed, today: options.today, schools: options.schools, pupilsPerSchool: options.pupilsPerSchool });
  for (let i = 0; i < options.schools; i++) {
    let t0 = performance.now();
    const data = generator.next().value as DemoSchoolData;
    written.generateSeconds += (performance.now() - t0) / 1000;
    t0 = performance.now();
    await writeSchool(ownerUrl, data);
    const seconds = (performance.now() - t0) / 1000;
    written.writeSeconds += seconds;
    written.schoolIds.push(data.school.id);
    written.pupils += data.pupils.length;
    written.lessons += data.lessons.length;
    written.registrations += data.registrations.length;
    options.log(`  school ${i + 1}/${options.schools} written: ${data.registrations.length} registrations in ${seconds.toFixed(1)} s`);
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return { ...written, generateSeconds: round(written.generateSeconds), writeSeconds: round(written.writeSeconds) };
}

/**
 * The demo writer's bulk load, with the per-row foreign-key triggers off and the keys checked set-wise
 * after (as the demo seed does). The change history is not read by the rules, the register or the
 * dashboards: leaving it out halves the write. Nobody logs in to these schools.
 */
async function writeSchool(ownerUrl: string, data: DemoSchoolData): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await writeDemoSchool(client, { ...data, registrationChanges: [] }, "benchmark-zonder-inlog");
    // Statistics first, as seedDemo does: the set-wise check plans badly on tables it has never seen.
    await client.query('ANALYZE "Lesson", "Registration", "Pupil", "GroupMember"');
    await assertForeignKeys(client, data.school.id);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

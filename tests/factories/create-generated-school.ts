import pg from "pg";

import { hashPassword } from "@/auth/password";
import { generateDemoSchool, type GenerateDemoSchoolOptions } from "@/demo/generate";
import type { DemoSchoolData } from "@/demo/types";
import { writeDemoSchool } from "@/demo/write-demo-data";

let hash: Promise<string> | undefined;

/**
 * A generated school (the demo generator, 60 pupils by default) written into
 * a test database: realistic timetable, calendar and registrations for tests
 * that need history (rules, dashboards, daily check) or a second tenant.
 * Every user's password is "test-wachtwoord". Returns the generated rows, so
 * a test can find the story's pupils (`data.story.stoppedPupilId`, …).
 */
export async function createGeneratedSchool(url: string, overrides: Partial<GenerateDemoSchoolOptions> = {}): Promise<DemoSchoolData> {
  const suffix = Math.random().toString(36).slice(2, 6).toUpperCase().padEnd(3, "0");
  const data = generateDemoSchool({
    // A fresh seed per call: ids come from the seed, and two schools in one database must not share any.
    seed: Math.floor(Math.random() * 2 ** 31), today: "2026-11-23", pupils: 60, name: `Gegenereerde school ${suffix}`, brin: `G${suffix.slice(0, 3)}`,
    region: "MIDDLE", emailDomain: `gen-${suffix.toLowerCase()}.test`, ...overrides,
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await writeDemoSchool(client, data, await (hash ??= hashPassword("test-wachtwoord")));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return data;
}

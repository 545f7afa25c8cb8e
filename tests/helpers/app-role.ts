import { APP_ROLE, asAppRole } from "@/db/app-role";

import type { TestDatabase } from "./database";

/**
 * The app role's password in tests. The role belongs to the whole test server, which test files share:
 * every file that lets it log in must set this same password, or it locks the others out.
 */
export const TEST_APP_ROLE_PASSWORD = "rls-test-wachtwoord";

/** Lets the app role "aanwezig_app" log in (as the migrations leave it, it cannot); returns `db` as that role. */
export async function appRoleUrl(db: TestDatabase): Promise<string> {
  await db.prisma.$executeRawUnsafe(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${TEST_APP_ROLE_PASSWORD}'`);
  return asAppRole(db.url, TEST_APP_ROLE_PASSWORD);
}

-- Row-level security: a second tenancy wall behind the schoolId in every query
-- (docs/decisions/115-row-level-security.md). The app connects as
-- "aanwezig_app", which sees and writes only the rows of the school set in
-- `app.school_id` on its connection (src/db/tenant-connection.ts). The role that
-- runs the migrations (the owner) keeps seeing everything: the start script,
-- `npm run retention`, `npm run bsn:rotate` and the demo seed run as the owner.

-- Roles belong to the whole server, not to this database: another database
-- on the same server (a test copy, a second installation) may have made it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aanwezig_app') THEN
    CREATE ROLE aanwezig_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  ELSIF EXISTS (SELECT FROM pg_roles WHERE rolname = 'aanwezig_app' AND (rolsuper OR rolbypassrls)) THEN
    ALTER ROLE aanwezig_app NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO aanwezig_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO aanwezig_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO aanwezig_app;
-- Tables of later migrations get the same grants; the row-level-security test
-- fails for one with a "schoolId" and no policy.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aanwezig_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO aanwezig_app;
-- Prisma's bookkeeping is the owner's alone. (The shadow database that
-- `npm run db:migration:create` replays the migrations into has no such table.)
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM aanwezig_app;
  END IF;
END
$$;
-- The audit log is written, never changed: the app may add entries and read them.
REVOKE UPDATE, DELETE ON "AuditEntry" FROM aanwezig_app;

-- The signals queue (pg-boss) keeps its own schema. The owner installs it and
-- creates the queues before the app starts (scripts/start.ts); the app only
-- sends, fetches and completes jobs in it.
CREATE SCHEMA IF NOT EXISTS pgboss;
GRANT USAGE ON SCHEMA pgboss TO aanwezig_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO aanwezig_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO aanwezig_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aanwezig_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT USAGE, SELECT ON SEQUENCES TO aanwezig_app;

-- The school of this connection, NULL when none is set: the `true` makes an
-- unset setting read as NULL instead of an error, NULLIF turns the app's
-- "none" ('') into NULL, and "schoolId" = NULL matches no row. Compared as
-- uuid, so the (schoolId, …) indexes still serve the query.
CREATE FUNCTION aanwezig_current_school() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.school_id', true), '')::uuid $$;
CREATE FUNCTION aanwezig_current_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

-- A tenant table: the app sees and writes only rows of its school; the owner
-- (who runs this) everything, also under FORCE, which makes the policies apply
-- to the table's owner as well. For a table of a later migration:
--   SELECT aanwezig_protect_tenant_table('NewTable');
CREATE FUNCTION aanwezig_protect_tenant_table(name text) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
  EXECUTE format('CREATE POLICY tenant ON %I TO aanwezig_app USING ("schoolId" = aanwezig_current_school()) WITH CHECK ("schoolId" = aanwezig_current_school())', name);
  EXECUTE format('CREATE POLICY owner ON %I TO %I USING (true) WITH CHECK (true)', name, current_user);
END
$$;
REVOKE ALL ON FUNCTION aanwezig_protect_tenant_table(text) FROM PUBLIC;

SELECT aanwezig_protect_tenant_table(name) FROM unnest(ARRAY[
  'SchoolYear', 'CalendarEvent', 'BellSchedule', 'BellPeriod', 'BellScheduleUse',
  'Staff', 'Pupil', 'Guardian', 'PupilGuardian', 'Group', 'GroupMember', 'GroupMentor',
  'Subject', 'TimetableEntry', 'Lesson', 'ScheduleAdjustment',
  'Registration', 'RegistrationChange', 'AbsenceReport', 'LeaveRequest', 'LeaveAttachment',
  'Signal', 'DuoReport', 'DuoReportEvent', 'CaseEntry', 'AuditEntry',
  'LetterTemplate', 'Letter', 'RegistrationReminder'
]) AS name;

-- Membership: also a person's own memberships in every school, which log-in
-- reads before a school is chosen (app.user_id). Written only in the school.
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Membership" TO aanwezig_app
  USING ("schoolId" = aanwezig_current_school() OR "userId" = aanwezig_current_user())
  WITH CHECK ("schoolId" = aanwezig_current_school());
CREATE POLICY owner ON "Membership" TO CURRENT_USER USING (true) WITH CHECK (true);

-- School: its own row, and the schools the person has a membership in (log-in).
ALTER TABLE "School" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "School" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "School" TO aanwezig_app
  USING ("id" = aanwezig_current_school()
    OR EXISTS (SELECT FROM "Membership" m WHERE m."schoolId" = "School"."id" AND m."userId" = aanwezig_current_user()))
  WITH CHECK ("id" = aanwezig_current_school());
CREATE POLICY owner ON "School" TO CURRENT_USER USING (true) WITH CHECK (true);

-- The schools a background job walks (the nightly pass, retention), without
-- giving the app a way past the policies: only ids, and each school's work
-- then runs with that school set. Runs as its owner (SECURITY DEFINER).
CREATE FUNCTION aanwezig_school_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT "id" FROM "School" ORDER BY "name", "id" $$;
REVOKE ALL ON FUNCTION aanwezig_school_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aanwezig_school_ids() TO aanwezig_app;

-- Of these accounts, the ones with no membership in any school: retention
-- removes a parent's account only then, and the app sees one school's
-- memberships. Says nothing more about the accounts than that.
CREATE FUNCTION aanwezig_users_without_membership(ids uuid[]) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT u FROM unnest(ids) AS u WHERE NOT EXISTS (SELECT FROM "Membership" m WHERE m."userId" = u) $$;
REVOKE ALL ON FUNCTION aanwezig_users_without_membership(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION aanwezig_users_without_membership(uuid[]) TO aanwezig_app;

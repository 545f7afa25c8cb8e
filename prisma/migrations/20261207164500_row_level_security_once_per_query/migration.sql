-- Row-level security's school, read once per query instead of once per row
-- (decision 115). A policy's `"schoolId" = aanwezig_current_school()` was
-- evaluated as a filter on every row a query touched (current_setting, NULLIF
-- and a uuid cast each time); as `(SELECT aanwezig_current_school())` it is an
-- init plan, computed once per query and compared as a parameter.

CREATE OR REPLACE FUNCTION aanwezig_protect_tenant_table(name text) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
  EXECUTE format('CREATE POLICY tenant ON %I TO aanwezig_app USING ("schoolId" = (SELECT aanwezig_current_school())) WITH CHECK ("schoolId" = (SELECT aanwezig_current_school()))', name);
  EXECUTE format('CREATE POLICY owner ON %I TO %I USING (true) WITH CHECK (true)', name, current_user);
END
$$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
    WHERE p.polname = 'tenant' AND c.relnamespace = 'public'::regnamespace AND c.relname NOT IN ('Membership', 'School')
  LOOP
    EXECUTE format('ALTER POLICY tenant ON %I USING ("schoolId" = (SELECT aanwezig_current_school())) WITH CHECK ("schoolId" = (SELECT aanwezig_current_school()))', t.relname);
  END LOOP;
END
$$;

ALTER POLICY tenant ON "Membership"
  USING ("schoolId" = (SELECT aanwezig_current_school()) OR "userId" = (SELECT aanwezig_current_user()))
  WITH CHECK ("schoolId" = (SELECT aanwezig_current_school()));

ALTER POLICY tenant ON "School"
  USING ("id" = (SELECT aanwezig_current_school())
    OR EXISTS (SELECT FROM "Membership" m WHERE m."schoolId" = "School"."id" AND m."userId" = (SELECT aanwezig_current_user())))
  WITH CHECK ("id" = (SELECT aanwezig_current_school()));

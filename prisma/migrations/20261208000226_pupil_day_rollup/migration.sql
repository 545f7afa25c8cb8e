-- CreateTable
CREATE TABLE "PupilDay" (
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "flags" SMALLINT NOT NULL,
    "registeredMinutes" INTEGER NOT NULL,
    "absentMinutes" INTEGER NOT NULL,
    "lateMinutes" INTEGER NOT NULL,
    "luxuryMinutes" INTEGER NOT NULL,
    "unknownMinutes" INTEGER NOT NULL,
    "lateLessons" SMALLINT NOT NULL,

    CONSTRAINT "PupilDay_pkey" PRIMARY KEY ("schoolId","pupilId","date")
);

-- CreateTable
CREATE TABLE "PupilDayRollup" (
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "yearFrom" DATE NOT NULL,

    CONSTRAINT "PupilDayRollup_pkey" PRIMARY KEY ("schoolId","pupilId")
);

-- CreateTable
CREATE TABLE "PupilDayDirty" (
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "mark" BIGSERIAL NOT NULL,

    CONSTRAINT "PupilDayDirty_pkey" PRIMARY KEY ("schoolId","pupilId","mark")
);

-- AddForeignKey
ALTER TABLE "PupilDay" ADD CONSTRAINT "PupilDay_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilDayRollup" ADD CONSTRAINT "PupilDayRollup_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant tables (decision 115).
SELECT aanwezig_protect_tenant_table(name) FROM unnest(ARRAY['PupilDay', 'PupilDayRollup', 'PupilDayDirty']) AS name;

-- The triggers below mark every (pupil, day) whose sums a change can touch: whatever path changes a
-- registration, a lesson, a membership or a schedule change (the app, an import, a script, psql), the
-- rollup cannot go stale (decision 173). Statement-level with transition tables: one insert per statement.

-- Registrations: a new one that a rule can read, a changed status/reason/late minutes/day/lesson/pupil,
-- a deleted one (unless its pupil is being deleted too).
CREATE FUNCTION aanwezig_mark_registration_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
    SELECT DISTINCT n."schoolId", n."pupilId", n."date" FROM new_rows n WHERE n."status" NOT IN ('UNREGISTERED', 'CANCELLED');
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
    SELECT DISTINCT d."schoolId", d."pupilId", d."date" FROM new_rows n JOIN old_rows o ON o."schoolId" = n."schoolId" AND o."id" = n."id"
      CROSS JOIN LATERAL (VALUES (o."schoolId", o."pupilId", o."date"), (n."schoolId", n."pupilId", n."date")) AS d("schoolId", "pupilId", "date")
      WHERE (o."status", o."reason", o."lateMinutes", o."date", o."pupilId", o."lessonId")
        IS DISTINCT FROM (n."status", n."reason", n."lateMinutes", n."date", n."pupilId", n."lessonId");
  ELSE
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
    SELECT DISTINCT o."schoolId", o."pupilId", o."date" FROM old_rows o
      WHERE o."status" NOT IN ('UNREGISTERED', 'CANCELLED')
        AND EXISTS (SELECT 1 FROM "Pupil" p WHERE p."schoolId" = o."schoolId" AND p."id" = o."pupilId");
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pupil_days_registration_insert AFTER INSERT ON "Registration"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_registration_days();
CREATE TRIGGER pupil_days_registration_update AFTER UPDATE ON "Registration"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_registration_days();
CREATE TRIGGER pupil_days_registration_delete AFTER DELETE ON "Registration"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_registration_days();

-- Lessons: a change of what the rules input reads of a lesson (its day, times, cancellation) or of what
-- decides whose schedule holds it (group, timetable entry, subject, period) marks the days of its
-- registrations, before and after. A deleted lesson deletes its registrations, which mark themselves.
CREATE FUNCTION aanwezig_mark_lesson_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
  SELECT DISTINCT r."schoolId", r."pupilId", d."date" FROM new_rows n JOIN old_rows o ON o."schoolId" = n."schoolId" AND o."id" = n."id"
    JOIN "Registration" r ON r."schoolId" = n."schoolId" AND r."lessonId" = n."id"
    CROSS JOIN LATERAL (VALUES (o."date"), (n."date"), (r."date")) AS d("date")
    WHERE r."status" NOT IN ('UNREGISTERED', 'CANCELLED')
      AND (o."date", o."startMinutes", o."endMinutes", o."cancelled", o."groupId", o."timetableEntryId", o."subjectId", o."period")
        IS DISTINCT FROM (n."date", n."startMinutes", n."endMinutes", n."cancelled", n."groupId", n."timetableEntryId", n."subjectId", n."period");
  RETURN NULL;
END
$$;
CREATE TRIGGER pupil_days_lesson_update AFTER UPDATE ON "Lesson"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_lesson_days();

-- Memberships and individual schedule changes decide which registrations count on any day: every day of
-- the pupil is marked (-infinity), and the worker sums the pupil's year again.
CREATE FUNCTION aanwezig_mark_pupil_all_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date") SELECT DISTINCT n."schoolId", n."pupilId", '-infinity'::date FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
    SELECT DISTINCT x."schoolId", x."pupilId", '-infinity'::date FROM (SELECT "schoolId", "pupilId" FROM new_rows UNION SELECT "schoolId", "pupilId" FROM old_rows) x;
  ELSE
    INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date")
    SELECT DISTINCT o."schoolId", o."pupilId", '-infinity'::date FROM old_rows o
      WHERE EXISTS (SELECT 1 FROM "Pupil" p WHERE p."schoolId" = o."schoolId" AND p."id" = o."pupilId");
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pupil_days_group_member_insert AFTER INSERT ON "GroupMember"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();
CREATE TRIGGER pupil_days_group_member_update AFTER UPDATE ON "GroupMember"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();
CREATE TRIGGER pupil_days_group_member_delete AFTER DELETE ON "GroupMember"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();
CREATE TRIGGER pupil_days_schedule_adjustment_insert AFTER INSERT ON "ScheduleAdjustment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();
CREATE TRIGGER pupil_days_schedule_adjustment_update AFTER UPDATE ON "ScheduleAdjustment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();
CREATE TRIGGER pupil_days_schedule_adjustment_delete AFTER DELETE ON "ScheduleAdjustment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_mark_pupil_all_days();

-- A deleted pupil's marks go with it (its PupilDay rows cascade).
CREATE FUNCTION aanwezig_forget_pupil_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  DELETE FROM "PupilDayDirty" d USING old_rows o WHERE d."schoolId" = o."schoolId" AND d."pupilId" = o."id";
  RETURN NULL;
END
$$;
CREATE TRIGGER pupil_days_pupil_delete AFTER DELETE ON "Pupil"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aanwezig_forget_pupil_days();

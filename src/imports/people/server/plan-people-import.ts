import "server-only";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import type { Prisma } from "@/db/generated/prisma/client";
import { guardianPlanItems, planGuardians } from "../plan-guardians";
import { planPupils, pupilPlanItems } from "../plan-pupils";
import { planStaff, staffPlanItems } from "../plan-staff";
import { type PeopleKind } from "../people-fields";
import type { PeoplePreview } from "../people-preview";
import { cellReader } from "../people-records";
import { readGuardianRows } from "../read-guardian-rows";
import type { PeopleTable } from "../read-people-file";
import { readPupilRows } from "../read-pupil-rows";
import { readStaffRows } from "../read-staff-rows";
import { missingRequiredFields, type ColumnMapping } from "../recognise-columns";
import { applyGuardianPlan } from "./apply-guardian-plan";
import { applyPupilPlan } from "./apply-pupil-plan";
import { applyStaffPlan } from "./apply-staff-plan";
import { loadGuardianState } from "./load-guardian-state";
import { loadClasses, loadPupilState } from "./load-pupil-state";
import { loadStaffState } from "./load-staff-state";

export interface PlannedImport {
  preview: PeoplePreview;
  /** Writes the plan in the given transaction; the number of people and links it changes. */
  apply: (tx: Prisma.TransactionClient) => Promise<number>;
}

const NOTHING = async () => 0;

/**
 * The plan of a people import against the school's data as it is in `db` now: the preview and the
 * writer of exactly that preview. Preview and confirmation both come here (decision 141: the
 * confirmation recomputes against the data of that moment, inside its transaction).
 */
export async function planPeopleImport(db: Prisma.TransactionClient, { schoolId, kind, table, mapping, today, endDate, complete = true }: {
  schoolId: string; kind: PeopleKind; table: PeopleTable; mapping: ColumnMapping; today: string; endDate: string; complete?: boolean;
}): Promise<PlannedImport> {
  const empty: PeoplePreview = { kind, problem: null, added: [], changed: [], ended: [], refused: [], unchanged: 0, notes: [] };
  const missing = missingRequiredFields(kind, mapping);
  if (missing.length > 0) {
    return { preview: { ...empty, problem: `Kies in de kolommen hieronder welke kolom ${missing.length === 1 ? "het veld" : "de velden"} ${missing.join(", ")} bevat: ${missing.length === 1 ? "dat is" : "die zijn"} verplicht.` }, apply: NOTHING };
  }
  const yearRow = await findSchoolYear({ schoolId, date: today });
  const year = yearRow ? { id: yearRow.id, startDate: yearRow.startDate } : null;
  const cell = cellReader(table.headers, mapping);

  if (kind === "pupils") {
    if (!year) return { preview: { ...empty, problem: "Er is geen schooljaar waarin vandaag valt. Leg eerst het schooljaar vast; dan kunnen leerlingen in hun klas worden geplaatst." }, apply: NOTHING };
    const { records, refused } = readPupilRows(table, mapping);
    const [existing, classes] = await Promise.all([loadPupilState(db, { schoolId, schoolYearId: year.id, today }), loadClasses(db, { schoolId, schoolYearId: year.id })]);
    const presentNumbers = new Set(table.rows.map((r) => cell(r.cells, "studentNumber") ?? "").filter(Boolean));
    const plan = planPupils(records, existing, { today, endDate, presentNumbers, classes: [...classes.keys()], refused });
    if (!complete) plan.end = [];
    return {
      preview: { ...empty, ...pupilPlanItems(plan), refused: plan.refused, unchanged: plan.unchanged },
      apply: async (tx) => {
        await applyPupilPlan(tx, plan, { schoolId, schoolYear: year, today, endDate, existing });
        return plan.add.length + plan.change.length + plan.end.length;
      },
    };
  }
  if (kind === "guardians") {
    const { records, refused } = readGuardianRows(table, mapping);
    const state = await loadGuardianState(db, { schoolId });
    const plan = planGuardians(records, { ...state, refused });
    return {
      preview: { ...empty, ...guardianPlanItems(plan), refused: plan.refused, unchanged: plan.unchanged },
      apply: async (tx) => {
        await applyGuardianPlan(tx, plan, { schoolId });
        return plan.add.length + plan.change.length + plan.addLinks.length + plan.changeLinks.length + plan.endLinks.length;
      },
    };
  }
  const { records, refused } = readStaffRows(table, mapping);
  const [existing, classes] = await Promise.all([loadStaffState(db, { schoolId, schoolYearId: year?.id ?? null }), loadClasses(db, { schoolId, schoolYearId: year?.id ?? null })]);
  const presentCodes = new Set(table.rows.map((r) => (cell(r.cells, "code") ?? "").toUpperCase()).filter(Boolean));
  const plan = planStaff(records, existing, { classes: [...classes.keys()], presentCodes, refused });
  if (!complete) plan.end = [];
  return {
    preview: { ...empty, ...staffPlanItems(plan), refused: plan.refused, unchanged: plan.unchanged },
    apply: async (tx) => {
      await applyStaffPlan(tx, plan, { schoolId, schoolYearId: year?.id ?? null });
      return plan.add.length + plan.change.length + plan.end.length;
    },
  };
}


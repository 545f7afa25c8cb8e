import { fieldChange, type FieldChange, type PreviewItem } from "./people-preview";
import type { RefusedRow, StaffRecord } from "./people-records";

export interface ExistingStaff {
  id: string;
  code: string;
  firstName: string;
  lastName: string;
  email: string | null;
  functionTitle: string;
  active: boolean;
  /** Classes of the current school year this person mentors, by name. */
  mentorOf: string[];
}

export type StaffValues = Omit<ExistingStaff, "id">;

export interface StaffPlan {
  add: StaffValues[];
  change: { id: string; values: StaffValues; changes: FieldChange[] }[];
  end: { id: string; code: string; name: string }[];
  refused: RefusedRow[];
  unchanged: number;
}

const list = (names: readonly string[]) => [...names].sort().join(", ");

/**
 * What a staff file (the complete list) does: new codes are added, known ones changed (a mentor column
 * makes the mentor classes of this school year exactly the file's), and active staff missing from the
 * file become inactive, their mentorships of this year ended; their lessons and registrations stay.
 * A mentor class that is not a class of this school year refuses the row: import the pupils first.
 */
export function planStaff(records: readonly StaffRecord[], existing: readonly ExistingStaff[], options: {
  classes: readonly string[]; presentCodes: ReadonlySet<string>; refused: readonly RefusedRow[];
}): StaffPlan {
  const byCode = new Map(existing.map((s) => [s.code, s]));
  const classes = new Set(options.classes);
  const plan: StaffPlan = { add: [], change: [], end: [], refused: [...options.refused], unchanged: 0 };
  for (const record of records) {
    const unknown = (record.mentorOf ?? []).filter((c) => !classes.has(c));
    if (unknown.length > 0) { plan.refused.push({ line: record.line, reason: `Onbekende klas bij mentor: ${unknown.join(", ").slice(0, 60)}. Importeer eerst de leerlingen met hun klassen.` }); continue; }
    const current = byCode.get(record.code);
    const values: StaffValues = {
      code: record.code,
      firstName: record.firstName,
      lastName: record.lastName,
      email: record.email === undefined ? (current?.email ?? null) : record.email,
      functionTitle: record.functionTitle ?? current?.functionTitle ?? "docent",
      active: true,
      mentorOf: record.mentorOf ?? current?.mentorOf ?? [],
    };
    if (!current) { plan.add.push(values); continue; }
    const changes = [
      ...fieldChange("Voornaam", current.firstName, values.firstName),
      ...fieldChange("Achternaam", current.lastName, values.lastName),
      ...fieldChange("E-mail", current.email, values.email),
      ...fieldChange("Functie", current.functionTitle, values.functionTitle),
      ...fieldChange("Mentor van", list(current.mentorOf), list(values.mentorOf)),
      ...(current.active ? [] : [{ label: "Actief", from: "nee", to: "ja" }]),
    ];
    if (changes.length === 0) plan.unchanged++;
    else plan.change.push({ id: current.id, values, changes });
  }
  for (const staff of existing) {
    if (!staff.active || options.presentCodes.has(staff.code)) continue;
    plan.end.push({ id: staff.id, code: staff.code, name: `${staff.firstName} ${staff.lastName}`.trim() });
  }
  return plan;
}

export function staffPlanItems(plan: StaffPlan): { added: PreviewItem[]; changed: PreviewItem[]; ended: PreviewItem[]; notes: string[] } {
  const name = (v: { firstName: string; lastName: string }) => `${v.firstName} ${v.lastName}`.trim();
  return {
    added: plan.add.map((v) => ({ key: v.code, name: name(v), detail: v.mentorOf.length > 0 ? `mentor van ${list(v.mentorOf)}` : undefined })),
    changed: plan.change.map(({ values, changes }) => ({ key: values.code, name: name(values), changes })),
    ended: plan.end.map((s) => ({ key: s.code, name: s.name, detail: "wordt inactief" })),
    notes: [],
  };
}

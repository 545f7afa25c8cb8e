import type { Sector } from "@/db/generated/prisma/enums";
import { maskBsn } from "@/bsn/mask-bsn";
import { fieldChange, shownDate, type FieldChange, type PreviewItem } from "./people-preview";
import type { PupilRecord, RefusedRow } from "./people-records";

/** A pupil of the school as the plan compares it (the BSN decrypted, the current class by name). */
export interface ExistingPupil {
  id: string;
  studentNumber: string;
  firstName: string;
  infix: string | null;
  lastName: string;
  birthDate: string;
  bsn: string | null;
  educationNumber: string | null;
  sector: Sector;
  yearLevel: number;
  email: string | null;
  phone: string | null;
  enrolledFrom: string;
  enrolledUntil: string | null;
  className: string | null;
}

/** A pupil's columns after the import. */
export type PupilValues = Omit<ExistingPupil, "id" | "className">;

export interface PupilPlan {
  add: { values: PupilValues; className: string | null }[];
  change: { id: string; values: PupilValues; changes: FieldChange[]; className: { from: string | null; to: string | null } | null }[];
  end: { id: string; studentNumber: string; name: string }[];
  newClasses: { name: string; sector: Sector; yearLevel: number }[];
  refused: RefusedRow[];
  unchanged: number;
}

const SECTOR_LABEL: Record<Sector, string> = { PO: "po", SO: "so", VMBO: "vmbo", HAVO: "havo", VWO: "vwo", MBO: "mbo" };
export const pupilName = (p: { firstName: string; infix?: string | null; lastName: string }) => [p.firstName, p.infix, p.lastName].filter(Boolean).join(" ");

/**
 * What a pupil file (the complete current list) does to the school's pupils: new leerlingnummers are
 * added, known ones changed where the file differs (a field without a column stays as it is), and
 * enrolled pupils missing from the file end on `endDate` (their history stays). A pupil in the file is
 * enrolled: an earlier end date is cleared unless the file has one. `presentNumbers` holds every
 * leerlingnummer in the file, also of refused rows: a pupil whose row has an error is not ended for it.
 *
 * @example a pupil in the school, not in the file, enrolled until null → in `end`
 */
export function planPupils(records: readonly PupilRecord[], existing: readonly ExistingPupil[], options: {
  today: string; endDate: string; presentNumbers: ReadonlySet<string>; classes: readonly string[]; refused: readonly RefusedRow[];
}): PupilPlan {
  const byNumber = new Map(existing.map((p) => [p.studentNumber, p]));
  const known = new Set(options.classes);
  const plan: PupilPlan = { add: [], change: [], end: [], newClasses: [], refused: [...options.refused], unchanged: 0 };
  for (const record of records) {
    const current = byNumber.get(record.studentNumber);
    if (record.className && !known.has(record.className)) {
      known.add(record.className);
      plan.newClasses.push({ name: record.className, sector: record.sector, yearLevel: record.yearLevel });
    }
    if (!current) {
      plan.add.push({ values: valuesOf(record, null, options.today), className: record.className ?? null });
      continue;
    }
    const values = valuesOf(record, current, options.today);
    const changes = [
      ...fieldChange("Roepnaam", current.firstName, values.firstName),
      ...fieldChange("Tussenvoegsel", current.infix, values.infix),
      ...fieldChange("Achternaam", current.lastName, values.lastName),
      ...fieldChange("Geboortedatum", current.birthDate, values.birthDate, shownDate),
      ...fieldChange("BSN", current.bsn, values.bsn, maskBsn),
      ...fieldChange("Onderwijsnummer", current.educationNumber, values.educationNumber),
      ...fieldChange("Opleiding", SECTOR_LABEL[current.sector], SECTOR_LABEL[values.sector]),
      ...fieldChange("Leerjaar", current.yearLevel, values.yearLevel),
      ...fieldChange("E-mail", current.email, values.email),
      ...fieldChange("Telefoon", current.phone, values.phone),
      ...fieldChange("Inschrijfdatum", current.enrolledFrom, values.enrolledFrom, shownDate),
      ...fieldChange("Uitschrijfdatum", current.enrolledUntil, values.enrolledUntil, shownDate),
    ];
    const classTo = record.className === undefined ? current.className : record.className;
    const classChange = classTo !== current.className ? { from: current.className, to: classTo } : null;
    if (classChange) changes.push(...fieldChange("Klas", classChange.from, classChange.to));
    if (changes.length === 0) plan.unchanged++;
    else plan.change.push({ id: current.id, values, changes, className: classChange });
  }
  for (const pupil of existing) {
    if (options.presentNumbers.has(pupil.studentNumber)) continue;
    if (pupil.enrolledUntil !== null && pupil.enrolledUntil <= options.endDate) continue;
    plan.end.push({ id: pupil.id, studentNumber: pupil.studentNumber, name: pupilName(pupil) });
  }
  return plan;
}

function valuesOf(record: PupilRecord, current: ExistingPupil | null, today: string): PupilValues {
  const keep = <T>(value: T | undefined, old: T | null | undefined): T | null => (value === undefined ? (old ?? null) : value);
  return {
    studentNumber: record.studentNumber,
    firstName: record.firstName,
    infix: keep(record.infix, current?.infix),
    lastName: record.lastName,
    birthDate: record.birthDate,
    bsn: keep(record.bsn, current?.bsn),
    educationNumber: keep(record.educationNumber, current?.educationNumber),
    sector: record.sector,
    yearLevel: record.yearLevel,
    email: keep(record.email, current?.email),
    phone: keep(record.phone, current?.phone),
    enrolledFrom: record.enrolledFrom ?? current?.enrolledFrom ?? today,
    enrolledUntil: record.enrolledUntil ?? null,
  };
}

/** The plan as the preview shows it. */
export function pupilPlanItems(plan: PupilPlan): { added: PreviewItem[]; changed: PreviewItem[]; ended: PreviewItem[]; notes: string[] } {
  return {
    added: plan.add.map(({ values, className }) => ({ key: values.studentNumber, name: pupilName(values), detail: className ? `klas ${className}` : undefined })),
    changed: plan.change.map(({ values, changes }) => ({ key: values.studentNumber, name: pupilName(values), changes })),
    ended: plan.end.map((p) => ({ key: p.studentNumber, name: p.name })),
    notes: plan.newClasses.length > 0 ? [`Nieuwe klassen: ${plan.newClasses.map((c) => c.name).join(", ")}.`] : [],
  };
}

import type { Sector } from "@/db/generated/prisma/enums";

/** A row the import cannot take: its line in the file and why, in Dutch. */
export interface RefusedRow {
  line: number;
  reason: string;
}

/**
 * Optional fields are `undefined` when the file has no column for them (the stored value stays as it
 * is) and `null` when the column is there but the cell is empty (the stored value is cleared).
 */
export interface PupilRecord {
  line: number;
  studentNumber: string;
  firstName: string;
  infix?: string | null;
  lastName: string;
  birthDate: string;
  bsn?: string | null;
  educationNumber?: string | null;
  className?: string | null;
  sector: Sector;
  yearLevel: number;
  email?: string | null;
  phone?: string | null;
  enrolledFrom?: string | null;
  enrolledUntil?: string | null;
}

export interface GuardianRecord {
  line: number;
  studentNumber: string;
  name: string;
  relation?: string | null;
  authority?: boolean;
  email?: string | null;
  phone?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

export interface StaffRecord {
  line: number;
  code: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  functionTitle?: string | null;
  mentorOf?: string[];
}

/** The cells of a row by field, through the mapping; `undefined` for a field without a column. */
export function cellReader(headers: readonly string[], mapping: Record<string, string | null>) {
  const index = new Map<string, number>();
  for (const [field, column] of Object.entries(mapping)) {
    if (column === null) continue;
    const i = headers.indexOf(column);
    if (i >= 0) index.set(field, i);
  }
  return (cells: readonly string[], field: string): string | undefined => {
    const i = index.get(field);
    if (i === undefined) return undefined;
    return (cells[i] ?? "").trim();
  };
}

/** An optional text: undefined without a column, null when empty, else at most `max` characters. */
export function optionalText(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === "" ? null : value;
}

import type { PeopleKind } from "./people-fields";
import type { RefusedRow } from "./people-records";

export interface FieldChange {
  label: string;
  from: string;
  to: string;
}

/** One line of the preview: who, and for a change what changes. */
export interface PreviewItem {
  key: string;
  name: string;
  detail?: string;
  changes?: FieldChange[];
}

/**
 * What an import will do, as the preview shows it and the pending import keeps it: nothing in here is
 * written before the administrator confirms. `problem` is the one message of a file that cannot be
 * read with its mapping (a required field without a column); then everything else is empty.
 */
export interface PeoplePreview {
  kind: PeopleKind;
  problem: string | null;
  added: PreviewItem[];
  changed: PreviewItem[];
  ended: PreviewItem[];
  refused: RefusedRow[];
  unchanged: number;
  notes: string[];
}

export const EMPTY_VALUE = "(leeg)";

/** "old → new" of one field, only when it differs; empty values read as "(leeg)". */
export function fieldChange(label: string, from: string | number | null | undefined, to: string | number | null | undefined, show: (v: string) => string = (v) => v): FieldChange[] {
  const a = from === null || from === undefined || from === "" ? null : String(from);
  const b = to === null || to === undefined || to === "" ? null : String(to);
  if (a === b) return [];
  return [{ label, from: a === null ? EMPTY_VALUE : show(a), to: b === null ? EMPTY_VALUE : show(b) }];
}

/** A date for the preview: "3-2-2012". */
export function shownDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}-${Number(m)}-${y}`;
}

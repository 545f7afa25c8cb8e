import { headerKey, PEOPLE_FIELDS, type PeopleKind } from "./people-fields";

/** Which column (by its header text) holds which field; null: no column. */
export type ColumnMapping = Record<string, string | null>;

/**
 * The mapping of a file's header row: a remembered mapping (the school's last confirmed import of the
 * kind) wins for every field whose column is still in the file; the other fields are recognised by
 * their Dutch header names. A column is used for one field at most.
 *
 * @example
 * recogniseColumns("pupils", ["Stamnummer", "Roepnaam", "Achternaam", "Geb. datum"]).studentNumber // "Stamnummer"
 */
export function recogniseColumns(kind: PeopleKind, headers: readonly string[], remembered: ColumnMapping = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const present = new Set(headers);
  for (const field of PEOPLE_FIELDS[kind]) {
    const column = remembered[field.key];
    if (column !== undefined && column !== null && present.has(column) && !used.has(column)) {
      mapping[field.key] = column;
      used.add(column);
    }
  }
  for (const field of PEOPLE_FIELDS[kind]) {
    if (field.key in mapping) continue;
    if (remembered[field.key] === null && Object.keys(remembered).length > 0) {
      mapping[field.key] = null; // the administrator chose "geen kolom" for it
      continue;
    }
    const aliases = new Set(field.aliases.map(headerKey));
    const column = headers.find((h) => !used.has(h) && aliases.has(headerKey(h))) ?? null;
    mapping[field.key] = column;
    if (column !== null) used.add(column);
  }
  return mapping;
}

/** The labels of required fields that have no column: the one message a file without them gets. */
export function missingRequiredFields(kind: PeopleKind, mapping: ColumnMapping): string[] {
  return PEOPLE_FIELDS[kind].filter((f) => f.required && !mapping[f.key]).map((f) => f.label);
}

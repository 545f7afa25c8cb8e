import { fieldChange, type FieldChange, type PreviewItem } from "./people-preview";
import type { GuardianRecord, RefusedRow } from "./people-records";

export interface ExistingGuardian {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface ExistingLink {
  pupilId: string;
  guardianId: string;
  relation: string;
  parentalAuthority: boolean;
}

export type GuardianValues = Omit<ExistingGuardian, "id">;

export interface GuardianPlan {
  /** `ref`: the guardian's id, or a key of `add` for a guardian that is new. */
  add: { ref: string; values: GuardianValues }[];
  change: { id: string; values: GuardianValues; changes: FieldChange[] }[];
  addLinks: { pupilId: string; ref: string; relation: string; parentalAuthority: boolean }[];
  changeLinks: { pupilId: string; guardianId: string; relation: string; parentalAuthority: boolean; changes: FieldChange[] }[];
  endLinks: { pupilId: string; guardianId: string }[];
  refused: RefusedRow[];
  unchanged: number;
  /** Names for the preview. */
  names: { pupils: Map<string, string>; guardians: Map<string, string> };
}

const normalName = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Who a guardian is (decision 142): their e-mail address; without one, their name and postcode; without
 * either, their name among the guardians of that one pupil. The same key in two rows (two children) is
 * one Guardian with two links.
 */
export function guardianKey(g: { name: string; email?: string | null; postalCode?: string | null }, pupilId: string): string {
  if (g.email) return `e:${g.email.toLowerCase()}`;
  if (g.postalCode) return `n:${normalName(g.name)}|${g.postalCode}`;
  return `p:${normalName(g.name)}|${pupilId}`;
}

/**
 * What a guardian file (the complete list of pupil–guardian pairs) does: new guardians and links are
 * added, known ones changed where the file differs, and a link of a pupil in the file to a guardian who
 * is no longer listed for that pupil is ended (the Guardian record and its account stay). Pupils
 * without a row are left alone: a partial export never takes away a child's guardians.
 */
export function planGuardians(records: readonly GuardianRecord[], state: {
  pupils: ReadonlyMap<string, { id: string; name: string }>; guardians: readonly ExistingGuardian[]; links: readonly ExistingLink[]; refused: readonly RefusedRow[];
}): GuardianPlan {
  const plan: GuardianPlan = { add: [], change: [], addLinks: [], changeLinks: [], endLinks: [], refused: [...state.refused], unchanged: 0, names: { pupils: new Map(), guardians: new Map() } };
  const linksOfPupil = new Map<string, ExistingLink[]>();
  for (const link of state.links) linksOfPupil.set(link.pupilId, [...(linksOfPupil.get(link.pupilId) ?? []), link]);
  const byId = new Map(state.guardians.map((g) => [g.id, g]));
  const byKey = new Map<string, ExistingGuardian>();
  for (const g of state.guardians) {
    if (g.email || g.postalCode) byKey.set(guardianKey(g, ""), g);
  }
  for (const link of state.links) {
    const g = byId.get(link.guardianId);
    if (g && !g.email && !g.postalCode) byKey.set(guardianKey(g, link.pupilId), g);
  }

  const found = new Map<string, { ref: string; values: GuardianValues; current: ExistingGuardian | null }>();
  const pairs = new Map<string, number>();
  const wanted = new Map<string, { pupilId: string; ref: string; relation: string; parentalAuthority: boolean }>();
  const pupilsInFile = new Set<string>();
  for (const record of records) {
    const pupil = state.pupils.get(record.studentNumber);
    if (!pupil) { plan.refused.push({ line: record.line, reason: `Onbekende leerling: leerlingnummer ${record.studentNumber} staat niet in de leerlingen van de school. Importeer eerst de leerlingen.` }); continue; }
    const key = guardianKey(record, pupil.id);
    let guardian = found.get(key);
    if (!guardian) {
      const current = byKey.get(key) ?? null;
      guardian = { ref: current?.id ?? key, values: valuesOf(record, current), current };
      found.set(key, guardian);
    }
    const pair = `${pupil.id}|${guardian.ref}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) { plan.refused.push({ line: record.line, reason: `${record.name} staat voor deze leerling al op regel ${earlier}.` }); continue; }
    pairs.set(pair, record.line);
    pupilsInFile.add(pupil.id);
    plan.names.pupils.set(pupil.id, pupil.name);
    plan.names.guardians.set(guardian.ref, guardian.values.name);
    const old = linksOfPupil.get(pupil.id)?.find((l) => l.guardianId === guardian.ref);
    wanted.set(pair, {
      pupilId: pupil.id, ref: guardian.ref,
      relation: record.relation ?? old?.relation ?? "verzorger",
      parentalAuthority: record.authority ?? old?.parentalAuthority ?? true,
    });
  }

  const guardiansChanged = new Set<string>();
  for (const { ref, values, current } of found.values()) {
    if (!current) { plan.add.push({ ref, values }); continue; }
    const changes = [
      ...fieldChange("Naam", current.name, values.name),
      ...fieldChange("E-mail", current.email, values.email),
      ...fieldChange("Telefoon", current.phone, values.phone),
      ...fieldChange("Straat en huisnummer", current.street, values.street),
      ...fieldChange("Postcode", current.postalCode, values.postalCode),
      ...fieldChange("Plaats", current.city, values.city),
    ];
    if (changes.length > 0) { plan.change.push({ id: current.id, values, changes }); guardiansChanged.add(current.id); }
  }
  for (const link of wanted.values()) {
    const old = linksOfPupil.get(link.pupilId)?.find((l) => l.guardianId === link.ref);
    if (!old) { plan.addLinks.push(link); continue; }
    const changes = [
      ...fieldChange("Relatie", old.relation, link.relation),
      ...fieldChange("Gezag", old.parentalAuthority ? "ja" : "nee", link.parentalAuthority ? "ja" : "nee"),
    ];
    if (changes.length > 0) plan.changeLinks.push({ pupilId: link.pupilId, guardianId: link.ref, relation: link.relation, parentalAuthority: link.parentalAuthority, changes });
    else if (!guardiansChanged.has(link.ref)) plan.unchanged++;
  }
  for (const pupilId of pupilsInFile) {
    for (const link of linksOfPupil.get(pupilId) ?? []) {
      if (wanted.has(`${pupilId}|${link.guardianId}`)) continue;
      plan.endLinks.push({ pupilId, guardianId: link.guardianId });
      plan.names.guardians.set(link.guardianId, byId.get(link.guardianId)?.name ?? "onbekend");
    }
  }
  return plan;
}

function valuesOf(record: GuardianRecord, current: ExistingGuardian | null): GuardianValues {
  const keep = <T>(value: T | undefined, old: T | null | undefined): T | null => (value === undefined ? (old ?? null) : value);
  return {
    name: record.name,
    email: keep(record.email, current?.email),
    phone: keep(record.phone, current?.phone),
    street: keep(record.street, current?.street),
    postalCode: keep(record.postalCode, current?.postalCode),
    city: keep(record.city, current?.city),
  };
}

/** The plan as the preview shows it: guardians added and changed, and links added, changed and ended. */
export function guardianPlanItems(plan: GuardianPlan): { added: PreviewItem[]; changed: PreviewItem[]; ended: PreviewItem[]; notes: string[] } {
  const pupil = (id: string) => plan.names.pupils.get(id) ?? "leerling";
  const guardian = (ref: string) => plan.names.guardians.get(ref) ?? "ouder/verzorger";
  const childrenOf = (ref: string) => plan.addLinks.filter((l) => l.ref === ref).map((l) => `${l.relation} van ${pupil(l.pupilId)}`).join(", ");
  const newRefs = new Set(plan.add.map((a) => a.ref));
  return {
    added: [
      ...plan.add.map(({ ref, values }) => ({ key: ref, name: values.name, detail: childrenOf(ref) })),
      ...plan.addLinks.filter((l) => !newRefs.has(l.ref)).map((l) => ({ key: `${l.pupilId}|${l.ref}`, name: guardian(l.ref), detail: `nu ook ${l.relation} van ${pupil(l.pupilId)}` })),
    ],
    changed: [
      ...plan.change.map(({ id, values, changes }) => ({ key: id, name: values.name, changes })),
      ...plan.changeLinks.map((l) => ({ key: `${l.pupilId}|${l.guardianId}`, name: `${guardian(l.guardianId)} (bij ${pupil(l.pupilId)})`, changes: l.changes })),
    ],
    ended: plan.endLinks.map((l) => ({ key: `${l.pupilId}|${l.guardianId}`, name: guardian(l.guardianId), detail: `niet meer bij ${pupil(l.pupilId)}` })),
    notes: [],
  };
}

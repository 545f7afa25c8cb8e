import "server-only";
import type { LetterKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { DEFAULT_TEMPLATES } from "../default-templates";
import { LETTER_KINDS } from "../letter-kind-labels";

export interface TLetterTemplate {
  kind: LetterKind;
  name: string;
  subject: string;
  body: string;
  updatedAt: Date;
  updatedById: string | null;
}

const SELECT = { kind: true, name: true, subject: true, body: true, updatedAt: true, updatedById: true } as const;

/**
 * The school's three letter templates, in a fixed order. The first time a
 * school uses its letters the Dutch defaults are written for it, so from
 * then on each school edits its own copy. `skipDuplicates` on the unique
 * (schoolId, kind) makes two first uses at once harmless.
 */
export async function listLetterTemplates({ schoolId }: { schoolId: string }): Promise<TLetterTemplate[]> {
  let templates = await prisma.letterTemplate.findMany({ where: { ...inSchool({ schoolId }) }, select: SELECT });
  if (templates.length < LETTER_KINDS.length) {
    const have = new Set(templates.map((t) => t.kind));
    await prisma.letterTemplate.createMany({
      data: LETTER_KINDS.filter((kind) => !have.has(kind)).map((kind) => ({ schoolId, kind, ...DEFAULT_TEMPLATES[kind] })),
      skipDuplicates: true,
    });
    templates = await prisma.letterTemplate.findMany({ where: { ...inSchool({ schoolId }) }, select: SELECT });
  }
  return LETTER_KINDS.map((kind) => templates.find((t) => t.kind === kind)!);
}

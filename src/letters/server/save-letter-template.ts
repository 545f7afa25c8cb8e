import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { LETTER_KIND_LABELS } from "../letter-kind-labels";
import type { TSaveLetterTemplate } from "../schemas";

/**
 * Saves the school's wording of one kind of letter. The schema has already
 * refused unknown placeholders; the school is the actor's, so another
 * school's template can never be named.
 */
export async function saveLetterTemplate({ actor, input }: { actor: Actor; input: TSaveLetterTemplate }): Promise<string> {
  const text = { name: input.name, subject: input.subject, body: input.body, updatedById: actor.userId };
  await prisma.$transaction(async (tx) => {
    const saved = await tx.letterTemplate.upsert({
      where: { schoolId_kind: { schoolId: actor.schoolId, kind: input.kind } },
      create: { schoolId: actor.schoolId, kind: input.kind, ...text },
      update: text,
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "letter-template.update", entityType: "LetterTemplate", entityId: saved.id, details: { kind: input.kind } });
  });
  return `Het sjabloon ‘${LETTER_KIND_LABELS[input.kind]}’ is opgeslagen.`;
}

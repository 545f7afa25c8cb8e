import "server-only";
import type { Actor } from "@/auth/load-actor";
import { REFERRAL_LABELS } from "../entry-labels";
import type { TAddReferral } from "../schemas";
import { writeCaseEntry } from "./write-case-entry";

/** Records a referral (JGZ, samenwerkingsverband, knooppunt, or another body named in the form). */
export async function addReferral({ actor, input }: { actor: Actor; input: TAddReferral }): Promise<string> {
  const to = input.referralTo === "OTHER" ? input.referralOther! : input.referralTo;
  const name = input.referralTo === "OTHER" ? input.referralOther! : REFERRAL_LABELS[input.referralTo];
  await writeCaseEntry({
    actor,
    pupilId: input.pupilId,
    entry: { kind: "REFERRAL", occurredOn: input.occurredOn, title: `Verwijzing naar ${name}`, body: input.body, referralTo: to, followUpOn: input.followUpOn },
  });
  return `De verwijzing naar ${name} staat in het dossier.`;
}

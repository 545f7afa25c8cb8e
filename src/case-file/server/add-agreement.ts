import "server-only";
import type { Actor } from "@/auth/load-actor";
import { longDate } from "../dutch-dates";
import type { TAddAgreement } from "../schemas";
import { writeCaseEntry } from "./write-case-entry";

/** Records an agreement (afspraak, plan van aanpak) with the date it is followed up. */
export async function addAgreement({ actor, input }: { actor: Actor; input: TAddAgreement }): Promise<string> {
  await writeCaseEntry({
    actor,
    pupilId: input.pupilId,
    entry: { kind: "AGREEMENT", occurredOn: input.occurredOn, title: input.title, body: input.body, followUpOn: input.followUpOn },
  });
  return `De afspraak staat in het dossier; vervolg op ${longDate(input.followUpOn)}.`;
}

import "server-only";
import type { Actor } from "@/auth/load-actor";
import { ageOn } from "../age-on";
import { conversationParticipantsProblem, encodeParticipants } from "../conversation-participants";
import type { TAddConversation } from "../schemas";
import { writeCaseEntry } from "./write-case-entry";

/** Records a conversation (waarom-gesprek); who took part is checked against the pupil's age on the day it was held. */
export async function addConversation({ actor, input }: { actor: Actor; input: TAddConversation }): Promise<string> {
  const who = { parents: input.withParents, pupil: input.withPupil };
  await writeCaseEntry({
    actor,
    pupilId: input.pupilId,
    entry: { kind: "CONVERSATION", occurredOn: input.occurredOn, title: input.title ?? "Waarom-gesprek", body: input.body, participants: encodeParticipants(who) },
    check: (pupil) => {
      const problem = conversationParticipantsProblem(ageOn(pupil.birthDate, input.occurredOn), who, { firstName: pupil.firstName });
      return problem ? { participants: [problem] } : null;
    },
  });
  return "Het gesprek staat in het dossier.";
}

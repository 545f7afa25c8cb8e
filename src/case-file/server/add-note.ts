import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { TAddNote } from "../schemas";
import { writeCaseEntry } from "./write-case-entry";

/** Records a note in the case file. */
export async function addNote({ actor, input }: { actor: Actor; input: TAddNote }): Promise<string> {
  await writeCaseEntry({
    actor,
    pupilId: input.pupilId,
    entry: { kind: "NOTE", occurredOn: input.occurredOn, title: input.title ?? "Notitie", body: input.body },
  });
  return "De notitie staat in het dossier.";
}

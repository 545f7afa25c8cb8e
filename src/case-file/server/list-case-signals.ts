import "server-only";
import type { SignalState } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { ZSignalEvidenceSchema, type TSignalEvidence } from "@/signals/signal-evidence";

export interface TCaseSignal {
  id: string;
  kind: string;
  mandatory: boolean;
  repeat: boolean;
  startDate: string;
  endDate: string | null;
  hours: number | null;
  reachedOn: string;
  dueBy: string | null;
  provisional: boolean;
  level: number | null;
  count: number | null;
  state: SignalState;
  ownerId: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** Why the coordinator closed it (a CLOSE_REASONS code and free text); null while it is not closed. */
  closeReason: string | null;
  closeNote: string | null;
  /** The lessons behind it; null when the stored evidence has an older shape. */
  evidence: TSignalEvidence | null;
}

/** Every signal of the pupil, withdrawn ones too (the case file keeps the history), newest first. */
export async function listCaseSignals({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<TCaseSignal[]> {
  const rows = await prisma.signal.findMany({
    where: { pupilId, pupil: pupilScope(actor), ...inSchool(actor) },
    orderBy: [{ reachedOn: "desc" }, { kind: "asc" }],
    select: {
      id: true, kind: true, mandatory: true, repeat: true, startDate: true, endDate: true, hours: true, reachedOn: true, dueBy: true,
      provisional: true, level: true, count: true, state: true, ownerId: true, withdrawnAt: true, withdrawnReason: true, closeReason: true, closeNote: true, evidence: true,
    },
  });
  return rows.map((s) => {
    const evidence = ZSignalEvidenceSchema.safeParse(s.evidence);
    return {
      ...s,
      startDate: isoDate(s.startDate),
      endDate: s.endDate ? isoDate(s.endDate) : null,
      hours: s.hours === null ? null : s.hours.toNumber(),
      reachedOn: isoDate(s.reachedOn),
      dueBy: s.dueBy ? isoDate(s.dueBy) : null,
      evidence: evidence.success ? evidence.data : null,
    };
  });
}

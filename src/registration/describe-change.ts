import type { AttendanceStatus, Observation } from "@/db/generated/prisma/enums";
import { STATUS_LABELS } from "./status-labels";

const OBSERVATION_LABELS: Record<Observation, string> = { PRESENT: "aanwezig", ABSENT: "afwezig", LATE: "te laat", SENT_OUT: "verwijderd uit de les" };

/** A history line's "from" and "to" in Dutch: the category, or the observation when the category did not change. */
export function describeChange(change: {
  fromObserved: Observation | null; toObserved: Observation | null;
  fromStatus: AttendanceStatus | null; toStatus: AttendanceStatus | null; toLateMinutes: number | null;
}): { from: string; to: string } {
  const late = change.toLateMinutes ? ` (${change.toLateMinutes} min)` : "";
  if (change.fromStatus !== change.toStatus) {
    return { from: STATUS_LABELS[change.fromStatus ?? "UNREGISTERED"], to: `${STATUS_LABELS[change.toStatus ?? "UNREGISTERED"]}${late}` };
  }
  return {
    from: change.fromObserved ? `waargenomen: ${OBSERVATION_LABELS[change.fromObserved]}` : "niet waargenomen",
    to: change.toObserved ? `waargenomen: ${OBSERVATION_LABELS[change.toObserved]}${late}` : "niet waargenomen",
  };
}

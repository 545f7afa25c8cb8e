import { LESSON_STATUSES, parseIsoDate, type TLessonStatus } from "@/rules";
import { STATUS_LABELS } from "@/registration/status-labels";

import type { TPupilLessons } from "./pupil-lessons";
import { ZSignalEvidenceSchema } from "./signal-evidence";

const PREFIX = "Niet meer onderbouwd door de registraties";

/** "12-3-2027" */
function dutchShortDate(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))}-${Number(isoDate.slice(5, 7))}-${isoDate.slice(0, 4)}`;
}

/**
 * Why a stored signal is withdrawn, in words the coordinator can check: the
 * lessons of its stored evidence that are now registered differently (a mark
 * corrected from absent to present, a sick report, a leave decision), or,
 * when none of them changed, that something around them did. `replacementStart`
 * names a signal of the same kind that the new evaluation found instead.
 *
 * @example
 * withdrawalReason(evidence, current, { replacementStart: null })
 * // "Niet meer onderbouwd door de registraties: 3 van de 18 lessen uit het bewijs zijn nu anders geregistreerd (3× aanwezig)."
 */
export function withdrawalReason(storedEvidence: unknown, current: TPupilLessons, options: { replacementStart: string | null }): string {
  const parsed = ZSignalEvidenceSchema.safeParse(storedEvidence);
  const lessons = parsed.success ? parsed.data.lessons : [];

  const now = new Map<string, TLessonStatus>();
  const { columns, period } = current;
  for (let k = 0; k < columns.length; k++) {
    now.set(`${columns.day[k]}|${columns.startMinute[k]}|${period[k]}`, LESSON_STATUSES[columns.status[k]! - 1]!);
  }
  const changed = new Map<string, number>();
  for (const lesson of lessons) {
    const [hours, minutes] = lesson.start.split(":").map(Number) as [number, number];
    const status = now.get(`${parseIsoDate(lesson.date)}|${hours * 60 + minutes}|${lesson.period}`);
    if (status === lesson.status) continue;
    const label = status === undefined ? "niet meer geregistreerd of niet meer op het rooster" : STATUS_LABELS[status].toLowerCase();
    changed.set(label, (changed.get(label) ?? 0) + 1);
  }

  const count = [...changed.values()].reduce((sum, n) => sum + n, 0);
  const reason =
    count > 0
      ? `${PREFIX}: ${count} van de ${lessons.length} lessen uit het bewijs ${count === 1 ? "is" : "zijn"} nu anders geregistreerd (${[...changed]
          .map(([label, n]) => `${n}× ${label}`)
          .join(", ")}).`
      : `${PREFIX}: bij herbeoordeling geven de regels dit signaal niet meer, terwijl de lessen uit het bewijs ongewijzigd zijn (er veranderde iets anders: een les in de periode eromheen, het rooster of de instellingen).`;
  return options.replacementStart === null
    ? reason
    : `${reason} Er is nu een signaal van deze soort vanaf ${dutchShortDate(options.replacementStart)}.`;
}

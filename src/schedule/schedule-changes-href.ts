/**
 * A pupil's schedule changes page (opbouwrooster, vrijstelling, stage), beside their case file.
 *
 * @example scheduleChangesHref("0193…") // "/verzuim/leerling/0193…/rooster"
 */
export function scheduleChangesHref(pupilId: string): string {
  return `/verzuim/leerling/${encodeURIComponent(pupilId)}/rooster`;
}

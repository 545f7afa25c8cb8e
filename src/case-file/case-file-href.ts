/**
 * The case file (dossier) page of a pupil. Links to a case file use this, so
 * the path lives in one place.
 *
 * @example caseFileHref("0193…") // "/verzuim/leerling/0193…"
 */
export function caseFileHref(pupilId: string): string {
  return `/verzuim/leerling/${encodeURIComponent(pupilId)}`;
}

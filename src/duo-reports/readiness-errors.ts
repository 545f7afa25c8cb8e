import { isValidBsn } from "@/bsn/is-valid-bsn";
import type { TDuoHumanFields } from "./schemas";

/**
 * What is still missing before a report can be marked ready for DUO, per
 * form field, in Dutch; empty when complete. The data fields come from the
 * administration; of those only the pupil number can be missing (a pupil
 * without BSN or onderwijsnummer cannot be reported) or wrong: a BSN must be
 * readable and pass the elfproef. Runs on the server, on the decrypted BSN.
 *
 * @example readinessErrors({ ...complete, municipalityActionWanted: false, municipalityActionExplanation: null })
 * // { municipalityActionExplanation: ["Leg uit waarom de school geen actie van de gemeente vraagt."] }
 */
export function readinessErrors(
  report: TDuoHumanFields & { pupilNumber: { kind: "BSN" | "Onderwijsnummer"; value: string | null } | null },
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const need = (field: string, present: boolean, message: string) => {
    if (!present) errors[field] = [message];
  };
  const number = report.pupilNumber;
  need("pupilNumber", number !== null, "Deze leerling heeft geen BSN of onderwijsnummer in de administratie. Vul dat eerst aan; zonder nummer kan DUO de melding niet verwerken.");
  if (number?.kind === "BSN" && number.value === null) {
    need("pupilNumber", false, "Het BSN van deze leerling is onleesbaar in Aanwezig. Vraag de beheerder om het te herstellen; zonder BSN kan DUO de melding niet verwerken.");
  } else if (number?.kind === "BSN" && !isValidBsn(number.value!)) {
    need("pupilNumber", false, "Het BSN van deze leerling klopt niet (elfproef). Controleer het in de administratie.");
  }
  need("suspectedReason", report.suspectedReason !== null, "Vul de vermoedelijke reden van het verzuim in.");
  need("actionsTaken", report.actionsTaken !== null, "Beschrijf wat de school al heeft gedaan om het verzuim te stoppen.");
  need("municipalityActionWanted", report.municipalityActionWanted !== null, "Kies of de school actie van de gemeente wil.");
  if (report.municipalityActionWanted === false) {
    need("municipalityActionExplanation", report.municipalityActionExplanation !== null, "Leg uit waarom de school geen actie van de gemeente vraagt.");
  }
  need("reporterName", report.reporterName !== null, "Vul de naam van de melder in.");
  need("reporterFunction", report.reporterFunction !== null, "Vul de functie van de melder in, bijvoorbeeld ‘mentor’.");
  need("reporterPhone", report.reporterPhone !== null, "Vul een telefoonnummer in waarop de leerplichtambtenaar de melder kan bereiken.");
  need("reporterEmail", report.reporterEmail !== null, "Vul het e-mailadres van de melder in.");
  return errors;
}

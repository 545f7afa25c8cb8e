import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { OwnPupil } from "@/guardians/server/own-pupils";
import { reportRecipients } from "@/guardians/server/report-recipients";
import { sendMail } from "@/mail/send-mail";
import { describeReport, KIND_TITLES, type ReportView } from "../describe-report";
import type { ReportContext } from "./report-context";

/**
 * The confirmation of a report (or of "beter") by e-mail to everyone who is told about the pupil
 * (reportRecipients: guardians with parental authority, the pupil from 18). No diagnosis: none was asked.
 * A failing mail server does not undo the report (sendMail logs and answers).
 */
export async function mailReportConfirmation({ actor, context, report, pupil }: { actor: Actor; context: ReportContext; report: ReportView; pupil: OwnPupil }): Promise<void> {
  const recipients = await reportRecipients({ schoolId: actor.schoolId, pupilId: pupil.id, today: context.today });
  const title = report.state === "RECOVERED" ? "Betermelding" : KIND_TITLES[report.kind];
  const subject = `${title} ontvangen: ${pupil.name}`;
  await Promise.all(recipients.map((to) => sendMail({
    to: to.email,
    subject,
    text: [
      `Beste ${to.name},`,
      "",
      `${context.schoolName} heeft deze melding voor ${pupil.name} ontvangen:`,
      `${describeReport(report)}.`,
      `Gemeld door: ${actor.name}.`,
      "",
      report.kind === "SICK" && report.state === "ACTIVE" ? `Is ${pupil.firstName} weer beter? Meld dat in Aanwezig onder ‘Afwezigheid melden’.` : "",
      "Klopt er iets niet? Neem dan contact op met de school.",
      "",
      "Met vriendelijke groet,",
      context.schoolName,
    ].join("\n"),
  })));
}

/**
 * What an audit entry's action means, in the administrator's words, and
 * whether it was a read of a pupil's data or a change. Actions not listed here
 * (a new one) show their code, so nothing is ever hidden from the log.
 *
 * @example auditActionLabel("register.read-sensitive") // { label: "Register met ziek of afspraak ingezien", kind: "read" }
 */
export function auditActionLabel(action: string): { label: string; kind: "read" | "change" } {
  return { label: LABELS[action] ?? action, kind: isReadAction(action) ? "read" : "change" };
}

/** A read is named so (the log's filter asks the database by these endings). */
export const READ_ACTION_SUFFIXES = [".read", ".read-sensitive", ".export", ".download", ".view"] as const;

function isReadAction(action: string): boolean {
  return READ_ACTION_SUFFIXES.some((suffix) => action.endsWith(suffix));
}

const LABELS: Record<string, string> = {
  "case-file.read": "Dossier ingezien",
  "register.read-sensitive": "Register met ziek of afspraak ingezien",
  "duo-report.read": "DUO-melding ingezien",
  "duo-report.export": "DUO-melding gedownload",
  "letter.download": "Brief gedownload",
  "case-entry.create": "Dossier aangevuld",
  "letter.create": "Brief gemaakt",
  "letter-template.update": "Briefsjabloon gewijzigd",
  "registration.change": "Registratie gewijzigd",
  "schedule-change.create": "Roosteraanpassing van een leerling vastgelegd",
  "schedule-change.update": "Roosteraanpassing van een leerling bijgewerkt",
  "schedule-change.end": "Roosteraanpassing van een leerling beëindigd",
  "schedule-change.remove": "Roosteraanpassing van een leerling verwijderd",
  "registration.reminder.send": "Herinnering aan docent gestuurd",
  "duo-report.create": "DUO-melding aangemaakt",
  "duo-report.update": "DUO-melding bewerkt",
  "duo-report.ready": "DUO-melding klaargezet",
  "duo-report.reopen": "DUO-melding heropend",
  "duo-report.submit": "DUO-melding verstuurd",
  "duo-report.duo-status": "DUO-status bijgewerkt",
  "duo-report.end-date-known": "Einddatum verzuim bekend",
  "duo-report.end-date-sent": "Einddatum aan DUO gemeld",
  "absence-report.create": "Afwezigheid gemeld door ouder of leerling",
  "absence-report.recover": "Beter gemeld door ouder of leerling",
  "account.two-step.reset": "Tweestapsverificatie van een medewerker of ouder hersteld",
  "account.invite": "Uitgenodigd voor een account (of toegang gegeven aan een bestaand account)",
  "account.invitation.accept": "Uitnodiging aangenomen: eigen wachtwoord gekozen",
  "account.roles.update": "Rollen van een persoon gewijzigd",
  "account.deactivate": "Persoon gedeactiveerd",
  "account.reactivate": "Persoon weer geactiveerd",
  "account.password-reset.send": "Link voor een nieuw wachtwoord verstuurd",
  "account.password-reset.use": "Nieuw wachtwoord gekozen met een link",
  "school.create": "School aangemaakt door de beheerder van het platform",
  "retention.apply": "Bewaartermijn toegepast: gegevens van vertrokken leerlingen verwijderd",
  "school.retention-years.update": "Bewaartermijn gewijzigd",
  "school.correction-days.update": "Correctietermijn docenten gewijzigd",
  "calendar.school-year.create": "Schooljaar aangemaakt",
  "calendar.event.add": "Vakantie of vrije dag toegevoegd",
  "calendar.event.update": "Vakantie of vrije dag gewijzigd",
  "calendar.event.remove": "Vakantie of vrije dag weggehaald",
  "calendar.bell-period.add": "Lesuur toegevoegd",
  "calendar.bell-period.update": "Lestijden gewijzigd",
  "calendar.bell-schedule.add": "Lestijdentabel toegevoegd",
  "calendar.bell-schedule.weekdays": "Lestijden per weekdag gekozen",
  "calendar.bell-schedule.date-add": "Dag met andere lestijden toegevoegd",
  "calendar.bell-schedule.date-remove": "Dag met andere lestijden weggehaald",
  "timetable.import": "Rooster geïmporteerd",
};

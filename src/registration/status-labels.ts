import type { AttendanceStatus } from "@/db/generated/prisma/enums";

/** The Dutch names of the registration categories (research report, ch. 3.3). */
export const STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Aanwezig",
  LATE_EXCUSED: "Geoorloofd te laat",
  LATE_UNEXCUSED: "Ongeoorloofd te laat",
  SICK: "Ziek",
  MEDICAL: "Medisch bezoek",
  LEAVE: "Verlof",
  SCHOOL_INITIATED: "Door school (verwijderd, geschorst)",
  OTHER_EXCUSED: "Overig geoorloofd",
  ABSENT_UNEXCUSED: "Ongeoorloofd afwezig",
  ABSENT_UNKNOWN: "Afwezig, reden onbekend",
  UNREGISTERED: "Niet geregistreerd",
  CANCELLED: "Vervallen",
};

import type { RegistrationSource } from "@/db/generated/prisma/enums";

/** Who set a registration's category, as the register shows it. */
export const SOURCE_LABELS: Record<RegistrationSource, string> = {
  TEACHER: "door docent",
  GUARDIAN: "gemeld door ouder",
  PUPIL: "gemeld door leerling",
  LEAVE: "volgens verlofbesluit",
  FOLLOW_UP_CALL: "nagebeld door verzuimcoördinator",
  COORDINATOR: "besluit verzuimcoördinator",
  SCHOOL: "door school",
};

import type { LeaveState, LeaveType } from "@/db/generated/prisma/enums";

export const LEAVE_TYPE_LABELS: Record<LeaveType, string> = {
  HOLIDAY_LEAVE: "Vakantieverlof (werk van de ouders)",
  SPECIAL_CIRCUMSTANCES: "Gewichtige omstandigheden",
  RELIGIOUS: "Godsdienstige of levensbeschouwelijke verplichting",
  OTHER: "Ander verlof",
};

/** What each type means and what the law allows, shown beside the choice in the form. */
export const LEAVE_TYPE_HINTS: Record<LeaveType, string> = {
  HOLIDAY_LEAVE:
    "Alleen als de ouders door hun werk in geen enkele schoolvakantie samen op vakantie kunnen. Eén keer per schooljaar, hoogstens 10 schooldagen, niet in de eerste twee weken na de zomervakantie, met een verklaring van de werkgever, en ruim van tevoren aangevraagd.",
  SPECIAL_CIRCUMSTANCES:
    "Bijvoorbeeld een huwelijk, begrafenis, jubileum of verhuizing in de familie. Tot en met 10 schooldagen beslist de schoolleider; bij meer dan 10 schooldagen beslist de leerplichtambtenaar van de gemeente.",
  RELIGIOUS: "Voor een feestdag of verplichting van je geloof of levensovertuiging. Meld dit minstens 2 dagen van tevoren.",
  OTHER: "",
};

export const LEAVE_STATE_LABELS: Record<LeaveState, string> = {
  REQUESTED: "Aangevraagd",
  APPROVED: "Toegekend",
  REJECTED: "Afgewezen",
  REFERRED: "Bij de leerplichtambtenaar",
  WITHDRAWN: "Ingetrokken",
};

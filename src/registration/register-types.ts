import type { AttendanceStatus, Observation, RegistrationSource } from "@/db/generated/prisma/enums";

/** One pupil's row in the register, as the browser gets it. */
export type RegisterPupil = {
  pupilId: string;
  name: string;
  initials: string;
  observed: Observation | null;
  observedLateMinutes: number | null;
  status: AttendanceStatus;
  statusSource: RegistrationSource | null;
  /** What a parent's report or approved leave says, shown and pre-filled. */
  known: { status: AttendanceStatus; source: RegistrationSource } | null;
  lastMarkedAt: string | null;
  /** A guest from another group (an individual schedule adds this lesson). */
  guest: boolean;
  /**
   * Why this pupil's schedule differs on the lesson's date, one word per kind of change in force
   * ("opbouwrooster", "vrijstelling", "stage", "extra"), shown as quiet tags; never the change's own reason.
   */
  scheduleTags: string[];
  history: { at: string; by: string; from: string; to: string }[];
};

export type RegisterLesson = {
  id: string;
  date: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  groupName: string;
  subjectName: string;
  teacherName: string | null;
  room: string | null;
  cancelled: boolean;
  registeredAt: string | null;
  /** The instant the lesson starts, for "minutes late" by default. */
  startsAt: string;
};

export type RegisterView = {
  lesson: RegisterLesson;
  pupils: RegisterPupil[];
  /** Pupils of the group whose individual schedule leaves this lesson out, with the one word why ("stage"); they are not in `pupils`. */
  exempt: { pupilId: string; name: string; word: string }[];
  /** Why the actor may not change this lesson, in Dutch; null when they may. */
  readOnlyReason: string | null;
  /** When a lesson of today that has not begun yet can be registered (then `readOnlyReason` says so); else null. */
  opensAt: string | null;
  /** The server's clock, so that the browser can time its marks on the server's clock. */
  serverNow: string;
};

export type MarkResult = {
  idempotencyKey: string;
  pupilId: string;
  outcome: "applied" | "replayed" | "stale" | "skipped" | "kept-decision";
};

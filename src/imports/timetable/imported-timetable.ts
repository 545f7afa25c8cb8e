/**
 * A timetable as read from an export, before it is matched with the school's groups, staff and subjects:
 * what the Zermelo and Untis readers produce and the timetable import writes (decision 145). Codes are as
 * in the source (class "2B", cluster "4hv-wisA1", teacher "JAN", subject "wi"); matching is by code.
 */
export interface ImportedLesson {
  /** Where the lesson came from, for messages: the record's line (Untis) or position (Zermelo, 1-based). */
  line: number;
  /** The source's own id, when it has one (Zermelo appointment id); null otherwise. */
  sourceId: string | null;
  date: string; // YYYY-MM-DD in the school's time zone
  startMinutes: number; // after midnight, school time zone
  endMinutes: number;
  /** The lesson hour (Zermelo startTimeSlot, Untis hour); null when the source has none. */
  period: number | null;
  /** Class and cluster codes; a lesson for several classes names each of them. */
  groupCodes: string[];
  teacherCodes: string[];
  subjectCode: string;
  rooms: string[];
  cancelled: boolean;
  /**
   * The pupils (student numbers) of this lesson when the source lists them per lesson (Zermelo's
   * appointment students, for cluster lessons); null when the groups' members are meant.
   */
  studentNumbers: string[] | null;
}

/** A pupil in a cluster group (keuzewerktijd, an option): from Untis' student–course assignment. */
export interface ImportedClusterMember {
  line: number;
  groupCode: string;
  studentNumber: string;
}

/** A row of the file that cannot be taken, with why (Dutch, for the administrator). */
export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportedTimetable {
  lessons: ImportedLesson[];
  clusterMembers: ImportedClusterMember[];
  problems: ImportProblem[];
}

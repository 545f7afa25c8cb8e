/**
 * The usual Dutch secondary-school day: eight 50-minute periods from 8:30, a break after the 2nd and 6th
 * period and lunch after the 4th ([start, end] in minutes after midnight). A new school starts with it
 * (decision 159) and changes it in Beheer; the demo school uses it too.
 */
export const DEFAULT_BELL_PERIODS: readonly (readonly [number, number])[] = [
  [510, 560], [560, 610], [630, 680], [680, 730], [760, 810], [810, 860], [875, 925], [925, 975],
];

export const DEFAULT_BELL_SCHEDULE_NAME = "Normaal rooster";

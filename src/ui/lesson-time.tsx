import { clockTime } from "@/calendar/school-time";

export function LessonTime({ startMinutes, endMinutes }: { startMinutes: number; endMinutes: number }) {
  return (
    <span className="tabular-nums">
      {clockTime(startMinutes)}–{clockTime(endMinutes)}
    </span>
  );
}

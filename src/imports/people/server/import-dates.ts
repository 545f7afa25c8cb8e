import "server-only";
import { schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { parseDutchDate } from "../parse-dutch-date";

/** Today in the school's time zone, and the end date for leavers (today unless chosen), checked. */
export function importDates({ timeZone, now, endDate }: { timeZone: string; now: Date; endDate?: string | null }): { today: string; endDate: string } {
  const today = schoolToday(timeZone, now);
  if (endDate === undefined || endDate === null || endDate === "") return { today, endDate: today };
  const parsed = parseDutchDate(endDate);
  if (parsed === null) throw new AppError("INVALID_INPUT", "De einddatum voor vertrokken leerlingen bestaat niet. Kies een datum.", { endDate: ["Kies een bestaande datum."] });
  return { today, endDate: parsed };
}

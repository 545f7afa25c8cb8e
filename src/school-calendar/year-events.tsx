import { dutchDate } from "@/calendar/school-time";
import { periodText } from "@/calendar/period-text";
import { EventForm } from "./event-form";
import { RemoveEventForm } from "./remove-event-form";
import type { YearCalendarEvent } from "./server/get-year-calendar";

/** One school year's holidays and free days, each with its change and remove forms. */
export function YearEvents({ yearId, events, min, max }: { yearId: string; events: YearCalendarEvent[]; min: string; max: string }) {
  if (events.length === 0) return <p className="px-4 py-3 text-slate-700">Nog geen vakanties of vrije dagen in dit schooljaar.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {events.map((e) => (
        <li key={e.id} className="space-y-2 px-4 py-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span>
              <span className="font-medium">{e.name}</span>{" "}
              <span className="text-sm text-slate-600">({e.kind === "HOLIDAY" ? "vakantie" : "vrije dag"}{e.cancelledLessons > 0 ? `, ${e.cancelledLessons} ${e.cancelledLessons === 1 ? "les vervalt" : "lessen vervallen"}` : ""})</span>
            </span>
            <span className="text-slate-700">{periodText(e.startDate, e.endDate, { formatDate: dutchDate, through: "t/m" })}</span>
          </div>
          <details className="group">
            <summary className="cursor-pointer text-sm text-blue-800 underline focus:outline-none focus:ring-2 focus:ring-blue-700">Wijzigen of weghalen<span className="sr-only">: {e.name}</span></summary>
            <div className="mt-3 space-y-4 rounded-md border border-slate-200 p-3">
              <EventForm yearId={yearId} event={e} min={min} max={max} />
              <RemoveEventForm eventId={e.id} name={e.name} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

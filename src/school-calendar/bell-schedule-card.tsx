import { clockTime } from "@/calendar/school-time";
import { PeriodForm } from "./bell-forms";
import type { BellScheduleView } from "./server/list-bell-schedules";

/** One bell schedule: its periods in a table, each editable, and a form for a new period. */
export function BellScheduleCard({ schedule, tomorrow }: { schedule: BellScheduleView; tomorrow: string }) {
  const headingId = `tabel-${schedule.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={headingId} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">{schedule.name}</h2>
      {schedule.periods.length === 0 ? <p className="px-4 py-3 text-slate-700">Nog geen lesuren.</p> : (
        <ul className="divide-y divide-slate-100">
          {schedule.periods.map((p) => (
            <li key={p.number} className="px-4 py-2">
              <details>
                <summary className="flex cursor-pointer flex-wrap justify-between gap-2 focus:outline-none focus:ring-2 focus:ring-blue-700">
                  <span className="font-medium">{p.number}e uur</span>
                  <span className="text-slate-700">{clockTime(p.startMinutes)}–{clockTime(p.endMinutes)} <span className="text-sm text-blue-800 underline">wijzigen</span></span>
                </summary>
                <div className="mt-3"><PeriodForm schedule={schedule} period={p} tomorrow={tomorrow} /></div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <div className="border-t border-slate-200 px-4 py-3">
        <h3 className="mb-2 font-medium">Lesuur toevoegen</h3>
        <PeriodForm schedule={schedule} tomorrow={tomorrow} />
      </div>
    </section>
  );
}

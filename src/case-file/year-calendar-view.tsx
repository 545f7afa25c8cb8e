import { CELL_STYLES, LEGEND, SIGNAL_OUTLINE, TODAY_RING } from "./calendar-cell-styles";
import type { TCalendarMonth } from "./year-calendar";

const WEEKDAYS = [["ma", "maandag"], ["di", "dinsdag"], ["wo", "woensdag"], ["do", "donderdag"], ["vr", "vrijdag"], ["za", "zaterdag"], ["zo", "zondag"]] as const;

/** The school year as twelve small month tables; each cell's summary is its text for screen readers and its tooltip. */
export function YearCalendarView({ months, today }: { months: TCalendarMonth[]; today: string }) {
  return (
    <div>
      <ul aria-label="Legenda" className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {LEGEND.map((kind) => (
          <li key={kind} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-flex h-5 w-5 items-center justify-center rounded-sm text-xs font-semibold ${CELL_STYLES[kind].className}`}>{CELL_STYLES[kind].letter}</span>
            {CELL_STYLES[kind].label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-5 w-5 rounded-sm bg-white ${SIGNAL_OUTLINE}`} />
          In de periode van een signaal
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-5 w-5 rounded-sm bg-white ${TODAY_RING}`} />
          Vandaag
        </li>
      </ul>
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 sm:grid-cols-3 lg:grid-cols-4">
        {months.map((month) => (
          <table key={month.key} className="border-separate border-spacing-0.5 text-center">
            <caption className="pb-1 text-left text-sm font-medium first-letter:uppercase">{month.name}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map(([short, full]) => (
                  <th key={short} scope="col" abbr={full} className="text-[11px] font-normal text-slate-600">{short}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week, i) => (
                <tr key={i}>
                  {week.map((cell, j) => {
                    if (!cell) return <td key={j} />;
                    const style = CELL_STYLES[cell.kind];
                    const isToday = cell.date === today;
                    return (
                      <td key={cell.date} title={cell.summary} aria-current={isToday ? "date" : undefined} className="p-0">
                        <span aria-hidden="true" className={`mx-auto flex h-[22px] w-[22px] items-center justify-center rounded-sm text-[11px] font-semibold sm:h-6 sm:w-6 ${style.className} ${cell.signals.length ? SIGNAL_OUTLINE : ""} ${isToday ? TODAY_RING : ""}`}>
                          {style.letter}
                        </span>
                        <span className="sr-only">{cell.summary}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}

import Link from "next/link";
import { addDays, dutchDate } from "@/calendar/school-time";

/** Previous day (not before `earliest`), today, next day: links that keep the rest of the page's query. */
export function DayNavigation({ path, date, today, earliest, query = {} }: { path: string; date: string; today: string; earliest?: string; query?: Record<string, string> }) {
  const href = (d: string) => {
    const params = new URLSearchParams({ ...query, ...(d === today ? {} : { datum: d }) });
    const text = params.toString();
    return text ? `${path}?${text}` : path;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700";
  return (
    <nav aria-label="Andere dag" className="flex flex-wrap items-center gap-2">
      {earliest === undefined || date > earliest ? <Link href={href(addDays(date, -1))} className={link} aria-label={`Vorige dag, ${dutchDate(addDays(date, -1))}`}>← Vorige dag</Link> : null}
      {date !== today ? <Link href={href(today)} className={link}>Vandaag</Link> : null}
      {date < today ? <Link href={href(addDays(date, 1))} className={link} aria-label={`Volgende dag, ${dutchDate(addDays(date, 1))}`}>Volgende dag →</Link> : null}
    </nav>
  );
}

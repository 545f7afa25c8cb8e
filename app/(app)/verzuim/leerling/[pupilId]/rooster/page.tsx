import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { caseFileHref } from "@/case-file/case-file-href";
import { ZCaseFileParamsSchema } from "@/case-file/schemas";
import { isAppError } from "@/errors/app-error";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { ScheduleChangesView } from "@/schedule/schedule-changes-view";
import { listScheduleChanges } from "@/schedule/server/list-schedule-changes";

export const metadata: Metadata = { title: "Rooster van een leerling · Aanwezig" };

/** A pupil's individual schedule changes: opbouwrooster, vrijstelling, stage (the coordinator and administrator change them; a mentor reads). */
export default async function PupilSchedulePage({ params }: { params: Promise<{ pupilId: string }> }) {
  const actor = await requirePagePermission("schedule:view");
  const { pupilId } = await params;
  if (!ZCaseFileParamsSchema.safeParse({ pupilId }).success) notFound();
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const page = await listScheduleChanges({ actor, pupilId }).catch((error: unknown) => {
    // Another school's pupil, or another group's for a mentor, is "not found", exactly like one that does not exist.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Rooster van {page.pupil.name}</h1>
        <p className="text-slate-700">
          Aanpassingen van het rooster van deze leerling. Lessen die de leerling niet volgt, tellen niet als verzuim; de docent ziet in het register één woord: opbouwrooster, vrijstelling of stage.
        </p>
        {can(actor, "case-file:view") ? <p className="mt-2"><Link href={caseFileHref(page.pupil.id)} className="text-blue-800 underline">Naar het dossier</Link></p> : null}
        <p className="mt-1 text-sm text-slate-600">Vandaag is het {dutchDate(today)}.</p>
      </div>
      <ScheduleChangesView page={page} today={today} mayAdjust={can(actor, "schedule:adjust")} />
    </div>
  );
}

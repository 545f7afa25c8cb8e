import { currentActor } from "@/auth/current-actor";
import { publicOrigin } from "@/http/public-origin";
import { answerTimetableUpload } from "@/imports/timetable/server/answer-timetable-upload";

/** POST /api/imports/timetable — a timetable export for a preview (permission school:configure; decision 148). */
export async function POST(request: Request): Promise<Response> {
  return answerTimetableUpload(request, { permission: "school:configure", publicOrigin: publicOrigin(), actor: currentActor });
}

import { currentActor } from "@/auth/current-actor";
import { publicOrigin } from "@/http/public-origin";
import { answerPeopleUpload } from "@/imports/people/server/answer-people-upload";

/** POST /api/imports/people — a pupil, guardian or staff export to preview (permission school:configure; decision 144). */
export async function POST(request: Request): Promise<Response> {
  return answerPeopleUpload(request, { permission: "school:configure", publicOrigin: publicOrigin(), actor: currentActor });
}

import { currentActor } from "@/auth/current-actor";
import { publicOrigin } from "@/http/public-origin";
import { answerLeaveUpload } from "@/leave/server/answer-leave-upload";

/** POST /api/leave-requests — a leave request with its attachments (permission leave:request-own; decision 126). */
export async function POST(request: Request): Promise<Response> {
  return answerLeaveUpload(request, { permission: "leave:request-own", publicOrigin: publicOrigin(), actor: currentActor });
}

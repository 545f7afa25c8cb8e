import { answerAttachment } from "@/leave/server/answer-attachment";

/** GET /api/own-leave-attachments/:id — an attachment of a leave request for one's own child (or oneself from 18), audited. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerAttachment(request, await context.params, { permission: "leave:request-own", as: "requester" });
}

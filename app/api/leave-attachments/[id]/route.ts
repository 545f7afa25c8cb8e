import { answerAttachment } from "@/leave/server/answer-attachment";

/** GET /api/leave-attachments/:id — an attachment of any leave request of the school, for those who decide (audited). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerAttachment(request, await context.params, { permission: "leave:decide", as: "decider" });
}

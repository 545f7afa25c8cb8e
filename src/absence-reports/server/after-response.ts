import "server-only";
import { after } from "next/server";

/**
 * Runs work that the person need not wait for (the confirmation e-mails) after the response is sent, when
 * there is a request; called outside one (a test, a script), it runs it at once and waits for it.
 */
export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  try {
    after(task);
  } catch {
    await task();
  }
}

import "server-only";
import { AppError } from "@/errors/app-error";
import { impactText, impactToken, needsConfirmation, type CalendarImpact } from "../impact-text";

/**
 * Stops a change that touches lessons until the administrator confirmed exactly this impact (decision 150):
 * the answer carries the question and its token (field `confirmed`), the form shows it with a confirm button.
 */
export function confirmImpact({ change, impact, confirmed }: { change: string; impact: CalendarImpact; confirmed: string | undefined }): void {
  if (!needsConfirmation(impact)) return;
  const token = impactToken(change, impact);
  if (confirmed === token) return;
  throw new AppError("CONFLICT", impactText(impact), { confirmed: [token] });
}

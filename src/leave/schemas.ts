import { z } from "zod";
import { REQUESTABLE_LEAVE_TYPES } from "./check-leave-request";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const date = (missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).refine(isRealDate, "Deze datum bestaat niet; gebruik dag-maand-jaar.");
const text = (missing: string, min: number, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).min(min, `Schrijf minstens ${min} tekens.`).max(max, `Gebruik hoogstens ${max} tekens.`);
const leaveRequestId = z.guid({ error: "Onbekende verlofaanvraag." });

/** A leave request as the form sends it; the files are checked by the use case (type by magic bytes, size, count). */
export const ZRequestLeaveSchema = z.object({
  pupilId: z.guid({ error: "Kies voor wie je verlof aanvraagt." }),
  type: z.enum(REQUESTABLE_LEAVE_TYPES, { error: "Kies de soort verlof." }),
  startDate: date("Vul de eerste dag van het verlof in."),
  endDate: date("Vul de laatste dag van het verlof in."),
  reason: text("Schrijf de reden van het verlof.", 5, 2000),
  // One per rendered form (decision 126): the same form sent twice makes one request.
  idempotencyKey: z.guid({ error: "Dit formulier is verlopen. Vernieuw de pagina en probeer het opnieuw." }),
  attachments: z.array(z.instanceof(File)).default([]),
});
export type TRequestLeave = z.infer<typeof ZRequestLeaveSchema>;

export const LEAVE_DECISIONS = ["APPROVE", "REJECT", "REFER"] as const;
export const ZDecideLeaveSchema = z
  .object({
    leaveRequestId,
    decision: z.enum(LEAVE_DECISIONS, { error: "Kies: toekennen, afwijzen of doorsturen." }),
    note: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").default(""),
  })
  .refine((v) => v.decision === "APPROVE" || v.note.length >= 5, {
    path: ["note"],
    message: "Schrijf de reden (bij afwijzen) of het advies van de school (bij doorsturen); de aanvrager en de leerplichtambtenaar lezen die.",
  });
export type TDecideLeave = z.infer<typeof ZDecideLeaveSchema>;

export const ZRecordOfficerDecisionSchema = z.object({
  leaveRequestId,
  outcome: z.enum(["APPROVED", "REJECTED"], { error: "Kies wat de leerplichtambtenaar besliste." }),
  decidedOn: date("Vul de datum van het besluit van de leerplichtambtenaar in."),
  officerName: text("Vul de naam van de leerplichtambtenaar in.", 2, 120),
  note: text("Schrijf kort wat de leerplichtambtenaar besliste en waarom.", 5, 2000),
});
export type TRecordOfficerDecision = z.infer<typeof ZRecordOfficerDecisionSchema>;

export const ZWithdrawLeaveSchema = z.object({ leaveRequestId });
export type TWithdrawLeave = z.infer<typeof ZWithdrawLeaveSchema>;

export const ZLeaveSettingsSchema = z.object({
  leaveNoticeWeeks: z.coerce
    .number({ error: "Vul een aantal weken in." })
    .int("Vul een heel aantal weken in.")
    .min(0, "Vul 0 of meer weken in.")
    .max(26, "Hoogstens 26 weken."),
  coordinatorDecidesLeave: z.literal("on").optional().transform((v) => v === "on"),
});
export type TLeaveSettings = z.infer<typeof ZLeaveSettingsSchema>;

export const ZLeaveAttachmentParamsSchema = z.object({ id: z.guid({ error: "Onbekende bijlage." }) });

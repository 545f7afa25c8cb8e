"use server";

import { defineFormAction } from "@/auth/safe-action";
import { ZReportAppointmentSchema, ZReportRecoveredSchema, ZReportSickSchema } from "./schemas";
import { reportAppointment } from "./server/report-appointment";
import { reportRecovered } from "./server/report-recovered";
import { reportSick } from "./server/report-sick";

// The permission, not a role: parents and pupils of 18+ report (decision 120); record scope is in the use cases.
// No revalidation in the answer: the confirmation comes back without a re-render of the page; the form then
// refreshes the page itself (router.refresh), so the new report appears in the lists (bench:parents, decision 123).
export const reportSickAction = defineFormAction({
  permission: "absence:report-own",
  schema: ZReportSickSchema,
  run: reportSick,
});

export const reportAppointmentAction = defineFormAction({
  permission: "absence:report-own",
  schema: ZReportAppointmentSchema,
  run: reportAppointment,
});

export const reportRecoveredAction = defineFormAction({
  permission: "absence:report-own",
  schema: ZReportRecoveredSchema,
  // No revalidation: the report stays where it was and shows the confirmation in place of its form (a
  // fresh page would move it to the past reports and lose the message); the lists are fresh on the next visit.
  run: reportRecovered,
});

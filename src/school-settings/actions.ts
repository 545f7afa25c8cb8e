"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZUpdateCorrectionDaysSchema, ZUpdateReportLimitsSchema, ZUpdateRetentionYearsSchema, ZUpdateRulesProfileSchema } from "./schemas";
import { updateRulesProfile } from "./server/update-rules-profile";
import { updateCorrectionDays } from "./server/update-correction-days";
import { updateRetentionYears } from "./server/update-retention-years";
import { updateReportLimits } from "./server/update-report-limits";

export const updateRulesProfileAction = defineFormAction({
  permission: "school:configure",
  schema: ZUpdateRulesProfileSchema,
  run: async (args) => {
    const message = await updateRulesProfile(args);
    revalidatePath("/beheer");
    return message;
  },
});

export const updateCorrectionDaysAction = defineFormAction({
  permission: "school:configure",
  schema: ZUpdateCorrectionDaysSchema,
  run: async (args) => {
    const message = await updateCorrectionDays(args);
    revalidatePath("/beheer");
    return message;
  },
});

export const updateRetentionYearsAction = defineFormAction({
  permission: "school:configure",
  schema: ZUpdateRetentionYearsSchema,
  run: async (args) => {
    const message = await updateRetentionYears(args);
    revalidatePath("/beheer");
    return message;
  },
});

export const updateReportLimitsAction = defineFormAction({
  permission: "school:configure",
  schema: ZUpdateReportLimitsSchema,
  run: async (args) => {
    const message = await updateReportLimits(args);
    revalidatePath("/beheer");
    return message;
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { appNow } from "@/calendar/app-clock";
import { ZChooseGuardianViewSchema, ZPupilViewSettingSchema } from "./schemas";
import { chooseGuardianView } from "./server/choose-guardian-view";
import { setPupilViewSetting } from "./server/set-pupil-view-setting";

export const chooseGuardianViewAction = defineFormAction({
  permission: "guardian-view:choose",
  schema: ZChooseGuardianViewSchema,
  run: async ({ actor, input }) => {
    const message = await chooseGuardianView({ actor, input, now: appNow() });
    revalidatePath("/leerling");
    return message;
  },
});

export const setPupilViewSettingAction = defineFormAction({
  permission: "school:configure",
  schema: ZPupilViewSettingSchema,
  run: async (args) => {
    const message = await setPupilViewSetting(args);
    revalidatePath("/beheer");
    return message;
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import {
  ZAddBellScheduleSchema, ZAddScheduleDateSchema, ZCreateNextSchoolYearSchema, ZRemoveCalendarEventSchema, ZRemoveScheduleDateSchema,
  ZSaveBellPeriodSchema, ZSaveCalendarEventSchema, ZSetWeekdaySchedulesSchema,
} from "./schemas";
import { addBellSchedule } from "./server/add-bell-schedule";
import { addScheduleDate } from "./server/add-schedule-date";
import { createNextSchoolYear } from "./server/create-next-school-year";
import { removeCalendarEvent } from "./server/remove-calendar-event";
import { removeScheduleDate } from "./server/remove-schedule-date";
import { saveBellPeriod } from "./server/save-bell-period";
import { saveCalendarEvent } from "./server/save-calendar-event";
import { setWeekdaySchedules } from "./server/set-weekday-schedules";

const PERMISSION = "school:configure";

/** The calendar pages and Beheer's short calendar show the change with the answer. */
function refreshed<T>(result: T): T {
  revalidatePath("/beheer", "layout");
  return result;
}

export const saveCalendarEventAction = defineFormAction({ permission: PERMISSION, schema: ZSaveCalendarEventSchema, run: async (args) => refreshed(await saveCalendarEvent(args)) });

export const removeCalendarEventAction = defineFormAction({ permission: PERMISSION, schema: ZRemoveCalendarEventSchema, run: async (args) => refreshed(await removeCalendarEvent(args)) });

export const createNextSchoolYearAction = defineFormAction({ permission: PERMISSION, schema: ZCreateNextSchoolYearSchema, run: async (args) => refreshed(await createNextSchoolYear(args)) });

export const saveBellPeriodAction = defineFormAction({ permission: PERMISSION, schema: ZSaveBellPeriodSchema, run: async (args) => refreshed(await saveBellPeriod(args)) });

export const addBellScheduleAction = defineFormAction({ permission: PERMISSION, schema: ZAddBellScheduleSchema, run: async (args) => refreshed(await addBellSchedule(args)) });

export const setWeekdaySchedulesAction = defineFormAction({ permission: PERMISSION, schema: ZSetWeekdaySchedulesSchema, run: async (args) => refreshed(await setWeekdaySchedules(args)) });

export const addScheduleDateAction = defineFormAction({ permission: PERMISSION, schema: ZAddScheduleDateSchema, run: async (args) => refreshed(await addScheduleDate(args)) });

export const removeScheduleDateAction = defineFormAction({ permission: PERMISSION, schema: ZRemoveScheduleDateSchema, run: async (args) => refreshed(await removeScheduleDate(args)) });

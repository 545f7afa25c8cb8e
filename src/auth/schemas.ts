import { z } from "zod";

/** "Uitloggen op alle apparaten" takes no input: it is always about the signed-in person. */
export const ZEndAllSessionsSchema = z.object({});

/** The school switch: the school to move to; the server checks the membership (src/auth/server/switch-school.ts). */
export const ZSwitchSchoolSchema = z.object({
  schoolId: z.uuid({ error: "Kies een school uit de lijst." }),
});
export type TSwitchSchool = z.infer<typeof ZSwitchSchoolSchema>;

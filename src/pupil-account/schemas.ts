import { z } from "zod";

/** The 18+ pupil's choice: do their parents (still) see their registrations? */
export const ZChooseGuardianViewSchema = z.object({
  guardianView: z.enum(["show", "hide"], { error: "Kies of je ouders je registraties mogen zien." }),
});
export type TChooseGuardianView = z.infer<typeof ZChooseGuardianViewSchema>;

/** The school's setting: do pupils under 18 with an account see their own registrations? */
export const ZPupilViewSettingSchema = z.object({
  pupilsSeeOwnRegistrations: z.enum(["yes", "no"], { error: "Kies ja of nee." }),
});
export type TPupilViewSetting = z.infer<typeof ZPupilViewSettingSchema>;

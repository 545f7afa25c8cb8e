import { z } from "zod";

/** A code from the authenticator app, as typed (spaces allowed); the use case checks it. */
export const ZTwoStepCodeSchema = z.object({
  code: z.string().trim().min(1, "Vul de code uit je app in.").max(20, "Een code heeft 6 cijfers."),
});
export type TTwoStepCode = z.infer<typeof ZTwoStepCodeSchema>;

/** The administrator's reset of someone's second step: whose (their e-mail address) and the identity check done. */
export const ZResetTwoStepSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Vul het e-mailadres van de persoon in.").max(254, "Dit e-mailadres is te lang.").email("Dit is geen geldig e-mailadres."),
  identityChecked: z.literal("on", { error: "Bevestig dat je hebt gecontroleerd wie om het herstel vraagt." }),
});
export type TResetTwoStep = z.infer<typeof ZResetTwoStepSchema>;

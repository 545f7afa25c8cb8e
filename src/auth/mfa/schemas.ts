import { z } from "zod";

/** A code from the authenticator app, as typed (spaces allowed); the use case checks it. */
export const ZTwoStepCodeSchema = z.object({
  code: z.string().trim().min(1, "Vul de code uit je app in.").max(20, "Een code heeft 6 cijfers."),
});
export type TTwoStepCode = z.infer<typeof ZTwoStepCodeSchema>;

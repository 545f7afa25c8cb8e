import { z } from "zod";

const REGIONS = { noord: "NORTH", midden: "MIDDLE", zuid: "SOUTH" } as const;

/** `npm run school:create`'s arguments, with a precise Dutch message per field. */
export const ZCreateSchoolSchema = z.object({
  name: z.string({ error: "--naam ontbreekt" }).trim().min(1, "--naam is leeg").max(200, "--naam is langer dan 200 tekens"),
  brin: z.string({ error: "--brin ontbreekt" }).trim().toUpperCase()
    .regex(/^\d{2}[A-Z0-9]{2}$/, "--brin moet een BRIN-code van 4 tekens zijn: 2 cijfers en 2 letters of cijfers, bijvoorbeeld 12AB"),
  locationCode: z.string().trim().regex(/^\d{2}$/, "--vestiging moet 2 cijfers zijn, bijvoorbeeld 00 of 01").default("00"),
  city: z.string({ error: "--plaats ontbreekt" }).trim().min(1, "--plaats is leeg").max(100, "--plaats is langer dan 100 tekens"),
  region: z.string({ error: "--regio ontbreekt" }).trim().toLowerCase()
    .refine((value): value is keyof typeof REGIONS => value in REGIONS, { message: "--regio moet noord, midden of zuid zijn (de regio van de schoolvakanties)" })
    .transform((value) => REGIONS[value as keyof typeof REGIONS]),
  adminName: z.string({ error: "--beheerder-naam ontbreekt" }).trim().min(1, "--beheerder-naam is leeg").max(100, "--beheerder-naam is langer dan 100 tekens"),
  adminEmail: z.string({ error: "--beheerder-email ontbreekt" }).trim().toLowerCase().max(254, "--beheerder-email is te lang").email("--beheerder-email is geen geldig e-mailadres"),
});
export type TCreateSchool = z.infer<typeof ZCreateSchoolSchema>;

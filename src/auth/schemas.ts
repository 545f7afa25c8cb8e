import { z } from "zod";

/** "Uitloggen op alle apparaten" takes no input: it is always about the signed-in person. */
export const ZEndAllSessionsSchema = z.object({});

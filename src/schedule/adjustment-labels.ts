import type { AdjustmentCategory } from "@/db/generated/prisma/enums";

/**
 * The one word for why a pupil's schedule differs: the register's tag and "Niet in deze les: … (stage)".
 * Only this word leaves the coordinator's page; the change's own reason may be medical (decision 154).
 */
export const ADJUSTMENT_WORDS: Readonly<Record<AdjustmentCategory, string>> = {
  REDUCED_SCHEDULE: "opbouwrooster",
  EXEMPTION: "vrijstelling",
  INTERNSHIP: "stage",
  ADDITION: "extra",
};

/** The order the categories are offered and tagged in. */
export const ADJUSTMENT_CATEGORIES = ["REDUCED_SCHEDULE", "EXEMPTION", "INTERNSHIP", "ADDITION"] as const satisfies readonly AdjustmentCategory[];

import type { Region } from "@/db/generated/prisma/enums";

/** The holiday regions as the ministry names them. */
export const REGION_NAMES: Record<Region, string> = { NORTH: "Noord", MIDDLE: "Midden", SOUTH: "Zuid" };

import { PROFILES, type TProfileName, type TRulesSettings } from "./profiles";

/**
 * The settings of a profile with a school's overrides of single values.
 * `undefined` overrides are ignored, so a partially filled form can be passed as is.
 *
 * @example resolveSettings("parkstad", { longSickDays: 9 }).longSickDays // 9 (the override wins)
 * @example resolveSettings("twente", {}).frequentSickRuns // 3
 */
export function resolveSettings(profile: TProfileName, overrides: Partial<TRulesSettings> = {}): TRulesSettings {
  const settings: TRulesSettings = { ...PROFILES[profile] };
  for (const key of Object.keys(overrides) as (keyof TRulesSettings)[]) {
    const value = overrides[key];
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}

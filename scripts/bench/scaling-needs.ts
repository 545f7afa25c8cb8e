/*
 * The arithmetic of docs/scaling.md: measured CPU per register, per parent's report and per nightly
 * pupil, times the load of the busiest minute of a school day (08:30, the first lesson hour), gives the
 * cores a number of schools needs. Pure: `npm run bench:scaling` (scaling.ts) reads the figures from
 * bench-results/ and prints the table. Decision 178.
 */

/** CPU time per unit of work, in milliseconds, as the benchmarks measured it. */
export interface TMeasuredCpu {
  /** One register (open + 4 saves, the page as it works), the signals re-evaluation it queues included. */
  register: { appMs: number; postgresMs: number };
  /** One parent's sick report (page and form), app and PostgreSQL together: counted in full on both sides. */
  report: { totalMs: number };
  /** One pupil in the nightly pass: the worker and PostgreSQL. */
  nightlyPupil: { workerMs: number; postgresMs: number };
}

export interface TAssumptions {
  pupilsPerSchool: number;
  /** Pupils per lesson group: a school's lessons at the same hour are its pupils divided by this. */
  pupilsPerGroup: number;
  /** Groups that have a lesson in the first hour. */
  firstHourShare: number;
  /** Of the first hour's registers (all made in its first 10 minutes), the share made in the busiest minute. */
  busiestMinuteShare: number;
  /** Pupils reported absent by a parent in the morning's 10 busiest minutes. */
  reportShare: number;
  /** Of those reports, the share sent in the busiest minute. */
  reportBusiestMinuteShare: number;
  /** Cores are provisioned so that the busiest minute uses at most this share of them. */
  targetUtilisation: number;
  /** Hours the nightly pass may take (from 02:00). */
  nightHours: number;
}

export const ASSUMPTIONS: TAssumptions = {
  pupilsPerSchool: 1540, // ~1 M pupils in ~650 schools
  pupilsPerGroup: 25,
  firstHourShare: 0.9,
  busiestMinuteShare: 0.25,
  reportShare: 0.03,
  reportBusiestMinuteShare: 0.25,
  targetUtilisation: 0.5,
  nightHours: 1,
};

export interface TNeeds {
  schools: number;
  pupils: number;
  /** In the busiest minute. */
  registersPerSecond: number;
  reportsPerSecond: number;
  /** Average cores busy in the busiest minute. */
  appCoresBusy: number;
  postgresCoresBusy: number;
  /** Cores to provision (busy / target utilisation, rounded up, at least 1). */
  appCores: number;
  postgresCores: number;
  /** The nightly pass: CPU minutes in all, and cores busy to finish within `nightHours`. */
  nightlyCpuMinutes: number;
  nightlyWorkerCores: number;
  nightlyPostgresCores: number;
}

/**
 * What `schools` schools need at the busiest minute of the morning and at night.
 *
 * @example
 * // One school of 1,540 pupils: 62 groups, 55 first-hour registers, 14 of them in the busiest minute: 0.23 registers/s.
 * needsFor(1, measured).registersPerSecond; // 0.23
 */
export function needsFor(schools: number, cpu: TMeasuredCpu, a: TAssumptions = ASSUMPTIONS): TNeeds {
  const pupils = schools * a.pupilsPerSchool;
  const firstHourRegisters = (pupils / a.pupilsPerGroup) * a.firstHourShare;
  const registersPerSecond = (firstHourRegisters * a.busiestMinuteShare) / 60;
  const reportsPerSecond = (pupils * a.reportShare * a.reportBusiestMinuteShare) / 60;
  const busy = (perRegisterMs: number) => (registersPerSecond * perRegisterMs + reportsPerSecond * cpu.report.totalMs) / 1000;
  const appCoresBusy = busy(cpu.register.appMs);
  const postgresCoresBusy = busy(cpu.register.postgresMs);
  const provision = (cores: number) => Math.max(1, Math.ceil(cores / a.targetUtilisation));
  const nightSeconds = a.nightHours * 3600;
  return {
    schools,
    pupils,
    registersPerSecond: round2(registersPerSecond),
    reportsPerSecond: round2(reportsPerSecond),
    appCoresBusy: round2(appCoresBusy),
    postgresCoresBusy: round2(postgresCoresBusy),
    appCores: provision(appCoresBusy),
    postgresCores: provision(postgresCoresBusy),
    nightlyCpuMinutes: Math.round((pupils * (cpu.nightlyPupil.workerMs + cpu.nightlyPupil.postgresMs)) / 1000 / 60 * 10) / 10,
    nightlyWorkerCores: round2((pupils * cpu.nightlyPupil.workerMs) / 1000 / nightSeconds),
    nightlyPostgresCores: round2((pupils * cpu.nightlyPupil.postgresMs) / 1000 / nightSeconds),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

import { readdirSync, readFileSync } from "node:fs";

// Who used the machine's CPU during a run (Linux /proc): the bench process
// itself (the load generator), the app (next start and its launcher), its
// PostgreSQL, and everything else (other work on the machine). On 2 cores the
// load generator competes with the server; these figures say by how much.

export interface CpuSnapshot {
  atMs: number;
  /** Clock ticks (USER_HZ) of CPU time used so far. */
  bench: number;
  app: number;
  postgres: number;
  /** Busy and idle ticks of the whole machine, all cores together. */
  machineBusy: number;
  machineIdle: number;
}

export interface CpuUse {
  /** Average cores busy during the interval, per party. */
  benchCores: number;
  appCores: number;
  postgresCores: number;
  otherCores: number;
  idleCores: number;
}

/** USER_HZ on Linux: /proc counts CPU time in ticks of 10 ms. */
export const TICK_MS = 10;
const TICKS_PER_SECOND = 1000 / TICK_MS;

interface ProcStat { pid: number; ppid: number; comm: string; ticks: number }

function readStat(pid: number | "self"): ProcStat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = raw.lastIndexOf(")");
    const comm = raw.slice(raw.indexOf("(") + 1, close);
    const fields = raw.slice(close + 2).split(" "); // fields[0] is field 3 (state)
    // utime + stime, plus cutime + cstime: the CPU of children it reaped (a PostgreSQL backend whose
    // connection closed between two snapshots moves into the postmaster's count instead of vanishing).
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid: Number(raw.slice(0, raw.indexOf(" "))), ppid: Number(fields[1]), comm, ticks };
  } catch {
    return undefined; // gone between readdir and read
  }
}

function machineTicks(): { busy: number; idle: number } {
  const first = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = first.trim().split(/\s+/).slice(1).map(Number) as number[];
  return { busy: user! + nice! + system! + irq! + softirq! + steal!, idle: idle! + iowait! };
}

function processTree(rootPid: number): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const queue = stats.filter((s) => s.pid === rootPid);
  while (queue.length > 0) {
    const stat = queue.pop()!;
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/** The pid of the Next.js server (process title "next-server (v…)") under `rootPid`. */
export function nextServerPid(rootPid: number): number | undefined {
  return processTree(rootPid).find((s) => s.comm.startsWith("next-server"))?.pid;
}

/** CPU time (ms) that the PostgreSQL processes under `rootPid` have used so far, closed backends included. */
export function postgresCpuMs(rootPid: number): number {
  return processTree(rootPid).filter((s) => s.comm.startsWith("postgres")).reduce((ms, s) => ms + s.ticks * TICK_MS, 0);
}

/** CPU used so far by this process, and by the process tree under `appRootPid`, split into PostgreSQL and the rest. */
export function cpuSnapshot(appRootPid: number): CpuSnapshot {
  let app = 0;
  let postgres = 0;
  for (const stat of processTree(appRootPid)) {
    if (stat.comm.startsWith("postgres")) postgres += stat.ticks;
    else app += stat.ticks;
  }
  const machine = machineTicks();
  return { atMs: performance.now(), bench: readStat("self")?.ticks ?? 0, app, postgres, machineBusy: machine.busy, machineIdle: machine.idle };
}

export function cpuUse(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const seconds = (after.atMs - before.atMs) / 1000;
  const cores = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100) / 100;
  const bench = after.bench - before.bench;
  const app = after.app - before.app;
  const postgres = after.postgres - before.postgres;
  const busy = after.machineBusy - before.machineBusy;
  return {
    benchCores: cores(bench),
    appCores: cores(app),
    postgresCores: cores(postgres),
    otherCores: cores(Math.max(0, busy - bench - app - postgres)),
    idleCores: cores(after.machineIdle - before.machineIdle),
  };
}

/**
 * Waits until the app and its PostgreSQL use less than `belowCores` over a
 * second (at most `timeoutMs`); returns the seconds waited.
 */
export async function waitForIdle(appRootPid: number, { belowCores = 0.1, timeoutMs = 180_000 } = {}): Promise<number> {
  const started = performance.now();
  let before = cpuSnapshot(appRootPid);
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = cpuSnapshot(appRootPid);
    const use = cpuUse(before, after);
    if (use.appCores + use.postgresCores < belowCores) break;
    before = after;
  }
  return (performance.now() - started) / 1000;
}

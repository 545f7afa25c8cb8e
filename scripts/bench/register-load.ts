import { cpuSnapshot, cpuUse, type CpuUse } from "./register-cpu";
import { marksBody, openRegister, outcomesOf, pupilIdsOf, timedFetch, type HttpResult, type Mark } from "./register-http";
import type { BenchLesson, BenchTeacher } from "./register-school";

// What a teacher does with one lesson, and many teachers doing it at once.
//
// One complete register:
//   OPEN    GET /docent/les/:id        the page a teacher loads (a static shell), then
//           GET /api/lessons/:id/register?viewer=1   the register it loads (timed together)
//   SAVE 1  POST /api/lessons/:id/marks all pupils PRESENT in one request (onlyIfUnmarked)
//   SAVE 2-4 POST /api/lessons/:id/marks one pupil each: ABSENT, LATE (5 min), ABSENT
// Browser-like (`browserLike`): each save asks for the register back
// (`withRegister`), as the page does since it stopped fetching the register
// again after every save. With `refresh` (the lone teacher), each save is
// followed by GET /api/lessons/:id/register, timed as its own step: the page
// still asks that way when an answer carries no register (a refused save).

export type Step = "open" | "saveAll" | "saveOne" | "refresh";
export const STEPS: readonly Step[] = ["open", "saveAll", "saveOne", "refresh"];

/** Samples, failures and completed registers of one phase, counted only inside its measuring window. */
export class Recorder {
  readonly samples: Record<Step, number[]> = { open: [], saveAll: [], saveOne: [], refresh: [] };
  readonly errors = new Map<string, number>();
  readonly outcomes = new Map<string, number>();
  requests = 0;
  /** Requests that ended inside the window, whenever they started: the server's rate of work. */
  completed = 0;
  failed = 0;
  failedOutsideWindow = 0;
  registers = 0;
  windowStart = Number.NEGATIVE_INFINITY;
  windowEnd = Number.POSITIVE_INFINITY;

  private inWindow(at: number): boolean {
    return at >= this.windowStart && at < this.windowEnd;
  }

  record(step: Step, result: HttpResult, startedAt: number): void {
    if (this.inWindow(startedAt + result.ms)) this.completed++;
    if (!result.ok) this.error(result.error ?? `status ${result.status}`, startedAt);
    if (!this.inWindow(startedAt)) return;
    this.requests++;
    if (result.ok) this.samples[step].push(result.ms);
  }

  error(message: string, startedAt: number): void {
    if (this.inWindow(startedAt)) this.failed++;
    else this.failedOutsideWindow++;
    this.errors.set(message, (this.errors.get(message) ?? 0) + 1);
  }

  outcome(step: Step, outcomes: string[], startedAt: number): void {
    if (!this.inWindow(startedAt)) return;
    for (const outcome of outcomes) this.outcomes.set(`${step}:${outcome}`, (this.outcomes.get(`${step}:${outcome}`) ?? 0) + 1);
  }

  registerDone(at: number): void {
    if (at >= this.windowStart && at <= this.windowEnd) this.registers++;
  }

  /** All POSTs of marks together: "saving a change". */
  saves(): number[] {
    return [...this.samples.saveAll, ...this.samples.saveOne];
  }
}

/**
 * The lessons still to register, per teacher account. A virtual teacher takes
 * the next lesson of its own account; when that account has none left it
 * helps out with the account that has the most. Lessons are never handed out
 * twice, so every register starts empty and no two teachers share one.
 */
export class LessonPool {
  private readonly queues: { email: string; cookie: string; lessons: BenchLesson[]; next: number }[];

  constructor(teachers: BenchTeacher[], cookies: Map<string, string>) {
    this.queues = teachers.map((t) => ({ email: t.email, cookie: cookies.get(t.email)!, lessons: t.lessons, next: 0 }));
  }

  get accounts(): number {
    return this.queues.length;
  }

  remaining(): number {
    return this.queues.reduce((total, q) => total + q.lessons.length - q.next, 0);
  }

  take(account: number): { cookie: string; lesson: BenchLesson } | undefined {
    let queue = this.queues[account % this.queues.length]!;
    if (queue.next >= queue.lessons.length) {
      queue = this.queues.reduce((best, q) => (q.lessons.length - q.next > best.lessons.length - best.next ? q : best));
      if (queue.next >= queue.lessons.length) return undefined;
    }
    return { cookie: queue.cookie, lesson: queue.lessons[queue.next++]! };
  }
}

export interface TeacherContext {
  baseUrl: string;
  /** The moment of the teacher's action on the server's (frozen) clock. */
  markedAt: () => Date;
  refresh: boolean;
  /** Ask for the register back with every save, as the page does. */
  browserLike?: boolean;
  /** False once the phase is over: a teacher then stops between two requests. */
  active: () => boolean;
}

/** The three pupils a teacher changes after "everyone present": spread over the list. */
function changesFor(pupils: string[], lesson: BenchLesson): Mark[] {
  const at = (i: number) => pupils[i % pupils.length]!;
  return [
    { pupilId: at(2), observation: "ABSENT" },
    { pupilId: at(11), observation: "LATE", lateMinutes: Math.min(5, lesson.minutes) },
    { pupilId: at(20), observation: "ABSENT" },
  ];
}

/** One complete register; returns false when a request failed (the teacher then moves on to the next lesson). */
export async function registerLesson(ctx: TeacherContext, rec: Recorder, work: { cookie: string; lesson: BenchLesson }): Promise<boolean> {
  const { baseUrl } = ctx;
  const { cookie, lesson } = work;
  const started = performance.now();
  const open = await openRegister(baseUrl, lesson.id, cookie);
  rec.record("open", open, started);
  if (!open.ok) return false;
  const pupils = pupilIdsOf(open.text);
  if (pupils.length === 0) {
    rec.error("GET /api/lessons/:id/register → 200, but no pupils in it", started);
    return false;
  }

  const save = async (step: Step, marks: Mark[]): Promise<boolean> => {
    if (!ctx.active()) return false;
    const at = performance.now();
    const result = await timedFetch(`${baseUrl}/api/lessons/${lesson.id}/marks`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: marksBody(marks, ctx.markedAt(), ctx.browserLike),
    });
    rec.record(step, result, at);
    if (!result.ok) return false;
    rec.outcome(step, outcomesOf(result.text), at);
    if (!ctx.refresh) return true;
    const refreshedAt = performance.now();
    const refreshed = await timedFetch(`${baseUrl}/api/lessons/${lesson.id}/register`, { headers: { cookie } });
    rec.record("refresh", refreshed, refreshedAt);
    return refreshed.ok;
  };

  if (!(await save("saveAll", pupils.map((pupilId) => ({ pupilId, observation: "PRESENT", onlyIfUnmarked: true }))))) return false;
  for (const change of changesFor(pupils, lesson)) {
    if (!(await save("saveOne", [change]))) return false;
  }
  rec.registerDone(performance.now());
  return true;
}

/** One teacher alone: `warmup` registers not counted, then `registers` registers one after the other. */
export async function runSingleTeacher(ctx: Omit<TeacherContext, "active">, pool: LessonPool, { warmup, registers }: { warmup: number; registers: number }): Promise<Recorder> {
  const rec = new Recorder();
  rec.windowEnd = Number.NEGATIVE_INFINITY; // nothing counts during the warm-up
  const teacher = { ...ctx, active: () => true };
  for (let i = 0; i < warmup + registers; i++) {
    if (i === warmup) {
      rec.windowStart = performance.now();
      rec.windowEnd = Number.POSITIVE_INFINITY;
    }
    const work = pool.take(0);
    if (!work) throw new Error("no fresh lessons left for the lone teacher");
    await registerLesson(teacher, rec, work);
  }
  return rec;
}

export interface ConcurrentRun {
  teachers: number;
  refresh: boolean;
  rec: Recorder;
  seconds: number;
  cpu: CpuUse;
  /** True when the pool ran out of fresh lessons before the time was up. */
  exhausted: boolean;
}

/**
 * `teachers` virtual teachers in a closed loop without pauses: each starts
 * its next register as soon as the previous one is done. The first
 * `warmupMs` (during which the teachers join) are not counted; registers
 * completed and requests started in the `durationMs` after that are.
 */
export async function runTeachers(
  ctx: Omit<TeacherContext, "active" | "refresh">,
  pool: LessonPool,
  { teachers, warmupMs, durationMs, refresh, appPid }: { teachers: number; warmupMs: number; durationMs: number; refresh: boolean; appPid: number },
): Promise<ConcurrentRun> {
  const rec = new Recorder();
  const begin = performance.now();
  rec.windowStart = begin + warmupMs;
  rec.windowEnd = rec.windowStart + durationMs;
  // A browser-like run (`refresh`) asks for the register back with every save, as the page does.
  const teacher: TeacherContext = { ...ctx, refresh: false, browserLike: refresh, active: () => performance.now() < rec.windowEnd };
  let exhausted = false;
  let cpuBefore = cpuSnapshot(appPid);
  const warm = setTimeout(() => (cpuBefore = cpuSnapshot(appPid)), warmupMs);
  let cpuAfter = cpuBefore;
  const done = setTimeout(() => (cpuAfter = cpuSnapshot(appPid)), warmupMs + durationMs);

  // Teachers join one by one during the first 80 % of the warm-up (a ramp), so
  // that the measured window starts from a running system, not from a burst of
  // `teachers` simultaneous first requests.
  const rampMs = warmupMs * 0.8;
  const loop = async (v: number) => {
    await new Promise((resolve) => setTimeout(resolve, (v * rampMs) / teachers));
    while (teacher.active()) {
      const work = pool.take(v);
      if (!work) {
        exhausted = true;
        return;
      }
      const ok = await registerLesson(teacher, rec, work);
      // A failing server answers fast: a short pause keeps a broken run from spinning.
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.all(Array.from({ length: teachers }, (_, v) => loop(v)));
  clearTimeout(warm);
  clearTimeout(done);
  if (cpuAfter === cpuBefore) cpuAfter = cpuSnapshot(appPid); // ended early (exhausted)
  return { teachers, refresh, rec, seconds: Math.min(durationMs, Math.max(0, (cpuAfter.atMs - rec.windowStart))) / 1000, cpu: cpuUse(cpuBefore, cpuAfter), exhausted };
}

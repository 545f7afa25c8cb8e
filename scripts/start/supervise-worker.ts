// `npm start` runs the signals worker (`npm run worker`, scripts/worker.ts) beside the web server and keeps
// it running: a worker that stops is started again, after a pause that doubles while it keeps stopping soon
// after its start (1 s, 2 s, 4 s … at most a minute), so that a worker that cannot start does not restart
// in a storm. docs/decisions/160-worker-process.md.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { nextRestartDelayMs } from "./worker-restart-delay";

export type SupervisedWorker = {
  /** SIGTERM to the worker; resolves once it exited (SIGKILL after `graceMs`). No restart after this. */
  stop(graceMs: number): Promise<void>;
};

type SuperviseOptions = {
  root: string;
  /** The worker's environment: the app role's URLs, as the web server gets them. */
  env: NodeJS.ProcessEnv;
  /** Told apart in the log when several run. */
  number: number;
  log: (line: string) => void;
};

export function superviseWorker({ root, env, number, log }: SuperviseOptions): SupervisedWorker {
  let child: ChildProcess | undefined;
  let stopped = false;
  let delayMs = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const name = `Signalenwerker ${number}`;

  const start = () => {
    const startedAt = Date.now();
    // Node itself with tsx's loader, not the tsx command: that one relays SIGTERM to its child and kills it
    // (SIGKILL) when the child does not answer within 30 ms, which a busy machine does not always manage.
    const worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts/worker.ts")], {
      cwd: root, stdio: "inherit", env,
    });
    child = worker;
    worker.on("exit", (code, signal) => {
      child = undefined;
      if (stopped) return;
      delayMs = nextRestartDelayMs(delayMs, Date.now() - startedAt);
      log(`${name} stopte onverwacht (${signal ?? `code ${code}`}); over ${Math.round(delayMs / 1000)} s wordt hij opnieuw gestart`);
      restartTimer = setTimeout(start, delayMs);
    });
  };
  start();

  return {
    stop: async (graceMs) => {
      stopped = true;
      clearTimeout(restartTimer);
      const worker = child;
      if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.kill("SIGTERM");
      const kill = setTimeout(() => worker.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(kill);
    },
  };
}

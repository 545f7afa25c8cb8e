import { describe, expect, it } from "vitest";

import { workerProcessesToStart, workerRunsInWeb } from "./worker-placement";

describe("where the signals worker runs", () => {
  it("in a process of its own under npm start, in the web server under npm run dev", () => {
    expect(workerRunsInWeb({}, false)).toBe(false);
    expect(workerProcessesToStart({}, false)).toBe(1);
    expect(workerRunsInWeb({}, true)).toBe(true);
    expect(workerProcessesToStart({}, true)).toBe(0);
  });

  it("in the web server of a served build when WORKER_IN_WEB says so, and then in no process of its own", () => {
    expect(workerRunsInWeb({ WORKER_IN_WEB: true }, false)).toBe(true);
    expect(workerProcessesToStart({ WORKER_IN_WEB: true }, false)).toBe(0);
  });

  it("in its own process under npm run dev when WORKER_IN_WEB=false", () => {
    expect(workerRunsInWeb({ WORKER_IN_WEB: false }, true)).toBe(false);
    expect(workerProcessesToStart({ WORKER_IN_WEB: false }, true)).toBe(1);
  });

  it("in as many processes as WORKER_PROCESSES asks, or none when the workers run elsewhere", () => {
    expect(workerProcessesToStart({ WORKER_PROCESSES: 0 }, false)).toBe(0);
    expect(workerProcessesToStart({ WORKER_PROCESSES: 3 }, false)).toBe(3);
  });
});

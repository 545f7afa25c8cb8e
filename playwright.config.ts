import { defineConfig, devices } from "@playwright/test";

// Ports can be moved (E2E_PORT, E2E_POSTGRES_PORT) so that two checkouts on one machine can run their e2e suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT ?? 5434);

/**
 * End-to-end tests run the production build on its own embedded PostgreSQL
 * (a fresh data folder per run), with the demo schools seeded and the clock
 * frozen on a school day, so that "today's lessons" are the same on every run.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // A budget, not a wait: a journey of 15-20 steps takes 25-35 s on the 2-core CI machine, where the
  // server, PostgreSQL and two browsers share the cores (each step 0.5-6 s there against 0.2-1 s locally).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "npm start -- --fresh",
    url: `http://127.0.0.1:${PORT}/inloggen`,
    timeout: 600_000,
    reuseExistingServer: false,
    // The web server writes one JSON line per request (decision 166): thousands in a run. Its errors go to stderr, which is shown.
    stdout: "ignore",
    env: {
      PORT: String(PORT),
      DATA_DIR: ".data/e2e",
      EMBEDDED_POSTGRES_PORT: String(POSTGRES_PORT),
      // The clock starts here and runs on with the suite. Just after the second hour began (09:20-10:10 at both
      // demo schools): "now" stays in that lesson for 49 minutes, the whole suite, whatever the machine's speed.
      APP_NOW: "2026-11-23T09:21:00+01:00",
    },
  },
});

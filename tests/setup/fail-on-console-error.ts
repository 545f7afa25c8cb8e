import { afterEach, beforeEach, vi } from "vitest";

// A test fails on an unexpected console.error: errors a user would never see in
// a log are still errors. A test that expects one spies on console.error itself.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const first = errors[0]!.map((a) => (a instanceof Error ? a.stack : String(a))).join(" ");
    throw new Error(`Unexpected console.error (${errors.length}x): ${first}`);
  }
});

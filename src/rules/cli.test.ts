import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePupil } from "./evaluate-pupil";
import { arbitraryPupil } from "./rules-arbitraries";

// `npx tsx src/rules/cli.ts`, without npx: npm may print its own warnings on stderr, which is not the command's output.
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const CLI = path.join(import.meta.dirname, "cli.ts");
const FIXTURES = path.join(import.meta.dirname, "fixtures");

function run(stdin: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX, CLI], { input: stdin, encoding: "utf8", timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the rules:evaluate command", () => {
  it("prints the worked example's output and nothing else", () => {
    const result = run(readFileSync(path.join(FIXTURES, "worked-example.input.json"), "utf8"));
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(path.join(FIXTURES, "worked-example.output.json"), "utf8")));
  });

  it("gives what the library gives for a generated pupil", () => {
    const { input } = fc.sample(arbitraryPupil, { seed: 20250314, numRuns: 1 })[0]!;
    const result = run(JSON.stringify(input));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(evaluatePupil(input));
  });

  it("exits 2 with one line naming the field for invalid input, and prints nothing on stdout", () => {
    const input = JSON.parse(readFileSync(path.join(FIXTURES, "worked-example.input.json"), "utf8"));
    input.lessons[3].end = "08:00";
    expect(run(JSON.stringify(input))).toEqual({ status: 2, stdout: "", stderr: "lessons[3].end: must be after start\n" });
  });

  it("exits 2 on a body that is not JSON, without a stack trace", () => {
    const result = run("asOf: 2025-03-14");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^input: not valid JSON \(.*\)\n$/);
  });
});

import { execFileSync } from "node:child_process";

/** Which code was measured: the commit, and how many files differed from it (a shared checkout changes under the bench). Read-only: no index refresh. */
export function codeVersion(root: string): { commit: string; changedFiles: number } {
  const git = (...gitArgs: string[]) => execFileSync("git", gitArgs, { cwd: root, encoding: "utf8" }).trim();
  try {
    return { commit: git("rev-parse", "--short", "HEAD"), changedFiles: git("--no-optional-locks", "status", "--porcelain").split("\n").filter(Boolean).length };
  } catch {
    return { commit: "?", changedFiles: -1 };
  }
}

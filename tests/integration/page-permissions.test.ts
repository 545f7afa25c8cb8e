import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pagePermissionFor } from "@/auth/page-permissions";

// The table used after logging in must say what each page itself enforces: found from the file system,
// so that a new signed-in page without a row in the table fails here.
const APP = path.resolve(import.meta.dirname, "../../app");

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** app/(app)/verzuim/leerling/[pupilId]/page.tsx → /verzuim/leerling/x */
function addressOf(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "x" : segment));
  return `/${segments.join("/")}`;
}

const guarded = pageFiles(APP).flatMap((file) => {
  const permission = /requirePagePermission\("([^"]+)"\)/.exec(readFileSync(file, "utf8"))?.[1];
  return permission ? [{ address: addressOf(file), permission }] : [];
});

describe("the page-permission table", () => {
  it("finds the signed-in pages", () => {
    expect(guarded.length).toBeGreaterThanOrEqual(12);
  });

  it.each(guarded)("$address asks $permission", ({ address, permission }) => {
    expect(pagePermissionFor(address)).toBe(permission);
  });

  it("the register (a static shell at /docent/les/:id) asks what its API asks", () => {
    const api = readFileSync(path.join(APP, "api/lessons/[lessonId]/register/route.ts"), "utf8");
    expect(pagePermissionFor("/docent/les/x")).toBe(/permission: "([^"]+)"/.exec(api)?.[1]);
  });
});

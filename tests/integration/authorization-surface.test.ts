import { describe, expect, it } from "vitest";
import { can } from "@/auth/permissions";
import { Role } from "@/db/generated/prisma/enums";
import { type Discovered, discoverActions, discoverPages, discoverRoutes } from "../authorization/discover";
import { ACTIONS, PAGES, ROUTES, type SurfaceEntry } from "../authorization/surface";

// The authorization suite's first half: everything reachable from outside is
// found in the code and must be in SURFACE with the permission its guard names
// and the roles it is meant for. The second half, the running app answering
// as SURFACE says for every role, is tests/e2e/authorization-matrix.spec.ts
// (pages and routes) and tests/integration/authorization-matrix.test.ts (writes).

const ALL_ROLES = Object.values(Role);

const kinds: [string, () => Discovered[], Record<string, SurfaceEntry>][] = [
  ["page", discoverPages, PAGES],
  ["API route", discoverRoutes, ROUTES],
  ["server action", discoverActions, ACTIONS],
];

describe.each(kinds)("every %s", (kind, discover, surface) => {
  const found = discover();

  it("is entered in tests/authorization/surface.ts, and every entry still exists", () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => d.key).sort(), `a new ${kind} must be entered in SURFACE`).toEqual(Object.keys(surface).sort());
  });

  it("names in its guard exactly the permission entered for it (public ones name none)", () => {
    for (const { key, file, permissions } of found) {
      const entry = surface[key];
      if (!entry) continue;
      const expected = "public" in entry ? [] : [entry.permission];
      expect(permissions, `${key} (${file})`).toEqual(expected);
    }
  });

  it("is open, by the permission table, to exactly the roles entered for it", () => {
    for (const [key, entry] of Object.entries(surface)) {
      if ("public" in entry) continue;
      const open = ALL_ROLES.filter((role) => can({ roles: [role] }, entry.permission));
      expect(open.sort(), key).toEqual([...entry.roles].sort());
    }
  });
});

describe("the discovery itself", () => {
  it("finds a guard's permission, so a page without one cannot pass as guarded", () => {
    const docent = discoverPages().find((p) => p.key === "/docent");
    expect(docent).toMatchObject({ file: "app/(app)/docent/page.tsx", permissions: ["lessons:view-own"] });
    const register = discoverRoutes().find((r) => r.key === "POST /api/lessons/[lessonId]/marks");
    expect(register?.permissions).toEqual(["register:mark"]);
    // Through a local helper and a constant: createDuoDraftAction → createDraft → PERMISSION.
    const draft = discoverActions().find((a) => a.key.endsWith("#createDuoDraftAction"));
    expect(draft?.permissions).toEqual(["duo-reports:manage"]);
  });
});

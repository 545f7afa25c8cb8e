import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";

describe("can", () => {
  it("lets a parent report their child sick but not see the school's attendance", () => {
    const parent = { roles: ["PARENT"] as const };
    expect(can(parent, "absence:report-own")).toBe(true);
    expect(can(parent, "attendance:view-school")).toBe(false);
    expect(can(parent, "signals:view")).toBe(false);
  });

  it("gives a person with two roles the permissions of both", () => {
    const mentor = { roles: ["TEACHER", "MENTOR"] as const };
    expect(can(mentor, "register:mark")).toBe(true);
    expect(can(mentor, "groups:view-own")).toBe(true);
    expect(can(mentor, "school:configure")).toBe(false);
  });

  it("refuses everything to nobody", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can({ roles: [] }, permission)).toBe(false);
    }
  });

  it("lets a pupil see their own registrations and make the 18+ choice, not a parent's or the school's pages", () => {
    const pupil = { roles: ["PUPIL"] as const };
    expect(can(pupil, "registrations:view-self")).toBe(true);
    expect(can(pupil, "guardian-view:choose")).toBe(true);
    expect(can(pupil, "children:view-own")).toBe(false);
    expect(can(pupil, "attendance:view-school")).toBe(false);
    expect(can({ roles: ["PARENT"] }, "guardian-view:choose")).toBe(false);
  });

  it("keeps teachers and parents away from signals", () => {
    expect(can({ roles: ["TEACHER"] }, "signals:view")).toBe(false);
    expect(can({ roles: ["PARENT"] }, "signals:view")).toBe(false);
  });

  it("only names permissions that exist", () => {
    for (const granted of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of granted) expect(PERMISSIONS).toContain(permission);
    }
  });
});

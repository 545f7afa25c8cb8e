import { describe, expect, it } from "vitest";
import { ageOn, contactPhoneFor } from "./contact-phone";

describe("ageOn", () => {
  it("counts the birthday itself, and a leap-day birthday from 1 March", () => {
    expect(ageOn("2008-11-23", "2026-11-22")).toBe(17);
    expect(ageOn("2008-11-23", "2026-11-23")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});

describe("contactPhoneFor", () => {
  const guardians = [{ phone: "06-11111111", primaryContact: false }, { phone: "06-22222222", primaryContact: true }];
  it("takes the primary guardian's phone for a pupil under 18", () => {
    expect(contactPhoneFor({ birthDate: "2012-05-01", phone: "06-33333333" }, guardians, { today: "2026-11-23" })).toBe("06-22222222");
  });

  it("falls back to another guardian, then to the pupil's own phone", () => {
    expect(contactPhoneFor({ birthDate: "2012-05-01", phone: null }, [{ phone: null, primaryContact: true }, guardians[0]!], { today: "2026-11-23" })).toBe("06-11111111");
    expect(contactPhoneFor({ birthDate: "2012-05-01", phone: "06-33333333" }, [], { today: "2026-11-23" })).toBe("06-33333333");
  });

  it("takes the pupil's own phone from 18, never a parent's", () => {
    expect(contactPhoneFor({ birthDate: "2008-11-23", phone: "06-33333333" }, guardians, { today: "2026-11-23" })).toBe("06-33333333");
    expect(contactPhoneFor({ birthDate: "2008-11-23", phone: null }, guardians, { today: "2026-11-23" })).toBeNull();
  });
});

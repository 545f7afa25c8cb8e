import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const hrefs = (items: { href: string }[]) => items.map((item) => item.href);

describe("the menu", () => {
  it("gives a parent their children, reporting and leave", () => {
    expect(hrefs(navigationFor({ roles: ["PARENT"] }))).toEqual(["/ouder", "/ouder/melden", "/ouder/verlof"]);
  });

  it("gives a pupil of 18 reporting and leave, and a younger pupil only their own registrations", () => {
    expect(hrefs(navigationFor({ roles: ["PUPIL"] }))).toEqual(["/leerling", "/ouder/melden", "/ouder/verlof"]);
    expect(hrefs(navigationFor({ roles: ["PUPIL"] }, { reportsForSomeone: false }))).toEqual(["/leerling"]);
  });

  it("gives a coordinator the attendance tabs' start, not the pages behind the tabs", () => {
    expect(hrefs(navigationFor({ roles: ["COORDINATOR"] }))).not.toContain("/verzuim/verlof");
    expect(hrefs(navigationFor({ roles: ["COORDINATOR"] }))).toContain("/verzuim");
  });
});

import { describe, expect, it } from "vitest";
import { landingAfterLogin } from "./landing-after-login";

const ORIGIN = "http://127.0.0.1:3000";

describe("landingAfterLogin", () => {
  it("sends a person to the page they asked for when their roles may open it", () => {
    expect(landingAfterLogin({ roles: ["COORDINATOR"] }, "/verzuim/signalen?x=1", ORIGIN)).toBe("/verzuim/signalen?x=1");
    expect(landingAfterLogin({ roles: ["TEACHER"] }, "/docent/les/abc", ORIGIN)).toBe("/docent/les/abc");
    expect(landingAfterLogin({ roles: ["MENTOR"] }, "/verzuim/leerling/abc", ORIGIN)).toBe("/verzuim/leerling/abc");
  });

  it("sends them to their start page when their roles may not open it", () => {
    expect(landingAfterLogin({ roles: ["TEACHER"] }, "/verzuim/signalen", ORIGIN)).toBe("/docent");
    expect(landingAfterLogin({ roles: ["PARENT"] }, "/docent/les/abc", ORIGIN)).toBe("/ouder");
  });

  it("sends them to their start page for an address that is not one of our pages or not on our site", () => {
    expect(landingAfterLogin({ roles: ["LEADER"] }, "/api/lessons/abc/register", ORIGIN)).toBe("/directie");
    expect(landingAfterLogin({ roles: ["LEADER"] }, "/inloggen?callbackUrl=/directie", ORIGIN)).toBe("/directie");
    expect(landingAfterLogin({ roles: ["LEADER"] }, "/%5Cattacker.example/", ORIGIN)).toBe("/directie");
    expect(landingAfterLogin({ roles: ["LEADER"] }, "https://attacker.example/directie", ORIGIN)).toBe("/directie");
    expect(landingAfterLogin({ roles: ["ADMIN"] }, undefined, ORIGIN)).toBe("/beheer");
  });
});

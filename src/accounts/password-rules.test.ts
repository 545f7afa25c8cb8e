import { describe, expect, it } from "vitest";
import { passwordNamesEmail, ZNewPasswordSchema } from "./password-rules";

describe("the password rules", () => {
  const check = (password: string, confirmation = password) => ZNewPasswordSchema.safeParse({ password, confirmation });

  it("accepts a passphrase of 12 or more characters", () => {
    expect(check("paard batterij nietje").success).toBe(true);
  });

  it("refuses a short one, one of spaces, one over 200 and two that differ, naming the field", () => {
    expect(check("kort").error?.issues[0]?.path).toEqual(["password"]);
    expect(check(`${" ".repeat(12)}a`).success).toBe(false);
    expect(check("x".repeat(201)).success).toBe(false);
    expect(check("paard batterij nietje", "paard batterij").error?.issues[0]?.path).toEqual(["confirmation"]);
  });

  it("recognises one's own e-mail address", () => {
    expect(passwordNamesEmail("Jan.Jansen@school.nl!", "jan.jansen@school.nl")).toBe(true);
    expect(passwordNamesEmail("janjansen", "jan.jansen@school.nl")).toBe(true);
    expect(passwordNamesEmail("paard batterij nietje", "jan.jansen@school.nl")).toBe(false);
  });
});

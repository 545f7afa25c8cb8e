import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, ADDRESS_RULE, waitSeconds } from "./login-throttle-policy";
import { loginErrorMessage, tooManyAttemptsCode, WRONG_CREDENTIALS } from "./login-messages";

describe("loginErrorMessage", () => {
  it("says plainly how long a locked log-in waits", () => {
    expect(loginErrorMessage(tooManyAttemptsCode(900))).toBe("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
    expect(loginErrorMessage(tooManyAttemptsCode(899.2))).toBe("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
    expect(loginErrorMessage(tooManyAttemptsCode(50))).toBe("Te veel mislukte pogingen. Wacht 50 seconden en probeer het opnieuw.");
    expect(loginErrorMessage(tooManyAttemptsCode(0.3))).toBe("Te veel mislukte pogingen. Wacht 1 seconde en probeer het opnieuw.");
    expect(loginErrorMessage(tooManyAttemptsCode(61))).toBe("Te veel mislukte pogingen. Probeer het over 2 minuten opnieuw.");
  });

  it("gives every other failure the one message that reveals nothing", () => {
    expect(loginErrorMessage("CredentialsSignin")).toBe(WRONG_CREDENTIALS);
    expect(loginErrorMessage("TooManyAttempts:abc")).toBe(WRONG_CREDENTIALS);
  });
});

describe("waitSeconds", () => {
  it("lets an account try four times freely, then waits longer each time, and locks at ten", () => {
    expect([1, 4, 5, 6, 9, 10, 30].map((n) => waitSeconds(n, ACCOUNT_RULE))).toEqual([0, 0, 1, 2, 16, 900, 900]);
  });

  it("gives a shared school address far more room", () => {
    expect([19, 20, 26, 99, 100].map((n) => waitSeconds(n, ADDRESS_RULE))).toEqual([0, 1, 60, 60, 900]);
  });
});

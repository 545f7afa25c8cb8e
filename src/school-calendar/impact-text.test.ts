import { describe, expect, it } from "vitest";
import { impactText, impactToken, needsConfirmation } from "./impact-text";

describe("impactText", () => {
  it("says how many lessons and registrations a free day touches, and that the registrations are kept", () => {
    expect(impactText({ cancelledLessons: 38, markedRegistrations: 120, restoredLessons: 0 })).toBe(
      "Op deze dagen zijn 38 lessen met 120 registraties. De lessen vervallen; de registraties blijven bewaard maar tellen niet mee voor verzuim.",
    );
    expect(impactText({ cancelledLessons: 1, markedRegistrations: 0, restoredLessons: 0 })).toBe("Op deze dagen is 1 les nog zonder registraties. De les vervalt.");
  });

  it("says which lessons come back", () => {
    expect(impactText({ cancelledLessons: 0, markedRegistrations: 0, restoredLessons: 2 })).toBe("2 lessen gaan weer door; wat er al geregistreerd was, telt dan weer mee.");
  });

  it("asks only when lessons are touched, and a token differs when the change or its impact differs", () => {
    expect(needsConfirmation({ cancelledLessons: 0, markedRegistrations: 0, restoredLessons: 0 })).toBe(false);
    const impact = { cancelledLessons: 2, markedRegistrations: 1, restoredLessons: 0 };
    expect(impactToken("a", impact)).not.toBe(impactToken("b", impact));
    expect(impactToken("a", impact)).not.toBe(impactToken("a", { ...impact, markedRegistrations: 2 }));
  });
});

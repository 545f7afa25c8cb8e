import { describe, expect, it } from "vitest";
import { worstCategory } from "./day-category";

describe("worstCategory", () => {
  it("puts unexcused absence above everything", () => {
    expect(worstCategory(["PRESENT", "LATE_UNEXCUSED", "SICK", "ABSENT_UNKNOWN", "ABSENT_UNEXCUSED"])).toBe("UNEXCUSED");
  });
  it("puts a reason still unknown above late, and late above excused", () => {
    expect(worstCategory(["SICK", "ABSENT_UNKNOWN"])).toBe("UNKNOWN");
    expect(worstCategory(["SICK", "LATE_UNEXCUSED"])).toBe("LATE");
    expect(worstCategory(["PRESENT", "LEAVE"])).toBe("EXCUSED");
  });
  it("counts an excused late arrival as excused", () => {
    expect(worstCategory(["PRESENT", "LATE_EXCUSED"])).toBe("EXCUSED");
  });
  it("lets unregistered lessons colour a day only when nothing was registered", () => {
    expect(worstCategory(["PRESENT", "UNREGISTERED"])).toBe("PRESENT");
    expect(worstCategory(["UNREGISTERED", "UNREGISTERED"])).toBe("UNREGISTERED");
  });
  it("ignores cancelled lessons", () => {
    expect(worstCategory(["CANCELLED"])).toBeNull();
    expect(worstCategory([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { checkEventDates } from "./event-dates";

const year = { name: "2026-2027", startDate: "2026-08-01", endDate: "2027-07-31" };

describe("checkEventDates", () => {
  it("accepts one day and a range inside the year, the year's first and last day included", () => {
    expect(checkEventDates({ startDate: "2027-03-10", endDate: "2027-03-10" }, year)).toBeNull();
    expect(checkEventDates({ startDate: "2026-08-01", endDate: "2027-07-31" }, year)).toBeNull();
  });

  it("refuses an end before the start on the end field", () => {
    expect(checkEventDates({ startDate: "2027-03-12", endDate: "2027-03-11" }, year)).toEqual({ endDate: ["De einddatum ligt voor de begindatum."] });
  });

  it("names the year's bounds for a date outside it, per field", () => {
    expect(checkEventDates({ startDate: "2026-07-31", endDate: "2026-08-02" }, year)).toEqual({
      startDate: ["Kies een datum vanaf 1 augustus 2026 (begin van schooljaar 2026-2027)."],
    });
    expect(checkEventDates({ startDate: "2027-07-30", endDate: "2027-08-01" }, year)).toEqual({
      endDate: ["Kies een datum tot en met 31 juli 2027 (einde van schooljaar 2026-2027)."],
    });
  });
});

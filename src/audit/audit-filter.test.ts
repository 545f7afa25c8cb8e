import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "./audit-filter";

describe("parseAuditFilter", () => {
  it("reads what the form sends", () => {
    const id = "0193b6d2-7f00-7000-8000-000000000001";
    expect(parseAuditFilter({ leerling: "Sanne", soort: "inzien", van: "2026-11-01", tot: "2026-11-30", voor: `2026-11-23T09:00:00.000Z_${id}` })).toEqual({
      filter: { pupil: "Sanne", kind: "read", from: "2026-11-01", until: "2026-11-30", before: { at: new Date("2026-11-23T09:00:00.000Z"), id } },
      errors: [],
    });
    expect(parseAuditFilter({}).filter).toEqual({ pupil: "", kind: "all", from: null, until: null, before: null });
  });

  it("names a value it cannot use and leaves it out of the filter", () => {
    const { filter, errors } = parseAuditFilter({ soort: "verwijderen", van: "2026-11-31", tot: ["2026-11-01", "2026-11-02"], voor: "gisteren_x" });
    expect(filter).toEqual({ pupil: "", kind: "all", from: null, until: null, before: null });
    expect(errors).toEqual(["Kies bij ‘soort’ alles, inzien of wijzigen.", "De datum ‘van’ bestaat niet: 2026-11-31."]);
    expect(parseAuditFilter({ van: "2026-12-01", tot: "2026-11-01" }).errors).toEqual(["De datum ‘van’ ligt na de datum ‘tot’."]);
  });

  it("drops NUL bytes and keeps a pupil search short", () => {
    expect(parseAuditFilter({ leerling: `a\0b${"c".repeat(200)}` }).filter.pupil).toHaveLength(100);
  });
});

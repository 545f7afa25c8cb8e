import { describe, expect, it } from "vitest";
import { duoReportCsv, duoReportJson, duoSpecificationCsv } from "./duo-export";
import { reportViewFixture } from "./duo-report-view.fixture";

const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(";"));

describe("duoReportJson", () => {
  it("names every field of the Besluit Verzuimmelding and fills it from the report", () => {
    const json = duoReportJson(reportViewFixture(), { generatedAt: "2026-11-23T09:10:00.000Z" });
    expect(json.Verzuimmelding).toEqual({
      "Persoonsgebonden nummer leerling / deelnemer": "123456782",
      "Begindatum verzuim": "2026-11-16",
      "Einddatum verzuim": "2026-11-18",
      "Vermoedelijke soort verzuim": "16 uur in 4 weken",
      "Vermoedelijke reden verzuim": "Spijbelt; zegt \"geen zin\"; mogelijk problemen thuis",
      "Alle lessen gemist": "Ja",
      "Door school ondernomen actie": "Gesprek met ouders op 12-11-2026; verzuimbrief verstuurd",
      "Actie door gemeente gewenst": "Ja",
      "Toelichting als antwoord op vorige vraag: nee": null,
      "Naam leslocatie": "Het Baken College, Amersfoort",
      "Gegevens melder": { Naam: "Petra de Vries", Functie: "verzuimcoördinator", Telefoonnummer: "033-4567890", "E-mail": "p.devries@baken.demo" },
      "Telefoonnummer ouder of leerling / deelnemer": "06-12345678",
      "Afwijkend adres leerling / deelnemer": null,
      Verzuimspecificatie: {
        Verzuimdagen: 3,
        Verzuimuren: 18.33,
        "Per dag": [
          { Verzuimdag: "2026-11-16", Verzuimuren: 6.67, Lesuren: [1, 2, 3, 4, 5, 6, 7, 8], "Alle lessen gemist": "Ja" },
          { Verzuimdag: "2026-11-17", Verzuimuren: 6.67, Lesuren: [1, 2, 3, 4, 5, 6, 7, 8], "Alle lessen gemist": "Ja" },
          { Verzuimdag: "2026-11-18", Verzuimuren: 5, Lesuren: [1, 2, 3, 4, 5, 6], "Alle lessen gemist": "Ja" },
        ],
      },
    });
    expect(json.Aanvullend).toEqual({ BRIN: "12AB", Vestigingsnummer: "00", "Code verzuimsoort": "V3", "Soort persoonsgebonden nummer": "BSN", "Gemaakt op": "2026-11-23T09:10:00.000Z" });
  });

  it("leaves the end date of an open LRV empty, and gives the explanation only with ‘nee’", () => {
    const base = reportViewFixture();
    const open = reportViewFixture({ absenceKind: "LONG_TERM_RELATIVE", endDate: null, human: { ...base.human, municipalityActionWanted: false, municipalityActionExplanation: "Zorgtraject loopt" } });
    const melding = duoReportJson(open, { generatedAt: "x" }).Verzuimmelding as Record<string, unknown>;
    expect(melding["Einddatum verzuim"]).toBeNull();
    expect(melding["Vermoedelijke soort verzuim"]).toBe("Langdurig relatief verzuim");
    expect(melding["Actie door gemeente gewenst"]).toBe("Nee");
    expect(melding["Toelichting als antwoord op vorige vraag: nee"]).toBe("Zorgtraject loopt");
  });
});

describe("duoReportCsv", () => {
  it("writes DUO's names as the header and the report as one row, Dutch style", () => {
    const csv = duoReportCsv(reportViewFixture());
    expect(csv.startsWith("\uFEFFPersoonsgebonden nummer leerling / deelnemer;Begindatum verzuim;Einddatum verzuim;")).toBe(true);
    const [header, row] = [csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(";"), csv.split("\r\n")[1]!];
    expect(header).toContain("Gegevens melder: E-mail");
    expect(header).toContain("Verzuimspecificatie: Verzuimuren");
    expect(header).toHaveLength(22);
    // The reason holds ‘;’ and quotes: one quoted cell.
    expect(row).toContain('"Spijbelt; zegt ""geen zin""; mogelijk problemen thuis"');
    expect(row).toContain(";16-11-2026;18-11-2026;16 uur in 4 weken;");
    expect(row).toContain(";3;18,33;12AB;00;V3;BSN");
  });
});

describe("duoSpecificationCsv", () => {
  it("writes one row per absence day", () => {
    expect(rows(duoSpecificationCsv(reportViewFixture()))).toEqual([
      ["Persoonsgebonden nummer leerling / deelnemer", "Verzuimdag", "Verzuimuren", "Lesuren", "Alle lessen gemist"],
      ["123456782", "16-11-2026", "6,67", "1, 2, 3, 4, 5, 6, 7, 8", "Ja"],
      ["123456782", "17-11-2026", "6,67", "1, 2, 3, 4, 5, 6, 7, 8", "Ja"],
      ["123456782", "18-11-2026", "5,00", "1, 2, 3, 4, 5, 6", "Ja"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { missingRequiredFields, recogniseColumns } from "./recognise-columns";

describe("recogniseColumns", () => {
  it("recognises the Dutch headers of the administration systems", () => {
    const mapping = recogniseColumns("pupils", ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geb. datum", "BSN", "Stamgroep", "E-mailadres"]);
    expect(mapping).toMatchObject({ studentNumber: "Stamnummer", firstName: "Roepnaam", infix: "Tussenvoegsel", lastName: "Achternaam", birthDate: "Geb. datum", bsn: "BSN", className: "Stamgroep", email: "E-mailadres", phone: null });
    expect(missingRequiredFields("pupils", mapping)).toEqual([]);
  });

  it("uses a column for one field only", () => {
    const mapping = recogniseColumns("guardians", ["Leerlingnummer", "Naam", "Straat en huisnummer", "Postcode", "Woonplaats"]);
    expect(mapping).toMatchObject({ name: "Naam", street: "Straat en huisnummer", houseNumber: null, city: "Woonplaats" });
  });

  it("a remembered mapping wins where its column is still there, and a remembered 'geen kolom' stays", () => {
    const mapping = recogniseColumns("pupils", ["Nr", "Roepnaam", "Achternaam", "Geboortedatum", "Telefoon"], { studentNumber: "Nr", phone: null, email: "Verdwenen" });
    expect(mapping).toMatchObject({ studentNumber: "Nr", phone: null, email: null, birthDate: "Geboortedatum" });
  });

  it("names the required fields without a column", () => {
    expect(missingRequiredFields("pupils", recogniseColumns("pupils", ["Nummer", "Roepnaam", "Achternaam"]))).toEqual(["Leerlingnummer", "Geboortedatum"]);
    expect(missingRequiredFields("staff", recogniseColumns("staff", ["Afkorting", "Achternaam"]))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { readinessErrors } from "./readiness-errors";

const complete = {
  pupilNumber: { kind: "BSN" as "BSN" | "Onderwijsnummer", value: "123456782" as string | null },
  suspectedReason: "Problemen thuis",
  actionsTaken: "Gesprek met ouders op 10 november",
  municipalityActionWanted: true,
  municipalityActionExplanation: null,
  reporterName: "Petra de Vries",
  reporterFunction: "verzuimcoördinator",
  reporterPhone: "033-4567890",
  reporterEmail: "p.devries@school.nl",
  contactPhone: null,
  differentAddress: null,
};

describe("readinessErrors", () => {
  it("accepts a complete report; the contact phone and a different address are optional", () => {
    expect(readinessErrors(complete)).toEqual({});
  });

  it("names every missing human field with its own message", () => {
    const errors = readinessErrors({
      ...complete, suspectedReason: null, actionsTaken: null, municipalityActionWanted: null, reporterPhone: null, reporterEmail: null,
    });
    expect(Object.keys(errors).sort()).toEqual(["actionsTaken", "municipalityActionWanted", "reporterEmail", "reporterPhone", "suspectedReason"]);
    expect(errors.suspectedReason).toEqual(["Vul de vermoedelijke reden van het verzuim in."]);
  });

  it("asks for an explanation only when no action by the municipality is wanted", () => {
    expect(readinessErrors({ ...complete, municipalityActionWanted: false })).toEqual({
      municipalityActionExplanation: ["Leg uit waarom de school geen actie van de gemeente vraagt."],
    });
    expect(readinessErrors({ ...complete, municipalityActionWanted: false, municipalityActionExplanation: "Leerling is in zorgtraject" })).toEqual({});
  });

  it("refuses a pupil without BSN or onderwijsnummer", () => {
    expect(Object.keys(readinessErrors({ ...complete, pupilNumber: null }))).toEqual(["pupilNumber"]);
  });

  it("checks the decrypted BSN: unreadable or failing the elfproef is refused, without repeating the number", () => {
    expect(readinessErrors({ ...complete, pupilNumber: { kind: "BSN", value: null } }).pupilNumber).toEqual([expect.stringMatching(/BSN van deze leerling is onleesbaar/)]);
    const wrong = readinessErrors({ ...complete, pupilNumber: { kind: "BSN", value: "123456789" } });
    expect(wrong.pupilNumber).toEqual(["Het BSN van deze leerling klopt niet (elfproef). Controleer het in de administratie."]);
    expect(readinessErrors({ ...complete, pupilNumber: { kind: "Onderwijsnummer", value: "123456789" } })).toEqual({});
  });
});

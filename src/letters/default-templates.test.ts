import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { templateProblems } from "./fill-template";

describe("DEFAULT_TEMPLATES", () => {
  it("use only documented placeholders, so a school can save them unchanged", () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      expect(templateProblems(template.subject)).toEqual([]);
      expect(templateProblems(template.body)).toEqual([]);
    }
  });
  it("never use placeholders that can be empty for an ordinary pupil, except the DUO report's in its own letter", () => {
    const optional = /\{\{(school\.telefoon|school\.email|ouders\.namen|mentor\.naam)\}\}/;
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(template.body).not.toMatch(optional);
    expect(DEFAULT_TEMPLATES.ABSENCE_LETTER.body).not.toMatch(/melding\./);
    expect(DEFAULT_TEMPLATES.DUO_NOTIFICATION.body).toMatch(/\{\{melding\.soort\}\}/);
  });
});

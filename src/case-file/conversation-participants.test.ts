import { describe, expect, it } from "vitest";
import { conversationParticipantsProblem, describeParticipants, encodeParticipants } from "./conversation-participants";

const check = (age: number, parents: boolean, pupil: boolean) => conversationParticipantsProblem(age, { parents, pupil }, { firstName: "Sanne" });

describe("conversationParticipantsProblem", () => {
  it("needs at least one participant", () => {
    expect(check(14, false, false)).toMatch(/Kies met wie/);
  });
  it("refuses a conversation with the pupil alone under 16, and names the age", () => {
    expect(check(15, false, true)).toBe("Sanne is 15: tot 16 jaar voer je het gesprek ook met de ouders. Alleen met de leerling kan vanaf 16 jaar.");
    expect(check(11, false, true)).not.toBeNull();
  });
  it("allows the pupil alone from 16", () => {
    expect(check(16, false, true)).toBeNull();
    expect(check(17, false, true)).toBeNull();
  });
  it("allows the parents with the pupil at any age, and the parents alone under 18", () => {
    expect(check(10, true, true)).toBeNull();
    expect(check(13, true, false)).toBeNull();
    expect(check(17, true, false)).toBeNull();
  });
  it("refuses the parents alone from 18", () => {
    expect(check(18, true, false)).toMatch(/vanaf 18 jaar/);
    expect(check(19, true, true)).toBeNull();
  });
});

describe("participants as stored", () => {
  it("round-trips to Dutch words", () => {
    expect(describeParticipants(encodeParticipants({ parents: true, pupil: true }))).toBe("ouders en leerling");
    expect(describeParticipants(encodeParticipants({ parents: false, pupil: true }))).toBe("leerling");
    expect(describeParticipants(null)).toBeNull();
  });
});

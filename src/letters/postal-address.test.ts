import { describe, expect, it } from "vitest";
import { postalAddressLines } from "./postal-address";

describe("postalAddressLines", () => {
  it("writes street, then postcode and city as PostNL asks", () => {
    expect(postalAddressLines([{ street: " Kerkstraat 12a ", postalCode: "3811ab", city: "Amersfoort" }])).toEqual(["Kerkstraat 12a", "3811 AB  AMERSFOORT"]);
    expect(postalAddressLines([{ street: "Laan 1", postalCode: "3811 AB", city: "'s-Hertogenbosch" }])).toEqual(["Laan 1", "3811 AB  'S-HERTOGENBOSCH"]);
  });

  it("takes the first complete address, and none when every address is missing a part", () => {
    const partial = { street: "Dorpsweg 3", postalCode: null, city: "Zeist" };
    const full = { street: "Kade 9", postalCode: "1011AA", city: "Amsterdam" };
    expect(postalAddressLines([partial, full])).toEqual(["Kade 9", "1011 AA  AMSTERDAM"]);
    expect(postalAddressLines([partial, { street: null, postalCode: null, city: null }])).toBeNull();
    expect(postalAddressLines([])).toBeNull();
  });
});

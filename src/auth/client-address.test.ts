import { describe, expect, it } from "vitest";
import { clientAddress, REMOTE_ADDRESS_HEADER } from "./client-address";

describe("clientAddress", () => {
  const headers = { "x-forwarded-for": "10.9.9.9, 192.0.2.44", [REMOTE_ADDRESS_HEADER]: "127.0.0.1" };

  it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it: anyone can send it", () => {
    expect(clientAddress(headers, { trustProxy: false })).toBe("127.0.0.1");
  });

  it("behind the proxy takes the entry the proxy added (the last), not what the client wrote before it", () => {
    expect(clientAddress(headers, { trustProxy: true })).toBe("192.0.2.44");
  });

  it("knows no address when there is none", () => {
    expect(clientAddress({}, { trustProxy: false })).toBeNull();
  });
});

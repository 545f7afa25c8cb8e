import { describe, expect, it } from "vitest";

import { REMOTE_ADDRESS_HEADER } from "@/auth/client-address";

import { metricsAccess } from "./metrics-access";

const TOKEN = "metrics-token-of-at-least-32-characters";
const from = (address: string, more: Record<string, string> = {}) => new Headers({ [REMOTE_ADDRESS_HEADER]: address, ...more });

describe("metricsAccess without METRICS_TOKEN", () => {
  const none = { token: undefined };

  it("serves a connection from this machine, over IPv4 and IPv6", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(metricsAccess(from(address), none), address).toEqual({ allowed: true });
  });

  it("refuses another machine, and a request without a known address (next dev, no serve.mjs)", () => {
    for (const headers of [from("10.0.0.7"), from("::ffff:192.168.1.4"), from("127.0.0.1.evil.nl"), new Headers()]) {
      expect(metricsAccess(headers, none)).toMatchObject({ allowed: false, status: 403 });
    }
  });

  it("serves a local request with the X-Forwarded-For that Next.js adds (the connection's own address)", () => {
    expect(metricsAccess(from("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }), none)).toEqual({ allowed: true });
    expect(metricsAccess(from("::1", { "x-forwarded-for": "::1", forwarded: 'for="[::1]"' }), none)).toEqual({ allowed: true });
  });

  it("refuses a local connection that a proxy forwarded for a visitor elsewhere", () => {
    const cases: Record<string, string>[] = [
      { "x-forwarded-for": "203.0.113.9" },
      { "x-forwarded-for": "127.0.0.1, 203.0.113.9" },
      { "x-forwarded-for": "127.0.0.1", "x-real-ip": "203.0.113.9" },
      { forwarded: "for=203.0.113.9;proto=https" },
      { forwarded: 'for="[2001:db8::1]:4711"' },
      { forwarded: "for=unknown" },
      { forwarded: "proto=https" },
    ];
    for (const headers of cases) {
      expect(metricsAccess(from("127.0.0.1", headers), none), JSON.stringify(headers)).toMatchObject({ allowed: false, status: 403 });
    }
  });

  it("gains nothing from a bearer token when none is set", () => {
    expect(metricsAccess(from("10.0.0.7", { authorization: "Bearer anything" }), none)).toMatchObject({ allowed: false, status: 403 });
  });
});

describe("metricsAccess with METRICS_TOKEN", () => {
  const set = { token: TOKEN };

  it("serves the right bearer token from anywhere, also through a proxy", () => {
    expect(metricsAccess(from("10.0.0.7", { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "203.0.113.9" }), set)).toEqual({ allowed: true });
    expect(metricsAccess(new Headers({ authorization: `bearer ${TOKEN}` }), set)).toEqual({ allowed: true });
  });

  it("refuses a missing, wrong, longer or shorter token with 401, also from this machine", () => {
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, "Bearer "]) {
      const headers = from("127.0.0.1", authorization === undefined ? {} : { authorization });
      expect(metricsAccess(headers, set), String(authorization)).toMatchObject({ allowed: false, status: 401 });
    }
  });
});

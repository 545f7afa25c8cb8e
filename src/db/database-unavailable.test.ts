import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "./database-unavailable";

// The errors seen in tests/integration/save-during-database-restart.test.ts and what the drivers make of them;
// everything else stays a 500 (a fault of ours must not look like an outage).

const socket = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5433`), { code, errno: -111, syscall: "connect" });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a server that stops (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" })],
    ["a server still starting (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["a connection exception (class 08)", Object.assign(new Error("connection failure"), { code: "08006" })],
    ["nothing listening", socket("ECONNREFUSED")],
    ["the Unix socket of a stopped server", socket("ENOENT")],
    ["IPv4 and IPv6 both refused", new AggregateError([socket("ECONNREFUSED"), socket("ECONNREFUSED")])],
    ["a cut connection", new Error("Connection terminated unexpectedly")],
    ["the pool's connect timeout", new Error("timeout exceeded when trying to connect")],
    ["Prisma's adapter wrapping a socket error", Object.assign(new Error("DriverAdapterError"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5433 } })],
    ["Prisma's adapter wrapping a shutdown", Object.assign(new Error("DriverAdapterError"), { cause: { kind: "postgres", code: "57P01", message: "terminating" } })],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["an error caused by one of these", new Error("read failed", { cause: socket("ECONNRESET") })],
  ])("says yes for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a query error of ours", Object.assign(new Error('column "x" does not exist'), { code: "42703" })],
    ["Prisma's record not found", Object.assign(new Error("No record"), { code: "P2025" })],
    ["a plain error", new Error("boom")],
    ["a missing file", Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: "ENOENT", syscall: "open" })],
    ["not an error at all", "boom"],
    ["null", null],
  ])("says no for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("does not loop on an error that is its own cause", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

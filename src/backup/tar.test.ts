import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseTarHeader, readTar, tarEnd, tarHeader, tarPadding, TarFormatError } from "@/backup/tar";

function archive(entries: { name: string; body?: Buffer; directory?: boolean }[]): Buffer {
  const parts: Buffer[] = [];
  for (const { name, body = Buffer.alloc(0), directory } of entries) {
    parts.push(tarHeader({ name, type: directory ? "directory" : "file", mode: directory ? 0o700 : 0o600, size: body.length, mtime: new Date(0) }));
    parts.push(body, tarPadding(body.length));
  }
  parts.push(tarEnd());
  return Buffer.concat(parts);
}

async function* chunked(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

async function readAll(buffer: Buffer, chunkSize = 7): Promise<{ name: string; type: string; body: string }[]> {
  const result = [];
  for await (const entry of readTar(chunked(buffer, chunkSize))) {
    const parts: Buffer[] = [];
    for await (const chunk of entry.body) parts.push(chunk);
    result.push({ name: entry.name, type: entry.type, body: Buffer.concat(parts).toString() });
  }
  return result;
}

describe("tar", () => {
  it("reads back what it wrote, whatever the chunk sizes of the stream", async () => {
    const tar = archive([{ name: "data", directory: true }, { name: "data/PG_VERSION", body: Buffer.from("18\n") }, { name: "data/leeg" }, { name: "data/blok", body: Buffer.alloc(512, 1) }]);
    for (const size of [1, 7, 512, 100_000]) {
      expect(await readAll(tar, size)).toEqual([
        { name: "data", type: "directory", body: "" },
        { name: "data/PG_VERSION", type: "file", body: "18\n" },
        { name: "data/leeg", type: "file", body: "" },
        { name: "data/blok", type: "file", body: "\u0001".repeat(512) },
      ]);
    }
  });

  it("skips the body of an entry the reader did not read", async () => {
    const tar = archive([{ name: "a", body: Buffer.from("x".repeat(1000)) }, { name: "b", body: Buffer.from("y") }]);
    const names = [];
    for await (const entry of readTar(chunked(tar, 100))) names.push(entry.name);
    expect(names).toEqual(["a", "b"]);
  });

  it("writes archives that GNU tar lists with the same names and sizes", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "tar-test-"));
    try {
      const file = path.join(folder, "x.tar");
      await writeFile(file, archive([{ name: "data", directory: true }, { name: "data/PG_VERSION", body: Buffer.from("18\n") }]));
      const listed = spawnSync("tar", ["-tvf", file], { encoding: "utf8" });
      expect(listed.status).toBe(0);
      expect(listed.stdout).toMatch(/^drwx------ .* data\n-rw------- .* 3 .* data\/PG_VERSION\n$/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("refuses a header whose checksum does not match, and an archive cut short", async () => {
    const header = tarHeader({ name: "data/x", type: "file", mode: 0o600, size: 3, mtime: new Date(0) });
    header[0] = "e".charCodeAt(0);
    expect(() => parseTarHeader(header)).toThrow(TarFormatError);
    const tar = archive([{ name: "a", body: Buffer.from("x".repeat(1000)) }]);
    await expect(readAll(tar.subarray(0, 700))).rejects.toThrow(/midden in een item/);
    expect(() => parseTarHeader(Buffer.alloc(512, 65))).toThrow(/geen ustar/);
  });

  it("refuses names that do not fit a ustar header", () => {
    expect(() => tarHeader({ name: "x".repeat(101), type: "file", mode: 0o600, size: 0, mtime: new Date(0) })).toThrow(TarFormatError);
  });
});

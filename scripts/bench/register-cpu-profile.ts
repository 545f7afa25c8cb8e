import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// `--cpu-profile`: where the app's Node.js process spends its CPU. Node does
// not accept --cpu-prof in NODE_OPTIONS, so the server gets a small preload
// (--require, written into the bench's data folder) that runs V8's profiler
// through node:inspector inside the server process: the first SIGUSR2 starts
// it, the second writes the profile. The summary adds up self time per origin
// (a package, a folder of src/, Node.js itself, the garbage collector); the
// production build is bundled and minified, so frames in .next/server are
// traced back through the build's source maps.

const PRELOAD = `"use strict";
// Written by scripts/bench/register-cpu-profile.ts. Inert except in the web server (\`next start\` or scripts/serve.mjs).
const argv = process.argv;
const script = (argv[1] || "").split("/").pop();
if ((script === "next" && argv[2] === "start") || script === "serve.mjs") {
  const fs = require("node:fs");
  const inspector = require("node:inspector");
  const dir = __dirname;
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () =>
        session.post("Profiler.setSamplingInterval", { interval: 500 }, () =>
          session.post("Profiler.start", () => fs.writeFileSync(dir + "/started-" + process.pid, ""))));
      return;
    }
    session.post("Profiler.stop", (error, result) => {
      running = false;
      const file = dir + "/next-server-" + process.pid + ".cpuprofile";
      fs.writeFileSync(file + ".tmp", error ? "{}" : JSON.stringify(result.profile));
      fs.renameSync(file + ".tmp", file);
    });
  });
}
`;

/** Writes the preload into `dir` (emptied first) and returns the NODE_OPTIONS that load it. */
export async function cpuProfilePreload(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "cpu-profile-preload.cjs");
  await writeFile(file, PRELOAD);
  return `--require ${file}`;
}

export async function startCpuProfile(dir: string, pid: number): Promise<void> {
  process.kill(pid, "SIGUSR2");
  await waitForFile(path.join(dir, `started-${pid}`));
}

/** Stops the profiler in the server and returns the profile's path. */
export async function stopCpuProfile(dir: string, pid: number): Promise<string> {
  process.kill(pid, "SIGUSR2");
  const file = path.join(dir, `next-server-${pid}.cpuprofile`);
  await waitForFile(file);
  return file;
}

async function waitForFile(file: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the server did not write ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface CpuProfileSummary {
  file: string;
  /** CPU time seen in the profile, idle excluded. */
  busySeconds: number;
  byOrigin: { origin: string; seconds: number; share: number }[];
  /** The same, with the time of native functions and Node.js internals (socket writes, streams, …) added to the code that called them. */
  byCallerOrigin: { origin: string; seconds: number; share: number }[];
  topFunctions: { name: string; origin: string; seconds: number; share: number }[];
}

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export function summarizeCpuProfile(file: string, top = 25): CpuProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const weight = profile.timeDeltas[i + 1] ?? 0; // a sample lasts until the next one
    selfMicros.set(profile.samples[i]!, (selfMicros.get(profile.samples[i]!) ?? 0) + weight);
  }
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const maps = new SourceMaps();
  const callerOrigin = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      if (frame.url && !frame.url.startsWith("node:")) return originOf(frame, maps.original(frame));
    }
    return "(no JS caller)";
  };
  const byOrigin = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const byFunction = new Map<string, { origin: string; micros: number }>();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    busy += micros;
    const source = maps.original(frame);
    const origin = originOf(frame, source);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
    const internal = !frame.url || frame.url.startsWith("node:");
    const caller = internal && frame.functionName !== "(garbage collector)" ? callerOrigin(id) : origin;
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + micros);
    const key = `${frame.functionName || "(anonymous)"} ${source ? shortPath(source.file) + ":" + (source.line + 1) : frame.url ? shortPath(frame.url) : ""}`.trim();
    const entry = byFunction.get(key) ?? { origin, micros: 0 };
    entry.micros += micros;
    byFunction.set(key, entry);
  }
  const seconds = (micros: number) => Math.round(micros / 1e4) / 100;
  const share = (micros: number) => Math.round((micros / busy) * 1000) / 10;
  const list = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([origin, micros]) => ({ origin, seconds: seconds(micros), share: share(micros) }));
  return {
    file,
    busySeconds: seconds(busy),
    byOrigin: list(byOrigin),
    byCallerOrigin: list(byCaller),
    topFunctions: [...byFunction]
      .sort((a, b) => b[1].micros - a[1].micros)
      .slice(0, top)
      .map(([name, { origin, micros }]) => ({ name, origin, seconds: seconds(micros), share: share(micros) })),
  };
}

function originOf(frame: CallFrame, source: { file: string } | undefined): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  if (frame.url.startsWith("wasm://")) return "wasm (Prisma query compiler)";
  if (frame.url.startsWith("node:")) return "node: " + frame.url.slice(5).split("/").slice(0, 2).join("/");
  // The bench serves a copy of the checkout (.data/bench-register/app): name files as in the repository.
  const file = (source?.file ?? frame.url).replace(/^.*\/bench-register\/app\//, "/");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) {
    const name = pkg[1]!;
    // Next.js is big: split its server runtime by area.
    if (name === "next") {
      const area = /next\/dist\/(?:compiled\/)?([^/]+(?:\/[^/]+)?)/.exec(file)?.[1] ?? "?";
      return `next (${area.replace(/\.js$/, "")})`;
    }
    return name;
  }
  const app = file.includes("/.next/") ? null : /\/(src|app)\/(.+)$/.exec(file);
  if (app) return `${app[1]}/${app[1] === "src" ? app[2]!.split("/")[0] : app[2]}`;
  return source ? `(bundled) ${shortPath(source.file)}` : `(bundled) ${shortPath(frame.url)}`;
}

function shortPath(file: string): string {
  return file.replace(/^.*\/bench-register\/app\//, "").replace(/^.*?(node_modules\/|\[project\]\/|\/work\/[^/]+\/)/, "").replace(/^file:\/\//, "");
}

// --- source maps: just enough of version 3 (and Turbopack's sectioned index maps) to trace a frame ---

interface Segment { column: number; source: number; line: number }
interface DecodedMap { sources: string[]; lines: Segment[][] }
interface Section { line: number; column: number; map: DecodedMap }

class SourceMaps {
  private readonly cache = new Map<string, Section[] | null>();

  original(frame: CallFrame): { file: string; line: number } | undefined {
    if (!frame.url.includes("/.next/server/")) return undefined;
    const sections = this.load(frame.url.replace(/^file:\/\//, ""));
    if (!sections) return undefined;
    let section: Section | undefined;
    for (const s of sections) {
      if (s.line < frame.lineNumber || (s.line === frame.lineNumber && s.column <= frame.columnNumber)) section = s;
    }
    if (!section) return undefined;
    const line = frame.lineNumber - section.line;
    const column = line === 0 ? frame.columnNumber - section.column : frame.columnNumber;
    const segments = section.map.lines[line];
    if (!segments) return undefined;
    let found: Segment | undefined;
    for (const segment of segments) {
      if (segment.column <= column) found = segment;
      else break;
    }
    return found && found.source >= 0 ? { file: section.map.sources[found.source]!, line: found.line } : undefined;
  }

  private load(file: string): Section[] | null {
    if (this.cache.has(file)) return this.cache.get(file)!;
    let sections: Section[] | null = null;
    try {
      const raw = JSON.parse(readFileSync(`${decodeURIComponent(file)}.map`, "utf8")) as RawMap;
      sections = raw.sections
        ? raw.sections.map((s) => ({ line: s.offset.line, column: s.offset.column, map: decode(s.map) }))
        : [{ line: 0, column: 0, map: decode(raw) }];
    } catch {
      sections = null;
    }
    this.cache.set(file, sections);
    return sections;
  }
}

interface RawMap { sources?: string[]; mappings?: string; sections?: { offset: { line: number; column: number }; map: RawMap }[] }

const BASE64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

function decode(raw: RawMap): DecodedMap {
  const lines: Segment[][] = [];
  let source = 0;
  let sourceLine = 0;
  for (const lineText of (raw.mappings ?? "").split(";")) {
    const segments: Segment[] = [];
    let column = 0;
    for (const text of lineText.split(",")) {
      if (text === "") continue;
      const fields = vlq(text);
      column += fields[0]!;
      if (fields.length >= 4) {
        // fields[3] (the original column) is not needed to name a file and line.
        source += fields[1]!;
        sourceLine += fields[2]!;
        segments.push({ column, source, line: sourceLine });
      } else {
        segments.push({ column, source: -1, line: 0 });
      }
    }
    lines.push(segments);
  }
  return { sources: raw.sources ?? [], lines };
}

function vlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.get(char)!;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

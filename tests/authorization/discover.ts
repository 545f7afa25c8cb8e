import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Finds every page, API route and server action in the code, with the
// permission its guard names, by reading the source. The authorization suite
// compares this with SURFACE (surface.ts), so that a new page, route or action
// that nobody entered there fails the suite instead of going unchecked.

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Discovered = { key: string; file: string; permissions: string[] };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** The URL path of an app/ file: route groups "(app)" are left out, "[id]" stays as written. */
function urlOf(file: string): string {
  const segments = relative(path.dirname(file)).split("/").slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** `permission: "x"` or `permission: NAME` (with `const NAME = "x"` in the same file), or requirePagePermission("x"). */
function permissionsIn(text: string, wholeFile: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/requirePagePermission\(\s*"([^"]+)"/g)) found.add(m[1]!);
  for (const m of text.matchAll(/permission:\s*(?:"([^"]+)"|([A-Z_][A-Z0-9_]*))/g)) {
    if (m[1]) found.add(m[1]);
    else {
      const constant = new RegExp(`const ${m[2]} = "([^"]+)"`).exec(wholeFile);
      if (constant) found.add(constant[1]!);
    }
  }
  return [...found].sort();
}

/** The text of each top-level export, plus the bodies of the file's own functions it calls (one level deep). */
function exportBlocks(source: string): { name: string; text: string }[] {
  const starts = [...source.matchAll(/^export (?:const|async function|function) ([A-Za-z0-9_]+)/gm)];
  const localFunctions = new Map<string, string>();
  for (const m of source.matchAll(/^(?:async )?function ([A-Za-z0-9_]+)\([\s\S]*?^\}/gm)) localFunctions.set(m[1]!, m[0]);
  return starts.map((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : source.length;
    let text = source.slice(m.index, end);
    for (const [name, body] of localFunctions) if (new RegExp(`\\b${name}\\(`).test(text)) text += `\n${body}`;
    return { name: m[1]!, text };
  });
}

export function discoverPages(): Discovered[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => /[/\\]page\.tsx$/.test(f))
    .map((file) => {
      const source = readFileSync(file, "utf8");
      return { key: urlOf(file), file: relative(file), permissions: permissionsIn(source, source) };
    });
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

export function discoverRoutes(): Discovered[] {
  return walk(path.join(ROOT, "app", "api"))
    .filter((f) => /[/\\]route\.ts$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return exportBlocks(source)
        .filter(({ name }) => METHODS.includes(name))
        .map(({ name, text }) => ({ key: `${name} ${urlOf(file)}`, file: relative(file), permissions: permissionsIn(text, source) }))
        // `export { handler as GET }`: the method names a local function.
        .concat([...source.matchAll(/(\w+) as (GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({
          key: `${m[2]} ${urlOf(file)}`, file: relative(file), permissions: permissionsIn(source, source),
        })));
    });
}

export function discoverActions(): Discovered[] {
  return [...walk(path.join(ROOT, "src")), ...walk(path.join(ROOT, "app"))]
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      if (!/^["']use server["'];?\s*$/m.test(source.split("\n").find((line) => line.trim() !== "") ?? "")) return [];
      return exportBlocks(source).map(({ name, text }) => ({ key: `${relative(file)}#${name}`, file: relative(file), permissions: permissionsIn(text, source) }));
    });
}

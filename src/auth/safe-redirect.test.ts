import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const ORIGIN = "https://app.school.nl";
const safe = (target: string | null | undefined) => safeRedirectPath(target, ORIGIN);

describe("safeRedirectPath", () => {
  it.each([
    ["/verzuim/signalen?x=1", "/verzuim/signalen?x=1"],
    ["/", "/"],
    ["/docent/les/0b6b6f57-4a0e-4f8c-9d9f-2b3c4d5e6f70", "/docent/les/0b6b6f57-4a0e-4f8c-9d9f-2b3c4d5e6f70"],
    ["/verzuim/leerling?q=jan%20de%20vries", "/verzuim/leerling?q=jan%20de%20vries"],
    ["/verzuim/leerling?q=a%5Cb", "/verzuim/leerling?q=a%5Cb"],
    ["/ouder#kind", "/ouder#kind"],
    ["/docent/../verzuim", "/verzuim"],
    ["https://app.school.nl/ouder?x=1", "/ouder?x=1"],
    ["https://app.school.nl", "/"],
    // a malformed escape further on is no danger; the browser sends it as it is
    ["/verzuim/leerling?q=%", "/verzuim/leerling?q=%"],
  ])("keeps a path of our own site: %s", (target, expected) => {
    expect(safe(target)).toBe(expected);
  });

  it.each([
    // another host, as browsers read it
    "//attacker.example/",
    "///attacker.example/",
    "/\\attacker.example/",
    "\\\\attacker.example/",
    "\\/attacker.example/",
    // encoded slashes and backslashes, once and twice
    "/%5Cattacker.example/",
    "/%5cattacker.example/",
    "/%2F%2Fattacker.example/",
    "/%2fattacker.example/",
    "/%252F%252Fattacker.example/",
    "/%255Cattacker.example/",
    "/%5C%5Cattacker.example/",
    // tabs, newlines and other control characters, raw and encoded
    "/\t/attacker.example/",
    "/\n/attacker.example/",
    "/\r\n/attacker.example",
    "\t//attacker.example",
    " /verzuim",
    "/%09/attacker.example/",
    "/%0a/attacker.example/",
    "/%0D%0A/attacker.example/",
    "/%00/verzuim",
    "/verzuim%00",
    "/verzuim\u0000",
    "/verzuim\u0085",
    // schemes
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "/javascript:alert(1)".slice(1),
    // absolute URLs that are not exactly our origin
    "https://attacker.example/",
    "http://app.school.nl/ouder",
    "https://app.school.nl:444/ouder",
    "https://app.school.nl.attacker.example/",
    "https://app.school.nl@attacker.example/",
    "https://attacker.example\\@app.school.nl/",
    "https:app.school.nl/ouder",
    "https:/app.school.nl/ouder",
    "ftp://app.school.nl/",
    // relative paths that do not start at the root
    "verzuim",
    "./verzuim",
    "../verzuim",
    "?callbackUrl=/x",
    "#x",
    // dot segments that resolve to another host
    "/.//attacker.example/",
    "/a/..//attacker.example/",
    "/%2E//attacker.example/",
    // nothing, or too much
    "",
    null,
    undefined,
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (target) => {
    expect(safe(target)).toBeNull();
  });

  it("an accepted target always stays on our origin, at a path that starts with one slash", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `/${encodeURIComponent(s)}`)), (target) => {
        const result = safe(target);
        if (result === null) return;
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
        // Decoded once more (by whatever layer), it is still a path on our site.
        const decoded = result.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
        expect(new URL(decoded, ORIGIN).origin).toBe(ORIGIN);
      }),
      { numRuns: 2000 },
    );
  });

  it("a path of our site with any search term (as the app encodes it) is kept", () => {
    fc.assert(
      fc.property(fc.constantFrom("/verzuim/leerling", "/docent/lessen", "/verzuim/signalen"), fc.string({ unit: "grapheme" }), (path, query) => {
        const target = `${path}?q=${encodeURIComponent(query)}`;
        // A query may decode to a control character; those are refused, everything else kept as is.
         
        if (/[\u0000-\u001f\u007f-\u009f]/.test(query)) return;
        const result = new URL(safe(target) ?? "/geweigerd", ORIGIN);
        expect(result.pathname).toBe(path);
        expect(result.searchParams.get("q")).toBe(query.replace(/\p{Cs}/gu, "\uFFFD"));
      }),
    );
  });
});

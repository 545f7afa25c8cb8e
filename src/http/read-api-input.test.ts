import { describe, expect, it } from "vitest";
import { AppError, httpStatusOf } from "@/errors/app-error";
import { JSON_BODY_LIMIT } from "./body-limits";
import { readApiInput } from "./read-api-input";

const BASE = "http://127.0.0.1:3000";
const ours = { host: "127.0.0.1:3000", origin: BASE };

function post(body: BodyInit | null, headers: Record<string, string> = {}, path = "/api/lessons/x/marks"): Request {
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: { ...ours, "content-type": "application/json", ...headers } });
}

/** The status and message that readApiInput's refusal is answered with; null when it reads the input. */
async function refusal(request: Request, params: Record<string, string> = {}): Promise<{ status: number; message: string } | null> {
  try {
    await readApiInput(request, params);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: httpStatusOf(error), message: error.message };
  }
}

describe("readApiInput", () => {
  it("reads a JSON object body, and the query string of a GET", async () => {
    await expect(readApiInput(post(JSON.stringify({ marks: [{ pupilId: "Zoë 😀" }] })), {})).resolves.toEqual({ marks: [{ pupilId: "Zoë 😀" }] });
    await expect(readApiInput(post("", { "content-type": "application/json; charset=utf-8" }), {})).resolves.toEqual({});
    const get = new Request(`${BASE}/api/lessons/x/register?viewer=1&q=jan+de%20vries`, { headers: { host: "127.0.0.1:3000" } });
    await expect(readApiInput(get, { lessonId: "x" })).resolves.toEqual({ viewer: "1", q: "jan de vries" });
  });

  it("refuses another site's request with 403", async () => {
    expect(await refusal(post("{}", { origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    expect(await refusal(new Request(`${BASE}/api/x`, { method: "POST", body: "{}", headers: { host: "127.0.0.1:3000", "content-type": "application/json" } }))).toMatchObject({ status: 403 });
  });

  it("refuses a body that is not JSON with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"]) {
      expect(await refusal(post("{}", { "content-type": type })), type).toMatchObject({ status: 415 });
    }
  });

  it("refuses a body over the limit with 413, declared or not", async () => {
    const big = JSON.stringify({ note: "x".repeat(JSON_BODY_LIMIT) });
    expect(await refusal(post(big))).toMatchObject({ status: 413, message: "De inhoud is te groot (meer dan 256 kB)." });
    // A stream has no Content-Length: the limit is counted while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const streamed = new Request(`${BASE}/api/x`, { method: "POST", body: stream, duplex: "half", headers: { ...ours, "content-type": "application/json" } } as RequestInit);
    expect(await refusal(streamed)).toMatchObject({ status: 413 });
  });

  it("refuses NUL, lone surrogates, invalid UTF-8 and malformed JSON with 400 and a precise message", async () => {
    const cases: Array<[BodyInit, RegExp]> = [
      ['{"note":"a\\u0000b"}', /NUL-teken/],
      ['{"note":"\\ud800"}', /losse surrogaat/],
      ['{"n\\u0000":"x"}', /NUL-teken/],
      [new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), /geen geldige UTF-8/],
      [new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), /geen geldige UTF-8/],
      ["{", /geen geldige JSON/],
      ["[1]", /JSON-object/],
      ['"tekst"', /JSON-object/],
      [`{"a":${"[".repeat(20)}${"]".repeat(20)}}`, /te diep genest/],
    ];
    for (const [body, message] of cases) {
      const answer = await refusal(post(body));
      expect(answer, String(body)).toMatchObject({ status: 400 });
      expect(answer!.message).toMatch(message);
    }
  });

  it("refuses NUL and broken encoding in the query string and path parameters with 400", async () => {
    const get = (query: string) => new Request(`${BASE}/api/x?${query}`, { headers: { host: "127.0.0.1:3000" } });
    expect(await refusal(get("q=a%00b"))).toMatchObject({ status: 400 });
    expect(await refusal(get("q=%ED%A0%80"))).toMatchObject({ status: 400, message: "Het adres bevat een ongeldige codering." });
    expect(await refusal(get("q=%E0%A4"))).toMatchObject({ status: 400 });
    expect(await refusal(get("q=ok"), { lessonId: "a\u0000" })).toMatchObject({ status: 400 });
  });
});

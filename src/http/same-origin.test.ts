import { describe, expect, it } from "vitest";
import { crossOriginRefusal } from "./same-origin";

const ours = { host: "127.0.0.1:3000", "x-forwarded-proto": "http" };

describe("crossOriginRefusal", () => {
  it("lets a write from our own pages through", () => {
    expect(crossOriginRefusal("POST", new Headers({ ...ours, origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(crossOriginRefusal("POST", new Headers({ ...ours, "sec-fetch-site": "same-origin" }))).toBeNull();
  });

  it("refuses a write from another site, or another scheme or port of ours", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:3001", "https://127.0.0.1:3000", "null", "http://127.0.0.1:3000.evil.example"]) {
      expect(crossOriginRefusal("POST", new Headers({ ...ours, origin })), origin).toMatch(/andere website/);
    }
  });

  it("refuses a write that says neither where it comes from nor that it is same-origin", () => {
    expect(crossOriginRefusal("POST", new Headers(ours))).toMatch(/geen herkomst/);
    expect(crossOriginRefusal("DELETE", new Headers({ ...ours, "sec-fetch-site": "cross-site" }))).toMatch(/geen herkomst/);
  });

  it("lets a read without Origin through, but not a read that another site sends with one", () => {
    expect(crossOriginRefusal("GET", new Headers(ours))).toBeNull();
    expect(crossOriginRefusal("GET", new Headers({ ...ours, origin: "https://evil.example" }))).toMatch(/andere website/);
  });

  it("accepts PUBLIC_URL's origin when the proxy in front does not forward the scheme", () => {
    const behindProxy = new Headers({ host: "aanwezig.school.nl", origin: "https://aanwezig.school.nl" });
    expect(crossOriginRefusal("POST", behindProxy)).toMatch(/andere website/);
    expect(crossOriginRefusal("POST", behindProxy, { publicOrigin: "https://aanwezig.school.nl" })).toBeNull();
    expect(crossOriginRefusal("POST", new Headers({ host: "aanwezig.school.nl", origin: "https://evil.example" }), { publicOrigin: "https://aanwezig.school.nl" })).not.toBeNull();
  });
});

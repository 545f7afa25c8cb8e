import { describe, expect, it } from "vitest";
import { attachmentKind } from "./attachment-kind";

describe("attachmentKind", () => {
  it("knows PDF, JPEG and PNG by their first bytes", () => {
    expect(attachmentKind(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(attachmentKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(attachmentKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
  });
  it("refuses anything else, whatever its name says", () => {
    expect(attachmentKind(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
    expect(attachmentKind(new TextEncoder().encode("<html>%PDF-"))).toBeNull();
    expect(attachmentKind(new Uint8Array([]))).toBeNull();
    expect(attachmentKind(new Uint8Array([0x25, 0x50, 0x44]))).toBeNull();
  });
});

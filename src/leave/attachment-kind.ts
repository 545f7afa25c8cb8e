/** Files a leave request may carry (an employer's statement, a wedding invitation): PDF, JPEG, PNG. */
export const ATTACHMENT_TYPES = {
  "application/pdf": { label: "PDF", extension: "pdf" },
  "image/jpeg": { label: "JPEG", extension: "jpg" },
  "image/png": { label: "PNG", extension: "png" },
} as const;
export type TAttachmentType = keyof typeof ATTACHMENT_TYPES;

/** At most this many bytes per file, and this many files per request (decision 126). */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 3;

/**
 * What a file is, by its first bytes (its magic number), not by its name or
 * the type the browser declared: a renamed executable is no PDF.
 *
 * @example attachmentKind(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // "application/pdf"
 */
export function attachmentKind(bytes: Uint8Array): TAttachmentType | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  return null;
}

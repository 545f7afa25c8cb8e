import type { AppError } from "@/errors/app-error";

/**
 * A request's body, read chunk by chunk and stopped as soon as it passes
 * `limit` bytes (a declared Content-Length over it is refused before reading):
 * a client cannot make the server hold more than the limit. `tooLarge` is the
 * refusal in the words of the caller.
 */
export async function readLimitedBody(request: Request, limit: number, tooLarge: () => AppError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

import type { Rng } from "./random";

/**
 * Deterministic UUIDs in the version-7 layout: a 48-bit "timestamp" that
 * counts up from `baseMs` with every id, then random bits from the rng. The
 * same seed gives the same ids, and ids made in order sort in order, which
 * keeps the primary-key index inserts of a bulk load at the right edge of the
 * B-tree instead of scattered over it.
 */
export function createIdFactory(rng: Rng, baseMs: number): () => string {
  let counter = 0;
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, "0");
  return () => {
    const ms = baseMs + counter++;
    const high = Math.floor(ms / 0x10000); // upper 32 of the 48 bits
    const low = ms % 0x10000;
    const r1 = rng.uint32();
    const r2 = rng.uint32();
    const r3 = rng.uint32();
    return (
      `${hex(high, 8)}-${hex(low, 4)}-7${hex(r1 & 0xfff, 3)}-` +
      `${hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4)}-${hex(r2 & 0xffff, 4)}${hex(r3, 8)}`
    );
  };
}

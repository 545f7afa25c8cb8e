// A small ustar writer and reader for the backup archive (decision 170): regular files and
// directories only, names of at most 100 bytes (a data folder's deepest name, base/16384/2619_fsm,
// is far shorter). No dependency: the lockfile has no tar package, and this is all the backup needs.

const BLOCK = 512;
const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2);

export type TarEntryType = "file" | "directory";

export type TarHeader = {
  name: string;
  type: TarEntryType;
  /** Permission bits only (0o600, 0o700). */
  mode: number;
  size: number;
  mtime: Date;
};

export class TarFormatError extends Error {
  override name = "TarFormatError";
}

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL, as ustar writes them.
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

/** The 512-byte ustar header of one entry. */
export function tarHeader({ name, type, mode, size, mtime }: TarHeader): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  if (nameBytes.length === 0 || nameBytes.length > 100) throw new TarFormatError(`naam past niet in een tar-kop: ${name}`);
  if (type === "directory" && size !== 0) throw new TarFormatError(`een map heeft geen inhoud: ${name}`);
  const header = Buffer.alloc(BLOCK);
  nameBytes.copy(header, 0);
  header.write(octal(mode & 0o7777, 8), 100, "ascii");
  header.write(octal(0, 8), 108, "ascii"); // uid: the restore gives the files to whoever runs PostgreSQL
  header.write(octal(0, 8), 116, "ascii"); // gid
  header.write(octal(size, 12), 124, "ascii");
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, "ascii");
  header.write(" ".repeat(8), 148, "ascii"); // checksum is computed with its own field as spaces
  header.write(type === "directory" ? "5" : "0", 156, "ascii");
  header.write("ustar\0", 257, "ascii");
  header.write("00", 263, "ascii");
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return header;
}

/** Zero bytes that round an entry of `size` bytes up to whole blocks. */
export function tarPadding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

export function tarEnd(): Buffer {
  return END_OF_ARCHIVE;
}

function readString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString("utf8");
}

function readOctal(block: Buffer, start: number, length: number, what: string): number {
  const text = readString(block, start, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`ongeldige ${what} in tar-kop`);
  return Number.parseInt(text, 8);
}

/** Parses a header block; undefined for the all-zero block that ends the archive. */
export function parseTarHeader(block: Buffer): TarHeader | undefined {
  if (block.length !== BLOCK) throw new TarFormatError("onvolledige tar-kop");
  if (block.every((byte) => byte === 0)) return undefined;
  if (readString(block, 257, 6) !== "ustar") throw new TarFormatError("geen ustar-kop");
  const stored = readOctal(block, 148, 8, "controlesom");
  const sum = block.reduce((total, byte, index) => total + (index >= 148 && index < 156 ? 32 : byte), 0);
  if (sum !== stored) throw new TarFormatError("controlesom van een tar-kop klopt niet");
  const flag = String.fromCharCode(block[156]!);
  if (flag !== "0" && flag !== "\0" && flag !== "5") throw new TarFormatError(`onbekend soort item in tar (${flag})`);
  return {
    name: readString(block, 0, 100),
    type: flag === "5" ? "directory" : "file",
    mode: readOctal(block, 100, 8, "modus"),
    size: readOctal(block, 124, 12, "grootte"),
    mtime: new Date(readOctal(block, 136, 12, "tijd") * 1000),
  };
}

/** Reads exactly the bytes asked for from a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(wanted: number): Promise<boolean> {
    while (this.length < wanted) {
      const { value, done } = await this.source.next();
      if (done) return false;
      this.buffered.push(value);
      this.length += value.length;
    }
    return true;
  }

  /** Up to `max` bytes (at least one), or undefined at the end of the stream. */
  async some(max: number): Promise<Buffer | undefined> {
    if (!(await this.fill(1))) return undefined;
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    const taken = all.subarray(0, max);
    this.buffered = taken.length < all.length ? [all.subarray(taken.length)] : [];
    this.length = all.length - taken.length;
    return taken;
  }

  async exactly(count: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let missing = count;
    while (missing > 0) {
      const part = await this.some(missing);
      if (!part) throw new TarFormatError("het archief houdt midden in een item op");
      parts.push(part);
      missing -= part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }
}

export type TarEntry = TarHeader & {
  /** The entry's bytes in chunks; read it before asking for the next entry, or it is skipped. */
  body: AsyncIterable<Buffer>;
};

/** The entries of an (already decompressed) ustar stream, in order. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    const header = parseTarHeader(await reader.exactly(BLOCK));
    if (!header) return;
    let remaining = header.size;
    async function* body(): AsyncGenerator<Buffer> {
      while (remaining > 0) {
        const chunk = await reader.some(Math.min(remaining, 1 << 20));
        if (!chunk) throw new TarFormatError("het archief houdt midden in een item op");
        remaining -= chunk.length;
        yield chunk;
      }
    }
    yield { ...header, body: body() };
    for await (const chunk of body()) void chunk; // skip whatever the caller left unread
    await reader.exactly(tarPadding(header.size).length);
  }
}

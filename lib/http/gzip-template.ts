import { constants, crc32, deflateRaw } from "node:zlib";
import { promisify } from "node:util";
import type { NonceTemplate } from "./nonce-template";

const deflate = promisify(deflateRaw);

/**
 * A page compressed once yet sent with a fresh nonce each time. Each piece between nonces is
 * deflated on its own and ends on a full flush (byte-aligned, no reference across it), so per
 * response only the nonce is added, as a stored (uncompressed) block, plus the gzip header and
 * trailer (CRC-32 over the pieces and the nonce). Nothing secret is ever compressed beside
 * reflected input, and the server does no compression work per response.
 */
export interface GzipTemplate {
  segments: Buffer[];
  /** Uncompressed size, nonce included (every nonce has the same length). */
  size: number;
  bytes: number;
}

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block with fixed codes: the end of the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export async function toGzipTemplate(template: NonceTemplate, level = 9): Promise<GzipTemplate> {
  const segments = await Promise.all(template.parts.map((part) => deflate(part, { level, finishFlush: constants.Z_FULL_FLUSH })));
  return { segments, size: template.bytes, bytes: segments.reduce((sum, segment) => sum + segment.length, 0) };
}

function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The gzip body of `template` filled with `nonce`. */
export function fillGzipTemplate(gzip: GzipTemplate, template: NonceTemplate, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  const stored = storedBlock(needle);
  const pieces: Buffer[] = [HEADER];
  let crc = 0;
  template.parts.forEach((part, i) => {
    if (i > 0) {
      pieces.push(stored);
      crc = crc32(needle, crc);
    }
    pieces.push(gzip.segments[i]!);
    crc = crc32(part, crc);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(gzip.size % 2 ** 32, 4);
  pieces.push(FINAL_BLOCK, trailer);
  return Buffer.concat(pieces);
}

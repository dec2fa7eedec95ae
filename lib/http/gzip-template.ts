import { constants, crc32, createDeflateRaw } from "node:zlib";
import type { NonceTemplate } from "./nonce-template";

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

/**
 * One deflate stream for the whole page, flushed in full after each piece: one compressor's set-up
 * per page, not one per piece. The segments are views of one buffer of exactly their total size
 * (zlib's own output buffers are 16 KB each, however little they hold).
 */
export function toGzipTemplate(template: NonceTemplate, level = 9): Promise<GzipTemplate> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level });
    const lengths: number[] = [];
    const chunks: Buffer[] = [];
    let pending = 0;
    deflate.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      pending += chunk.length;
    });
    deflate.once("error", reject);
    let i = 0;
    const next = () => {
      if (i > 0) {
        lengths.push(pending);
        pending = 0;
      }
      if (i === template.parts.length) {
        deflate.close();
        const whole = Buffer.concat(chunks);
        let at = 0;
        const segments = lengths.map((length) => whole.subarray(at, (at += length)));
        return resolve({ segments, size: template.bytes, bytes: whole.length });
      }
      deflate.write(template.parts[i++]!);
      deflate.flush(constants.Z_FULL_FLUSH, next);
    };
    next();
  });
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

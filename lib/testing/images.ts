// Test images (unit, integration and e2e): real PNGs drawn on the fly, and the first bytes of the other accepted formats.
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}

/**
 * A square RGB PNG of `size` pixels: a diagonal blend from `from` to `to` (hex colours), so a screenshot shows it is
 * the uploaded picture and not initials.
 */
export function pngImage(size = 64, from = "#f97316", to = "#7c3aed"): Uint8Array<ArrayBuffer> {
  const [a, b] = [from, to].map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * (size - 1) || 1);
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(a[c] + (b[c] - a[c]) * t);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return bytesOf(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  );
}

/** Plain bytes (what a File or Blob takes), not a Buffer over a shared pool. */
const bytesOf = (...parts: Buffer[]): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.concat(parts));

/** One image of each accepted type: the PNG and GIF are whole images, the JPEG and WebP only begin as theirs do (enough to sniff). */
export const IMAGES = {
  png: pngImage(8),
  gif: bytesOf(Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64")),
  jpeg: bytesOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])),
  webp: bytesOf(Buffer.from("RIFF"), Buffer.from([0x1a, 0, 0, 0]), Buffer.from("WEBPVP8 ")),
};

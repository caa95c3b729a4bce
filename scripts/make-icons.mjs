// Draws the app icons (a small stack of cards) as PNG without any image library.
// Run once after changing the design: `node scripts/make-icons.mjs`. Output is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BG = [0x1f, 0x4e, 0x5f];
const BACK = [0xd9, 0x8b, 0x4e];
const CARD = [0xfb, 0xf6, 0xec];
const INK = [0x1f, 0x4e, 0x5f];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b] = paint(x / size, y / size);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRect = (x, y, [x0, y0, x1, y1], r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** scale < 1 keeps the motif inside the maskable safe zone. */
const painter = (scale) => (u, v) => {
  const x = 0.5 + (u - 0.5) / scale;
  const y = 0.5 + (v - 0.5) / scale;
  if (inRect(x, y, [0.36, 0.24, 0.62, 0.78], 0.04)) {
    const line = (ly) => Math.abs(y - ly) < 0.018 && x > 0.41 && x < 0.57;
    return line(0.42) || line(0.5) || (line(0.58) && x < 0.52) ? INK : CARD;
  }
  if (inRect(x, y, [0.28, 0.2, 0.54, 0.74], 0.04)) return BACK;
  return BG;
};

writeFileSync('public/icons/icon-192.png', png(192, painter(1)));
writeFileSync('public/icons/icon-512.png', png(512, painter(1)));
writeFileSync('public/icons/maskable-512.png', png(512, painter(0.75)));
writeFileSync('public/icons/apple-touch-icon.png', png(180, painter(0.85)));

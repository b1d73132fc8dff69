// Draws Berth's icons (app icon for electron-builder, tray icons per engine state) as PNGs, with no image
// library: shapes are sampled 4×4 per pixel for smooth edges, and PNG is written with node:zlib.
// `node scripts/make-icons.mjs` rewrites build/icons/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Renders layers of [inside(x, y) in 0..1 coordinates, [r, g, b]] over a transparent background. */
function render(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; rgba[i + 3] = (255 * a) / (n * n);
      }
    }
  }
  return png(size, rgba);
}

const roundedSquare = (x, y) => {
  const r = 0.22, m = 0.04;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
// An anchor: a ring on top, a shank, a crossbar, and the lower arc of the flukes.
const anchor = [
  ring(0.5, 0.25, 0.07, 0.045),
  rect(0.475, 0.31, 0.525, 0.8),
  rect(0.34, 0.4, 0.66, 0.445),
  (x, y) => y > 0.55 && Math.abs(Math.hypot(x - 0.5, y - 0.52) - 0.27) <= 0.025,
];
const white = [255, 255, 255];

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'icon.png'), render(512, [[roundedSquare, [37, 99, 235]], ...anchor.map((s) => [s, white])]));
const trayColours = { running: [22, 163, 74], starting: [217, 119, 6], stopped: [120, 120, 120], error: [220, 38, 38] };
for (const [state, colour] of Object.entries(trayColours)) {
  for (const [suffix, size] of [['', 16], ['@2x', 32]]) {
    const dot = (x, y) => Math.hypot(x - 0.8, y - 0.8) <= 0.2;
    const shapes = [...anchor.map((s) => [s, [40, 40, 40]]), [dot, colour]];
    fs.writeFileSync(path.join(out, `tray-${state}${suffix}.png`), render(size, shapes));
  }
}
console.log(`icons written to ${path.relative(process.cwd(), out)}`);

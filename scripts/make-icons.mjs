// Draws the two Teams app icons without image tools: color.png (192x192) and outline.png (32x32,
// white on transparent). The motif: three connected dots (gemeenten working together) in a ring.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function png(width, height, pixel) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dist = (x1, y1, x2, y2) => Math.hypot(x1 - x2, y1 - y2);
function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return dist(px, py, ax + t * (bx - ax), ay + t * (by - ay));
}

/** True where the motif is drawn, in a unit square 0..1. */
function motif(u, v) {
  const dots = [[0.5, 0.27], [0.27, 0.67], [0.73, 0.67]];
  const ring = Math.abs(dist(u, v, 0.5, 0.54) - 0.36) < 0.035;
  const dot = dots.some(([x, y]) => dist(u, v, x, y) < 0.1);
  const line = dots.some((a, i) => segmentDistance(u, v, a, dots[(i + 1) % 3]) < 0.028);
  return ring || dot || line;
}

const color = png(192, 192, (x, y) => {
  const inside = Math.max(Math.abs(x - 96) - 68, 0) ** 2 + Math.max(Math.abs(y - 96) - 68, 0) ** 2 < 24 ** 2;
  if (!inside) return [0, 0, 0, 0];
  return motif((x - 24) / 144, (y - 24) / 144) ? [255, 255, 255, 255] : [31, 92, 153, 255];
});
const outline = png(32, 32, (x, y) => (motif(x / 32, y / 32) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
writeFileSync(new URL('../appPackage/color.png', import.meta.url), color);
writeFileSync(new URL('../appPackage/outline.png', import.meta.url), outline);

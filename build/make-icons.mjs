// Draws the UnionDesk icon (white 工 on a red rounded square) into build/icon.png (512 px) and
// build/icon.ico, with node:zlib only, so the icon can be regenerated without image tools.
// Run: npx node build/make-icons.mjs
import { writeFileSync } from 'node:fs'
import { crc32, deflateSync } from 'node:zlib'

const RED = [198, 40, 40]
const WHITE = [255, 255, 255]
const MARGIN = 0.04
const RADIUS = 0.2
// The three strokes of 工, in units of the icon's side.
const STROKES = [
  [0.25, 0.24, 0.75, 0.345], // top bar [x0, y0, x1, y1]
  [0.445, 0.24, 0.555, 0.76], // stem
  [0.17, 0.655, 0.83, 0.76], // bottom bar
]

function inRoundedSquare(x, y) {
  const lo = MARGIN + RADIUS
  const hi = 1 - MARGIN - RADIUS
  const dx = Math.max(lo - x, 0, x - hi)
  const dy = Math.max(lo - y, 0, y - hi)
  return x >= MARGIN && x <= 1 - MARGIN && y >= MARGIN && y <= 1 - MARGIN && dx * dx + dy * dy <= RADIUS * RADIUS
}

const inGlyph = (x, y) => STROKES.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1)

/** RGBA pixels, top row first, anti-aliased by 4×4 supersampling. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0
      let white = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size
          const y = (py + (sy + 0.5) / n) / size
          if (!inRoundedSquare(x, y)) continue
          cover++
          if (inGlyph(x, y)) white++
        }
      }
      const i = (py * size + px) * 4
      const w = cover ? white / cover : 0
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(RED[c] * (1 - w) + WHITE[c] * w)
      pixels[i + 3] = Math.round((cover / (n * n)) * 255)
    }
  }
  return pixels
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function png(size, pixels) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

/** A classic 32-bit BMP icon image (bottom-up BGRA plus AND mask), which every Windows tool reads. */
function bmp(size, pixels) {
  const maskStride = Math.ceil(size / 32) * 4
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows + mask rows
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20)
  const colour = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4
      const d = (row * size + x) * 4
      colour.set([pixels[s + 2], pixels[s + 1], pixels[s], pixels[s + 3]], d)
      if (pixels[s + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([header, colour, mask])
}

/** 256 px as PNG (as Windows Vista+ expects), smaller sizes as BMP. */
function ico(sizes) {
  const images = sizes.map((size) => (size === 256 ? png(size, render(size)) : bmp(size, render(size))))
  const header = Buffer.alloc(6 + 16 * sizes.length)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(sizes.length, 4)
  let offset = header.length
  sizes.forEach((size, i) => {
    const e = 6 + 16 * i
    header[e] = size === 256 ? 0 : size
    header[e + 1] = size === 256 ? 0 : size
    header.writeUInt16LE(1, e + 4)
    header.writeUInt16LE(32, e + 6)
    header.writeUInt32LE(images[i].length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += images[i].length
  })
  return Buffer.concat([header, ...images])
}

const dir = new URL('.', import.meta.url)
writeFileSync(new URL('icon.png', dir), png(512, render(512)))
writeFileSync(new URL('icon.ico', dir), ico([16, 24, 32, 48, 64, 128, 256]))

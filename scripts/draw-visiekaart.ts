/**
 * Draws the schematic stand-ins for the two images of the source PDF that have no text (Bijlage II's visiekaart and
 * the table of §5.2) as RGB PNGs without alpha (LVBB1013), 96 dpi, with node:zlib, into fixtures/assen/afbeeldingen/.
 * Labelled SCHEMATISCH; they show the Figuur path working, they are not the real pictures. Run: npx tsx scripts/draw-visiekaart.ts
 */
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const W = 640
const H = 480
type Rgb = readonly [number, number, number]
const px = new Uint8Array(W * H * 3)

function set(x: number, y: number, c: Rgb): void {
  if (x < 0 || y < 0 || x >= W || y >= H) return
  px.set(c, (y * W + x) * 3)
}
function rect(x0: number, y0: number, w: number, h: number, c: Rgb): void {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, c)
}
function disc(cx: number, cy: number, r: number, c: Rgb): void {
  for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) set(x, y, c)
}
function line(x0: number, y0: number, x1: number, y1: number, width: number, c: Rgb): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))
  for (let i = 0; i <= steps; i++) disc(Math.round(x0 + ((x1 - x0) * i) / steps), Math.round(y0 + ((y1 - y0) * i) / steps), width, c)
}

// 5×7 glyphs for the label, one string of 7 rows per letter.
const GLYPHS: Record<string, readonly string[]> = {
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  C: ['01111', '10000', '10000', '10000', '10000', '10000', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  I: ['11111', '00100', '00100', '00100', '00100', '00100', '11111'],
}
function text(s: string, x0: number, y0: number, scale: number, c: Rgb): void {
  ;[...s].forEach((ch, i) => {
    const g = GLYPHS[ch]
    g?.forEach((row, y) => [...row].forEach((bit, x) => {
      if (bit === '1') rect(x0 + (i * 6 + x) * scale, y0 + y * scale, scale, scale, c)
    }))
  })
}

rect(0, 0, W, H, [244, 239, 225]) // land
rect(40, 60, 170, 120, [170, 208, 150]) // Asserbos / green
rect(430, 300, 170, 130, [170, 208, 150]) // Drentsche Aa side
rect(440, 70, 150, 110, [214, 190, 220]) // werklandschap
line(0, 400, 640, 140, 4, [120, 120, 120]) // A28
line(320, 0, 320, 480, 3, [200, 90, 60]) // spoor
line(60, 300, 600, 260, 2, [90, 140, 200]) // vaart
disc(320, 240, 70, [235, 200, 120]) // stad
disc(320, 240, 22, [200, 60, 60]) // binnenstad
rect(0, 0, W, 40, [255, 255, 255])
text('SCHEMATISCH', 20, 8, 3, [40, 40, 40])

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

function writePng(file: string): void {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(W, 0)
  ihdr.writeUInt32BE(H, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB (colour type 2: no alpha), deflate, no filter, no interlace
  const phys = Buffer.alloc(9)
  phys.writeUInt32BE(3780, 0) // 96 dpi in pixels per metre
  phys.writeUInt32BE(3780, 4)
  phys[8] = 1
  const raw = Buffer.alloc((W * 3 + 1) * H)
  for (let y = 0; y < H; y++) raw.set(px.subarray(y * W * 3, (y + 1) * W * 3), y * (W * 3 + 1) + 1)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array()),
  ])
  const out = new URL(`../fixtures/assen/afbeeldingen/${file}`, import.meta.url)
  writeFileSync(out, png)
  process.stdout.write(`${out.pathname} ${png.length} bytes\n`)
}

writePng('visiekaart-schematisch.png')

// §5.2: a table of policy documents in the source; here a plain grid with a header row.
rect(0, 0, W, H, [255, 255, 255])
rect(40, 80, 560, 40, [200, 215, 235])
for (let i = 0; i <= 9; i++) rect(40, 80 + i * 40, 560, 2, [90, 90, 90])
for (const x of [40, 240, 420, 598]) rect(x, 80, 2, 360, [90, 90, 90])
text('SCHEMATISCH', 20, 8, 3, [40, 40, 40])
writePng('tabel-5-2-schematisch.png')

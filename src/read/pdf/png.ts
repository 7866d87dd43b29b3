/**
 * 8-bit RGB pixels → PNG bytes (RFC 2083: IHDR, pHYs with the resolution, one zlib IDAT, IEND), for a figure taken
 * from a PDF into the package as Illustratie. No alpha channel: the LVBB refuses transparency (LVBB1013). node:zlib
 * does the compression and the CRC; the rest is the PNG container, a few fixed fields.
 */
import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export function encodePng(width: number, height: number, rgb: Uint8Array, dpi: number): Uint8Array {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per sample, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  const ppm = Math.round(dpi / 0.0254)
  const phys = Buffer.alloc(9)
  phys.writeUInt32BE(ppm, 0)
  phys.writeUInt32BE(ppm, 4)
  phys[8] = 1 // unit: metre
  // Each row starts with its filter type: 0 (none).
  const raw = Buffer.alloc(height * (width * 3 + 1))
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1)
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]
  return new Uint8Array(Buffer.concat(parts))
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  out.set(data, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

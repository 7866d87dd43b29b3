/**
 * A PNG with transparency (an alpha channel, or a tRNS chunk) → the same picture on a white background, without alpha:
 * the LVBB refuses transparency in a delivery (LVBB1013), and Word keeps pasted pictures as PNG with alpha. Decodes
 * what Word writes (8-bit grey, RGB, palette of 1–8 bits, grey+alpha, RGBA; not interlaced: RFC 2083 §4, §6) with
 * node:zlib; anything else is left as it is (LVBB1013 then names it). The resolution (pHYs) is kept.
 */
import { inflateSync } from 'node:zlib'
import { encodePng } from '../pdf/png.js'

interface Decoded {
  readonly width: number
  readonly height: number
  readonly colourType: number
  readonly bitDepth: number
  readonly palette?: Uint8Array
  readonly transparency?: Uint8Array
  readonly dpi?: number
  readonly data: Uint8Array
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** The picture without transparency, or undefined when it has none or cannot be decoded here. */
export function flattenPng(bytes: Uint8Array): Uint8Array | undefined {
  const png = chunks(bytes)
  if (!png || !(png.colourType === 4 || png.colourType === 6 || png.transparency)) return undefined
  const channels = CHANNELS[png.colourType]
  if (channels === undefined || (png.bitDepth !== 8 && !(png.colourType === 3 && png.bitDepth < 8))) return undefined
  const rows = unfilter(png, channels)
  if (!rows) return undefined
  const rgb = new Uint8Array(png.width * png.height * 3)
  const stride = Math.ceil((png.width * channels * png.bitDepth) / 8)
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b, a] = pixel(png, rows, y * stride, x, channels)
      const at = (y * png.width + x) * 3
      rgb[at] = Math.round((r * a + 255 * (255 - a)) / 255)
      rgb[at + 1] = Math.round((g * a + 255 * (255 - a)) / 255)
      rgb[at + 2] = Math.round((b * a + 255 * (255 - a)) / 255)
    }
  }
  return encodePng(png.width, png.height, rgb, png.dpi ?? 96)
}

function chunks(bytes: Uint8Array): Decoded | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.length < 33 || view.readUInt32BE(0) !== 0x89504e47) return undefined
  const idat: Buffer[] = []
  let header: Buffer | undefined
  let palette: Buffer | undefined
  let transparency: Buffer | undefined
  let dpi: number | undefined
  for (let at = 8; at + 8 <= view.length; ) {
    const length = view.readUInt32BE(at)
    const type = view.toString('latin1', at + 4, at + 8)
    const data = view.subarray(at + 8, at + 8 + length)
    if (data.length < length) return undefined
    if (type === 'IHDR') header = data
    else if (type === 'PLTE') palette = data
    else if (type === 'tRNS') transparency = data
    else if (type === 'IDAT') idat.push(data)
    else if (type === 'pHYs' && length >= 9 && data[8] === 1) dpi = Math.round(data.readUInt32BE(0) * 0.0254)
    else if (type === 'IEND') break
    at += 12 + length
  }
  if (!header || header.length < 13 || header[12] !== 0) return undefined // interlaced pictures are left as they are
  let data: Uint8Array
  try {
    data = inflateSync(Buffer.concat(idat))
  } catch {
    return undefined
  }
  return {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bitDepth: header[8] as number,
    colourType: header[9] as number,
    ...(palette ? { palette } : {}),
    ...(transparency ? { transparency } : {}),
    ...(dpi ? { dpi } : {}),
    data,
  }
}

/** The scanlines without their filter bytes (RFC 2083 §6: None, Sub, Up, Average, Paeth). */
function unfilter(png: Decoded, channels: number): Uint8Array | undefined {
  const stride = Math.ceil((png.width * channels * png.bitDepth) / 8)
  const bpp = Math.max(1, (channels * png.bitDepth) >> 3)
  if (png.data.length < png.height * (stride + 1)) return undefined
  const out = new Uint8Array(png.height * stride)
  for (let y = 0; y < png.height; y++) {
    const filter = png.data[y * (stride + 1)]
    const line = png.data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const row = y * stride
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (out[row + i - bpp] as number) : 0
      const b = y > 0 ? (out[row - stride + i] as number) : 0
      const c = i >= bpp && y > 0 ? (out[row - stride + i - bpp] as number) : 0
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : -1
      if (predictor < 0) return undefined
      out[row + i] = ((line[i] as number) + predictor) & 0xff
    }
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** One pixel as [r, g, b, alpha], each 0–255. */
function pixel(png: Decoded, rows: Uint8Array, row: number, x: number, channels: number): [number, number, number, number] {
  if (png.colourType === 3) {
    const perByte = 8 / png.bitDepth
    const byte = rows[row + Math.floor(x / perByte)] as number
    const index = png.bitDepth === 8 ? byte : (byte >> (8 - png.bitDepth * ((x % perByte) + 1))) & ((1 << png.bitDepth) - 1)
    const p = png.palette
    const alpha = png.transparency && index < png.transparency.length ? (png.transparency[index] as number) : 255
    return [p?.[index * 3] ?? 0, p?.[index * 3 + 1] ?? 0, p?.[index * 3 + 2] ?? 0, alpha]
  }
  const at = row + x * channels
  const v = (k: number): number => rows[at + k] as number
  if (png.colourType === 6) return [v(0), v(1), v(2), v(3)]
  if (png.colourType === 4) return [v(0), v(0), v(0), v(1)]
  // tRNS on grey or RGB: one colour (16-bit sample values, of which the low byte counts at 8 bits) is transparent.
  const t = png.transparency
  if (png.colourType === 0) return [v(0), v(0), v(0), t && t.length >= 2 && t[1] === v(0) ? 0 : 255]
  const clear = t && t.length >= 6 && t[1] === v(0) && t[3] === v(1) && t[5] === v(2)
  return [v(0), v(1), v(2), clear ? 0 : 255]
}

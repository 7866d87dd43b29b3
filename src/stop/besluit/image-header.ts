/**
 * Reads what tekst:Illustratie needs from an image header (stop-lvbb.md §2.7): PNG (IHDR, pHYs, alpha
 * via colour type 4/6 or a tRNS chunk: LVBB1013) and JPEG (SOFn size, JFIF density). No pixel decoding.
 */

export interface ImageInfo {
  readonly formaat: 'image/png' | 'image/jpeg'
  readonly breedte: number
  readonly hoogte: number
  /** From pHYs / JFIF density; absent when the file does not say. */
  readonly dpi?: number
  /** True when the image can be transparent (PNG alpha channel or tRNS). */
  readonly alpha: boolean
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Undefined when the bytes are neither a readable PNG nor a readable JPEG. */
export function readImageHeader(bytes: Uint8Array): ImageInfo | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return readPng(bytes)
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes)
  return undefined
}

function readPng(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let breedte = 0
  let hoogte = 0
  let alpha = false
  let dpi: number | undefined
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const data = at + 8
    if (data + length > bytes.length) return undefined
    if (type === 'IHDR' && length >= 13) {
      breedte = view.getUint32(data)
      hoogte = view.getUint32(data + 4)
      const colourType = view.getUint8(data + 9)
      alpha ||= colourType === 4 || colourType === 6
    } else if (type === 'tRNS') {
      alpha = true
    } else if (type === 'pHYs' && length >= 9 && view.getUint8(data + 8) === 1) {
      dpi = Math.round(view.getUint32(data) * 0.0254) // pixels per metre → per inch
    } else if (type === 'IEND') {
      break
    }
    at = data + length + 4 // + CRC
  }
  if (breedte === 0 || hoogte === 0) return undefined
  return { formaat: 'image/png', breedte, hoogte, alpha, ...(dpi ? { dpi } : {}) }
}

function readJpeg(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let dpi: number | undefined
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return undefined
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
      at += marker === 0xff ? 1 : 2
      continue
    }
    const length = view.getUint16(at + 2)
    const data = at + 4
    if (marker === 0xe0 && length >= 14 && String.fromCharCode(...bytes.subarray(data, data + 5)) === 'JFIF\0') {
      const units = view.getUint8(data + 7)
      const x = view.getUint16(data + 8)
      if (units === 1 && x > 0) dpi = x
      if (units === 2 && x > 0) dpi = Math.round(x * 2.54)
    }
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (sof && data + 5 <= bytes.length) {
      const hoogte = view.getUint16(data + 1)
      const breedte = view.getUint16(data + 3)
      if (breedte === 0 || hoogte === 0) return undefined
      return { formaat: 'image/jpeg', breedte, hoogte, alpha: false, ...(dpi ? { dpi } : {}) }
    }
    at = data + length - 2
  }
  return undefined
}

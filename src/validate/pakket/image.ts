/**
 * Reads what the image rules (LVBB1013/1017/1018/4038) need from an image's bytes, without a dependency: the format
 * from its magic number, and for PNG the IHDR colour type and whether a tRNS chunk exists (PNG spec §11.2.2, §11.3.2.1).
 */

export type ImageFormat = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/bmp' | 'image/tiff' | 'image/webp' | 'image/svg+xml'

/** File names the package treats as images by extension (case-insensitive). */
export const IMAGE_NAME = /\.(png|jpe?g|gif|bmp|tiff?|webp|svg)$/i

/** The formats the LVBB accepts for Illustratie and InlineTekstAfbeelding (STOP wlFormaatIllustratie). */
export const SUPPORTED: readonly ImageFormat[] = ['image/jpeg', 'image/png']

const MAGIC: readonly (readonly [ImageFormat, readonly number[]])[] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/bmp', [0x42, 0x4d]],
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
]

/** How many first bytes imageFormat reads at most. */
export const IMAGE_HEAD_BYTES = 512

/** The image format of `bytes` (only its first IMAGE_HEAD_BYTES are read), or undefined when they are none of the formats above. */
export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  for (const [format, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return format
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  if (/^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(new TextDecoder().decode(bytes.subarray(0, IMAGE_HEAD_BYTES)))) return 'image/svg+xml'
  return undefined
}

/** Why a PNG can be transparent: 'kleurtype 4' (grey + alpha), 'kleurtype 6' (RGB + alpha) or 'tRNS'; else undefined. */
export function pngTransparency(bytes: Uint8Array): string | undefined {
  if (imageFormat(bytes) !== 'image/png' || bytes.length < 33) return undefined
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The first chunk is IHDR: length (4), type (4), width, height (4 each), bit depth (1), colour type (1).
  const colourType = bytes[25]
  if (colourType === 4 || colourType === 6) return `kleurtype ${colourType}`
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = data.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (type === 'tRNS') return 'tRNS'
    if (type === 'IDAT' || type === 'IEND') return undefined // tRNS must precede the image data
    at += 12 + length
  }
  return undefined
}

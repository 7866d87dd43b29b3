/**
 * Source bytes → text: UTF-8 (BOM optional), UTF-16 when a BOM says so (Word's "Unicode-tekst"), otherwise
 * windows-1252 (Word's "Platte tekst" on a Dutch Windows; WHATWG reads latin1 labels as windows-1252 too).
 * Binary content (NUL bytes without a UTF-16 BOM, or many control characters) is recognised, not decoded.
 */

export type Decoded =
  | { readonly encoding: 'utf-8' | 'utf-16'; readonly text: string }
  /** `firstInvalidLine`: the first line (from 1) that is not valid UTF-8, for the waarschuwing. */
  | { readonly encoding: 'windows-1252'; readonly text: string; readonly firstInvalidLine: number }
  | { readonly encoding: 'binary' }

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be')
  if (bytes.includes(0) || controlShare(bytes) > 0.01) return { encoding: 'binary' }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { encoding: 'windows-1252', text: new TextDecoder('windows-1252').decode(bytes), firstInvalidLine: firstInvalidLine(bytes) }
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { encoding: 'utf-16', text: new TextDecoder(label, { fatal: true }).decode(bytes) }
  } catch {
    return { encoding: 'binary' }
  }
}

/** Share of C0 control bytes other than tab, LF, FF and CR in the first 64 kB. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) bad++
  }
  return n === 0 ? 0 : bad / n
}

/** The line of the first byte sequence that is not UTF-8 (a lone high byte, as é is in windows-1252). */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b === 10) line++
    if (b < 0x80) continue
    const extra = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1
    if (extra < 0 || b >= 0xf5) return line
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line
    i += extra
  }
  return line
}

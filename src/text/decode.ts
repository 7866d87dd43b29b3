/**
 * Source bytes → text: UTF-8 (BOM optional), UTF-16 when a BOM says so (Word's "Unicode-tekst"), otherwise
 * windows-1252 (Word's "Platte tekst" on a Dutch Windows; WHATWG reads latin1 labels as windows-1252 too).
 * Decoded by hand: Node 20's TextDecoder('windows-1252') gives C1 controls for 0x80–0x9F (’ “ ” • – are lost).
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
    return { encoding: 'windows-1252', text: windows1252(bytes), firstInvalidLine: firstInvalidLine(bytes) }
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

/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG Encoding, index-windows-1252; the five unassigned bytes keep their
 * C1 code point as WHATWG does). All other bytes are their own code point (ISO-8859-1).
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const chunk = new Uint16Array(8192)
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(bytes.length, start + chunk.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number
      chunk[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] as number) : b
    }
    parts.push(String.fromCharCode(...chunk.subarray(0, end - start)))
  }
  return parts.join('')
}

/** One XML-illegal character the reader took out of the text: its line (from 1) and code point. */
export interface ControlCharacter {
  readonly line: number
  readonly char: string
}

/**
 * Takes the characters XML cannot hold out of the text where it enters the reader (form feeds stay: they are page
 * breaks for lines.ts). Word's manual line break U+000B (Shift+Enter) is a line break inside a paragraph, which the
 * reader joins with a space anyway: it becomes a space. Every other one is removed. Lines keep their numbers.
 */
export function removeXmlIllegal(text: string): { text: string; removed: ControlCharacter[] } {
  // C0 controls and non-characters XML cannot hold; DEL and the C1 controls (U+007F–U+009F) it holds only
  // discouraged: invisible in legal text, mostly text decoded the wrong way.
  const illegal = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu
  if (!illegal.test(text)) return { text, removed: [] }
  const removed: ControlCharacter[] = []
  let line = 1
  let counted = 0
  const cleaned = text.replace(illegal, (char, offset: number) => {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
    counted = offset
    removed.push({ line, char })
    return char === '\u000B' ? ' ' : ''
  })
  return { text: cleaned, removed }
}

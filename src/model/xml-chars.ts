/**
 * Characters that XML 1.0 does not allow (§2.2 Char): C0 controls other than tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF. Readers report them at their source; every XML writer passes text through `xmlSafe` or the
 * builder options below, so no writer can emit a file that is not well-formed, whatever reaches it.
 */

/** One XML-illegal character (with the `u` flag a surrogate pair is one code point, so only lone halves match). */
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** What an illegal character that got this far becomes: the replacement character, visible in the output. */
export const XML_REPLACEMENT = '\uFFFD'

/** `text` with every XML-illegal character replaced (the input itself when it has none). */
export function xmlSafe(text: string): string {
  XML_ILLEGAL.lastIndex = 0
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL, XML_REPLACEMENT) : text
}

/** xmlbuilder2 `create()` options: the builder replaces illegal characters in names, attributes and text. */
export const xmlBuilderOptions = { invalidCharReplacement: XML_REPLACEMENT } as const

/** "U+000B" */
export function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Characters that would act on a terminal or hide text in a report rather than show: C0 and C1 controls (ESC, BEL,
 * the OSC introducer U+009D), DEL and the bidirectional overrides/isolates ("Trojan Source"). Line breaks stay.
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu

/**
 * A report as written for a person or a CI system: every invisible or acting character becomes the visible text
 * `\u{1b}`, so a hostile ZIP entry name can neither drive the terminal nor break the report's XML.
 */
export function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
}

/**
 * One field of a report line (a message, a file name): line breaks and tabs inside it shown as `\u{a}`, so a ZIP entry
 * named `x\nLVBB0000 …` cannot forge a line of the text report or a JUnit name. (The report's own breaks stay.)
 */
export function visibleLineBreaks(text: string): string {
  return text.replace(/[\t\n\r\u0085\u2028\u2029]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
}

/**
 * JSON text with every invisible or acting character that JSON.stringify leaves raw (C1 controls, DEL, bidi
 * overrides) written as a \uXXXX escape: the parsed data is the same, the text on a terminal is harmless.
 */
export function jsonEscapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
}

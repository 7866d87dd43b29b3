/**
 * Streams a GeoJSON FeatureCollection: yields each element of the top-level `features` array as its own JSON text
 * (with the line it starts on), plus the small top-level members (`crs`, `type`), without parsing the whole file.
 * Memory stays at one feature plus one read chunk, whatever the file size.
 */
import { createReadStream } from 'node:fs'

export type StreamItem =
  | { readonly kind: 'member'; readonly key: string; readonly json: string; readonly line: number }
  | { readonly kind: 'feature'; readonly json: string; readonly line: number }
  | { readonly kind: 'progress'; readonly bytes: number }
  /** Last item: `complete` is false when the file ends inside a value (truncated or unbalanced JSON). */
  | { readonly kind: 'end'; readonly complete: boolean; readonly line: number }

/** Character codes of JSON's structure (also read by geojson-coordinates.ts). */
export const QUOTE = 34
export const BACKSLASH = 92
export const OPEN_OBJ = 123
export const CLOSE_OBJ = 125
export const OPEN_ARR = 91
export const CLOSE_ARR = 93
export const COLON = 58
export const COMMA = 44
const NEWLINE = 10

/**
 * Top-level members other than `features` are yielded only when they are objects or arrays (`crs`, `bbox`);
 * scalars are skipped. Malformed JSON shows up as an unparsable item or as missing items; the caller reports it.
 */
export async function* streamFeatureCollection(file: string, chunkSize = 1 << 20): AsyncGenerator<StreamItem> {
  let depth = 0
  let inString = false
  let escaped = false
  let expectKey = false
  let key = ''
  let keyStart = -1
  let keyPieces: string[] | undefined
  let inFeatures = false
  let capture: { pieces: string[]; start: number; depth: number; line: number; member?: string } | undefined
  let line = 1
  let bytes = 0
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: chunkSize })) {
    const text = chunk as string
    if (capture) capture.start = 0
    if (keyPieces) keyStart = 0
    const items: StreamItem[] = []
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === NEWLINE) line++
      if (inString) {
        if (escaped) escaped = false
        else if (c === BACKSLASH) escaped = true
        else if (c === QUOTE) {
          inString = false
          if (keyPieces) {
            keyPieces.push(text.slice(keyStart, i + 1))
            key = safeString(keyPieces.join(''))
            keyPieces = undefined
          }
        }
        continue
      }
      if (c === QUOTE) {
        inString = true
        if (depth === 1 && expectKey) {
          keyPieces = []
          keyStart = i
        }
      } else if (c === OPEN_OBJ || c === OPEN_ARR) {
        depth++
        if (depth === 1) expectKey = c === OPEN_OBJ
        else if (depth === 2 && key === 'features' && c === OPEN_ARR) inFeatures = true
        else if (depth === 2 && !capture) capture = { pieces: [], start: i, depth: 2, line, member: key }
        else if (depth === 3 && inFeatures && !capture) capture = { pieces: [], start: i, depth: 3, line }
      } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        if (capture && depth === capture.depth) {
          capture.pieces.push(text.slice(capture.start, i + 1))
          const json = capture.pieces.join('')
          items.push(capture.member === undefined ? { kind: 'feature', json, line: capture.line } : { kind: 'member', key: capture.member, json, line: capture.line })
          capture = undefined
        }
        if (depth === 2 && inFeatures) inFeatures = false
        depth--
      } else if (depth === 1 && c === COLON) expectKey = false
      else if (depth === 1 && c === COMMA) expectKey = true
    }
    if (capture) capture.pieces.push(text.slice(capture.start))
    if (keyPieces) keyPieces.push(text.slice(keyStart))
    bytes += Buffer.byteLength(text, 'utf8')
    for (const item of items) yield item
    yield { kind: 'progress', bytes }
  }
  yield { kind: 'end', complete: depth === 0 && !inString, line }
}

function safeString(json: string): string {
  try {
    return JSON.parse(json) as string
  } catch {
    return ''
  }
}

/** Loading visie.json: read, parse, validate with zod; errors become an InputError with Dutch messages. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { InputError } from '../model/errors.js'
import { XML_ILLEGAL, codePointName } from '../model/xml-chars.js'
import { visieConfig, type VisieConfig } from './schema.js'

export { visieConfig, type VisieConfig, type VisieConfigInput } from './schema.js'
export type { OwConfig } from './ow.js'

export async function loadConfig(projectDir: string): Promise<VisieConfig> {
  const file = join(projectDir, 'visie.json')
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    throw new InputError(`Kan ${file} niet lezen: een projectmap heeft een visie.json nodig (zie 'visie init').`)
  }
  return parseConfig(decodeConfig(bytes, file), file)
}

/**
 * visie.json as saved by any editor: UTF-8 with or without BOM (Notepad), UTF-16 with BOM (PowerShell's Out-File,
 * Notepad "Unicode") or without (a NUL in every other byte of the first characters, which JSON starts with `{`).
 */
export function decodeConfig(bytes: Uint8Array, file = 'visie.json'): string {
  const label =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
    : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be'
    : bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0 ? 'utf-16le'
    : bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0 ? 'utf-16be'
    : 'utf-8'
  try {
    // TextDecoder drops the BOM of its own encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${file} is geen geldige ${label.toUpperCase()}-tekst; sla het bestand op als UTF-8.`)
  }
}

export function parseConfig(text: string, file = 'visie.json'): VisieConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError(`${file} is geen geldige JSON: ${(e as Error).message}`)
  }
  const illegal = illegalCharacters(json, [])
  if (illegal.length > 0) {
    const lines = illegal.slice(0, 10).map((i) => `  ${i.path || '(hoofdniveau)'}: het stuurteken ${i.teken}`)
    throw new InputError(
      `${file} bevat tekens die XML (en dus STOP) niet kan bevatten; haal ze weg (een handmatig regeleinde U+000B komt uit Word):\n${lines.join('\n')}`,
    )
  }
  const result = visieConfig.safeParse(nfc(json, []))
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(hoofdniveau)'}: ${dutchIssue(i)}`)
    throw new InputError(`${file} klopt niet:\n${lines.join('\n')}`)
  }
  return result.data
}

/**
 * Names in NFC, as the text reader reads the text: a GIO name or caption typed on a Mac (NFD: e + combining
 * diaeresis) matches the same name in the text. File paths keep their bytes: the file system compares those.
 */
function nfc(value: unknown, path: readonly string[]): unknown {
  if (typeof value === 'string') return isPathValue(path) ? value : value.normalize('NFC')
  if (typeof value !== 'object' || value === null || path.length > 16) return value
  if (Array.isArray(value)) return value.map((v, i) => nfc(v, [...path, String(i)]))
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfc(v, [...path, k])]))
}

function isPathValue(path: readonly string[]): boolean {
  const [a, b] = path
  return (path.length === 1 && a === 'tekst') || (path.length === 2 && a === 'afbeeldingen') || (path.length === 3 && a === 'geo' && (b === 'bronnen' || b === 'perGio'))
}

/** Every key or string value with an XML-illegal character, as `ow.hoofdlijnen.0.naam` and the first such character. */
function illegalCharacters(value: unknown, path: readonly string[]): { path: string; teken: string }[] {
  const found = (s: string, at: readonly string[]) => {
    XML_ILLEGAL.lastIndex = 0
    const m = XML_ILLEGAL.exec(s)
    return m ? [{ path: at.join('.'), teken: codePointName(m[0]) }] : []
  }
  if (typeof value === 'string') return found(value, path)
  // visie.json is a few levels deep; deeper nesting is for zod to refuse, not for the stack to overflow on.
  if (typeof value !== 'object' || value === null || path.length > 16) return []
  const out: { path: string; teken: string }[] = []
  for (const [k, v] of Object.entries(value)) {
    const at = [...path, k]
    out.push(...found(k, at), ...illegalCharacters(v, at))
  }
  return out
}

function dutchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${issue.keys.join(', ')}`
    case 'invalid_type':
      return `verwacht ${issue.expected}`
    default:
      return issue.message
  }
}

/** The JSON Schema for editors (draft 2020-12), from the same zod schema. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(visieConfig, { io: 'input' })
}

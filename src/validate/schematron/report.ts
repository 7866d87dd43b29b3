/**
 * Reads the report a compiled Schematron writes (see REPORT in compile.ts) and turns each failed assert or
 * successful report into a Finding. The STOP/LVBB rules put JSON-like text in their messages: code, melding, ernst.
 */
import { XMLParser } from 'fast-xml-parser'
import type { Finding, Layer, Severity } from '../../model/index.js'
import { REPORT } from './compile.js'

/** One failed assert or successful report, as the compiled stylesheet wrote it. */
export interface RawFailure {
  /** `error`: evaluating the test raised a dynamic error (text: code and description). */
  readonly kind: 'assert' | 'report' | 'error'
  readonly id: string
  readonly role: string
  readonly pattern: string
  /** saxon-js `path()`: `/Q{uri}local[n]/…`. */
  readonly location: string
  /** @wId of the context node or its nearest ancestor with one ('' when none). */
  readonly wId: string
  readonly text: string
  readonly diagnostics: readonly { readonly id: string; readonly text: string }[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === REPORT.failure || name === REPORT.diagnostic,
})

export function readReport(xml: string): RawFailure[] {
  const doc = parser.parse(xml) as Record<string, unknown>
  const root = doc[REPORT.root]
  if (root === null || typeof root !== 'object') return []
  const failures = ((root as Record<string, unknown>)[REPORT.failure] ?? []) as Record<string, unknown>[]
  return failures.map((f) => ({
    kind: f.kind === 'report' || f.kind === 'error' ? f.kind : 'assert',
    id: str(f.id),
    role: str(f.role),
    pattern: str(f.pattern),
    location: str(f.location),
    wId: str(f.wid),
    text: textOf(f[REPORT.text]),
    diagnostics: ((f[REPORT.diagnostic] ?? []) as Record<string, unknown>[]).map((d) => ({
      id: str(d.id),
      text: textOf(d),
    })),
  }))
}

/**
 * The messages in a STOP/LVBB assert text: `{"code": "STOP0001", "eId": "…", "melding": "…", "ernst": "fout"},`.
 * Some rules (STOP1302, STOP1319) collect several such objects in one assert; each becomes its own message.
 */
export function parseMessages(text: string): Record<string, string>[] {
  const body = text.trim().replace(/,\s*$/, '')
  if (!body.startsWith('{')) return [{ melding: body.replace(/\s+/g, ' ') }]
  try {
    const parsed = JSON.parse(`[${body}]`) as unknown[]
    if (parsed.every((o) => o !== null && typeof o === 'object' && !Array.isArray(o))) {
      return parsed.map((o) => Object.fromEntries(Object.entries(o as Record<string, unknown>).map(([k, v]) => [k, String(v)])))
    }
  } catch {
    // A value-of that put a quote in the text breaks the JSON; fall back to reading the pairs one by one.
  }
  const out = body
    .split(/(?<=")\s*}\s*,\s*(?={\s*")/)
    .map(readPairs)
    .filter((o) => Object.keys(o).length > 0)
  return out.length > 0 ? out : [{ melding: body.replace(/\s+/g, ' ') }]
}

/** The first (usually only) message of an assert text. */
export function parseMessage(text: string): Record<string, string> {
  return parseMessages(text)[0] ?? {}
}

/** Each value runs from its `"key": "` to the `", "next": "` (or the last `"`). */
function readPairs(object: string): Record<string, string> {
  const out: Record<string, string> = {}
  const keys = [...object.matchAll(/(?:^\{|"\s*,)\s*"([\w-]+)"\s*:\s*"/g)]
  keys.forEach((m, i) => {
    const start = m.index + m[0].length
    const end = keys[i + 1]?.index ?? object.lastIndexOf('"')
    if (end >= start) out[m[1] ?? ''] = object.slice(start, end).replace(/\\(.)/g, '$1')
  })
  return out
}

export interface FindingContext {
  /** The rule file, e.g. `imop-tekst.sch`. */
  readonly ruleFile: string
  readonly layer: Layer
  /** The package entry the rules ran on. */
  readonly file: string
  /** namespace URI → prefix, to write readable XPaths. */
  readonly prefixes: ReadonlyMap<string, string>
  readonly lines: ReadonlyMap<string, number>
  /** wId → source position, for packages visie built (ValidateContext.trace). */
  readonly trace?: ReadonlyMap<string, { readonly file: string; readonly line: number }>
}

/** One finding per message in the failure's text (usually one). */
export function toFindings(f: RawFailure, ctx: FindingContext): Finding[] {
  if (f.kind === 'error') return [errorFinding(f, ctx)]
  const xpath = readableXPath(f.location, ctx.prefixes)
  const line = ctx.lines.get(f.location)
  const source = f.wId === '' ? undefined : ctx.trace?.get(f.wId)
  return parseMessages(f.text).map((fields) => {
    const code = fields.code ?? (f.id !== '' ? f.id : 'VISIE-853')
    const data: Record<string, string> = {}
    for (const [k, v] of Object.entries(fields)) if (k !== 'code' && k !== 'melding' && k !== 'ernst') data[k] = v
    data.regelbestand = ctx.ruleFile
    data.patroon = f.pattern
    data.soort = f.kind
    for (const d of f.diagnostics) data[`diagnose:${d.id}`] = d.text.trim().replace(/\s+/g, ' ')
    const melding = fields.melding ?? f.text.trim().replace(/\s+/g, ' ')
    return {
      code,
      severity: severityOf(f.role, fields.ernst),
      layer: ctx.layer,
      message: code === 'VISIE-853' ? `Schematron-regel zonder code (${ctx.ruleFile}, ${f.pattern}): ${melding}` : melding,
      data,
      at: line === undefined ? { file: ctx.file, xpath } : { file: ctx.file, xpath, line },
      ...(source === undefined ? {} : { source: { file: source.file, line: source.line } }),
    }
  })
}

function errorFinding(f: RawFailure, ctx: FindingContext): Finding {
  const xpath = readableXPath(f.location, ctx.prefixes)
  const line = ctx.lines.get(f.location)
  const rule = f.id !== '' ? f.id : f.pattern
  return {
    code: 'VISIE-855',
    severity: 'waarschuwing',
    layer: ctx.layer,
    message: `Regel ${rule} (${ctx.ruleFile}) kon op dit element niet worden geëvalueerd en is overgeslagen: ${f.text.trim()}`,
    data: { regel: rule, regelbestand: ctx.ruleFile, patroon: f.pattern, fout: f.text.trim() },
    at: line === undefined ? { file: ctx.file, xpath } : { file: ctx.file, xpath, line },
  }
}

/**
 * role (or the message's ernst) → severity. The rules use `fout`, `waarschuwing` and `ontraden` (discouraged, to be
 * forbidden later: STOP0081-0083), which we report as a warning; no role means an error, as in ISO Schematron.
 */
export function severityOf(role: string, ernst: string | undefined): Severity {
  const r = (role !== '' ? role : (ernst ?? '')).toLowerCase()
  if (r === 'waarschuwing' || r === 'warning' || r === 'warn' || r === 'ontraden') return 'waarschuwing'
  if (r === 'informatie' || r === 'info' || r === 'information') return 'informatie'
  return 'blokkerend'
}

/** `/Q{https://…/tekst/}Lijst[1]` → `/tekst:Lijst[1]`, with the rule file's own prefixes. */
export function readableXPath(path: string, prefixes: ReadonlyMap<string, string>): string {
  return path.replace(/Q\{([^}]*)\}/g, (_, uri: string) => {
    if (uri === '') return ''
    const p = prefixes.get(uri)
    return p === undefined ? `Q{${uri}}` : `${p}:`
  })
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v
  if (v !== null && typeof v === 'object') return str((v as Record<string, unknown>)['#text'])
  return ''
}

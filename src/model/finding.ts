/**
 * One finding type for every layer: the text reader, the writers' checks and every validation layer.
 * Rendered to text/json/junit in src/validate/report; the Dutch JSON keys of product.md §2 live there.
 */

export type Severity = 'blokkerend' | 'waarschuwing' | 'informatie'
export type Layer = 'pakket' | 'xsd' | 'stop' | 'lvbb' | 'geo' | 'ow' | 'bron'

export interface Finding {
  /** The chain's own code where one exists ('LVBB3008', 'STOP0022', 'BHKV1036', 'TPOD2230'), 'XSD', or 'VISIE-<n>'. */
  readonly code: string
  readonly severity: Severity
  readonly layer: Layer
  /** Dutch, rendered from `data` by the rule that found it: what was found, what was expected, where. */
  readonly message: string
  /** Structured facts that tests assert on (ajv `params`). */
  readonly data: Readonly<Record<string, string | number | boolean>>
  /** Where in the package (file name in the ZIP, XPath, line). */
  readonly at?: { readonly file: string; readonly xpath?: string; readonly line?: number }
  /**
   * Where in the source (file as given, line from 1), when the finding can be traced there. For a PDF or DOCX source
   * `line` counts the reader's lines; `page` (PDF) or `alinea` (DOCX paragraph) and a short `quote` say where a person
   * finds it (stamped from `Document.origins`).
   */
  readonly source?: FindingSource
  /** Findings that follow from this one (one cause, one finding): listed under it, not counted on their own. */
  readonly consequences?: readonly Finding[]
}

export interface FindingSource {
  readonly file: string
  readonly line: number
  readonly page?: number
  readonly alinea?: number
  readonly quote?: string
}

/** `omgevingsvisie.pdf, pagina 6 ("De binnenstad …")`, `visie.txt, regel 12`: the source place as reports print it. */
export function describeSource(s: FindingSource): string {
  const place = s.page !== undefined ? `pagina ${s.page}` : s.alinea !== undefined ? `alinea ${s.alinea}` : `regel ${s.line}`
  return `${s.file}, ${place}${s.quote ? ` ("${s.quote}")` : ''}`
}

export function isBlocking(f: Finding): boolean {
  return f.severity === 'blokkerend'
}

/** Stable order for reports and goldens: layer, file, line, code, message (code-unit comparison). */
export function compareFindings(a: Finding, b: Finding): number {
  const ka = [a.layer, a.at?.file ?? a.source?.file ?? '', pad(a.at?.line ?? a.source?.line ?? 0), a.code, a.message]
  const kb = [b.layer, b.at?.file ?? b.source?.file ?? '', pad(b.at?.line ?? b.source?.line ?? 0), b.code, b.message]
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] as string
    const y = kb[i] as string
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

function pad(n: number): string {
  return String(n).padStart(10, '0')
}

/**
 * The XSD layer's findings, rendered in one place: schema errors under the chain's code for that kind of file
 * (LVBB1006 opdracht, LVBB2003 besluit, LVBB3501 IO, LVBB3009 GML, LVBB1032 manifest-ow, TPOD1164 OW file; `XSD` only
 * for a file the chain has no code for) and visie's own codes VISIE-800..805 for what happens before validation.
 * A GML file that is not even well-formed is LVBB3004 ("Het gml bestand MOET verwerkbaar zijn").
 */
import type { ErrorDetail } from 'libxml2-wasm'
import type { Finding } from '../../model/index.js'

/** At most this many schema errors per file; the rest is counted in one VISIE-805 finding. */
export const maxErrorsPerFile = 100

interface Where {
  readonly file: string
  readonly line?: number
  readonly xpath?: string
}

function at(w: Where): Finding['at'] {
  return {
    file: w.file,
    ...(w.xpath !== undefined ? { xpath: w.xpath } : {}),
    ...(w.line !== undefined && w.line > 0 ? { line: w.line } : {}),
  }
}

function place(w: Where): string {
  return w.line !== undefined && w.line > 0 ? `${w.file}, regel ${w.line}` : w.file
}

/** Quoted values longer than this (a whole posList of a 100 MB GML) are cut in messages. */
const maxQuoted = 120

/** libxml2's message, trimmed, with long quoted values shortened to their start and length. */
function text(d: ErrorDetail): string {
  return d.message
    .trim()
    .replace(new RegExp(`'([^']{${maxQuoted + 1},})'`, 'g'), (_m, v: string) => `'${v.slice(0, 60)}…' (${v.length} tekens)`)
}

function withKetencode(data: Record<string, string | number>, ketencode?: string): Record<string, string | number> {
  return ketencode ? { ...data, ketencode } : data
}

/** A schema violation reported by libxml2 while validating. */
export function schemaError(file: string, schema: string, d: ErrorDetail, ketencode?: string): Finding {
  const w = { file, line: d.line, xpath: d.xpath }
  return {
    code: ketencode ?? 'XSD',
    severity: 'blokkerend',
    layer: 'xsd',
    message: `${place(w)}: voldoet niet aan het schema ${schema}: ${text(d)}`,
    data: withKetencode({ schema, melding: text(d), kolom: d.col }, ketencode),
    at: at(w),
  }
}

/** VISIE-800: the file is not well-formed XML (also: entity expansion limits, too deep nesting). */
export function notWellFormed(file: string, d: ErrorDetail | undefined, fallback = 'onbekende parserfout'): Finding {
  const melding = d ? text(d) : fallback
  const w = { file, line: d?.line }
  return {
    code: /\.gml$/i.test(file) ? 'LVBB3004' : 'VISIE-800',
    severity: 'blokkerend',
    layer: 'xsd',
    message: `${place(w)}: geen welgevormde XML: ${melding}`,
    data: { melding, kolom: d?.col ?? 0 },
    at: at(w),
  }
}

/** VISIE-801: a DOCTYPE; its external DTD or entities are never loaded, so the file does not mean what it says. */
export function doctype(file: string, line: number, external: boolean): Finding {
  return {
    code: 'VISIE-801',
    severity: external ? 'blokkerend' : 'waarschuwing',
    layer: 'xsd',
    message: external
      ? `${place({ file, line })}: DOCTYPE met een externe DTD of externe entiteit; visie laadt die niet (geen bestanden, geen netwerk) en een aanlevering hoort geen DTD te gebruiken.`
      : `${place({ file, line })}: DOCTYPE in een aanleverbestand; STOP/IMOW-bestanden gebruiken geen DTD.`,
    data: { extern: external ? 'ja' : 'nee' },
    at: at({ file, line }),
  }
}

/** VISIE-802: a root element no schema in the set is chosen for. */
export function unknownRoot(file: string, namespace: string, name: string, line: number): Finding {
  const qname = namespace ? `{${namespace}}${name}` : name
  return {
    code: 'VISIE-802',
    severity: 'blokkerend',
    layer: 'xsd',
    message: `${place({ file, line })}: onbekend rootelement ${qname}; verwacht AanleveringBesluit/AanleveringInformatieObject, opdracht of manifest (LVBB), GeoInformatieObjectVaststelling, manifest-ow Aanleveringen of owBestand.`,
    data: { namespace, element: name },
    at: at({ file, line }),
  }
}

/** VISIE-803: the schema for this file is not installed or does not compile. */
export function schemaUnavailable(file: string, schema: string, reason: string, ketencode?: string): Finding {
  return {
    code: 'VISIE-803',
    severity: 'blokkerend',
    layer: 'xsd',
    message: `${file}: kan niet tegen ${schema} valideren: ${reason}. Installeer de schema's met 'visie schemas install'.`,
    data: withKetencode({ schema, reden: reason }, ketencode),
    at: { file },
  }
}

/** VISIE-804: a warning of the XML parser or schema validator (not blocking). */
export function parserWarning(file: string, d: ErrorDetail): Finding {
  const w = { file, line: d.line, xpath: d.xpath }
  return {
    code: 'VISIE-804',
    severity: 'informatie',
    layer: 'xsd',
    message: `${place(w)}: waarschuwing van de XML-parser: ${text(d)}`,
    data: { melding: text(d), kolom: d.col },
    at: at(w),
  }
}

/** VISIE-805: more schema errors than maxErrorsPerFile; they are counted, not listed. */
export function tooManyErrors(file: string, schema: string, extra: number, ketencode?: string): Finding {
  return {
    code: 'VISIE-805',
    severity: 'blokkerend',
    layer: 'xsd',
    message: `${file}: nog ${extra} schemafouten tegen ${schema} niet getoond (maximaal ${maxErrorsPerFile} per bestand).`,
    data: withKetencode({ schema, aantal: extra }, ketencode),
    at: { file },
  }
}

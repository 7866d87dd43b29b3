/**
 * The visie's bijlagen (`Bijlage I Overzicht Informatieobjecten` …): a bijlage of (naam, /join/id/…) pairs becomes
 * a Begrippenlijst with one ExtIoRef per GIO and feeds `document.informatieobjecten`; a bijlage without text (only
 * an image in the PDF) becomes a Figuur with a finding; any other bijlage is read like the lichaam.
 */
import {
  lineSpan,
  type Begrip,
  type Bijlage,
  type Finding,
  type InformatieobjectVermelding,
  type Kop,
  type Structuur,
} from '../model/index.js'
import { toBlocks } from '../text/blocks.js'
import { joinWithOffsets, type Vocabulary } from '../text/dehyphenate.js'
import type { SourceLine } from '../text/lines.js'
import { finding } from './findings.js'
import { buildStructure, maxEndLine } from './structure.js'

export interface BijlageHeading {
  readonly nummer: string
  readonly opschrift: string
  readonly line: number
}

export interface ReadBijlage {
  readonly bijlage: Bijlage
  readonly informatieobjecten: readonly InformatieobjectVermelding[]
}

const IDENTIFIER = /^\/join\/id\/\S+$/u

export function readBijlage(
  heading: BijlageHeading,
  lines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; lineWidth: number; file: string; findings: Finding[] },
): ReadBijlage {
  const kop: Kop = { label: 'Bijlage', nummer: heading.nummer, opschrift: heading.opschrift, position: lineSpan(heading.line) }
  if (lines.length === 0) {
    context.findings.push(finding('VISIE-105', context.file, heading.line, { nummer: heading.nummer, opschrift: heading.opschrift }))
    const figuur: Structuur = {
      type: 'divisietekst',
      children: [{ type: 'figuur', titel: heading.opschrift, position: lineSpan(heading.line) }],
      position: lineSpan(heading.line),
    }
    return { bijlage: { type: 'bijlage', kop, children: [figuur], position: lineSpan(heading.line) }, informatieobjecten: [] }
  }
  if (lines.some((l) => l.text.includes('/join/id/'))) return readInformatieobjecten(kop, heading.line, lines, context)
  const children = buildStructure(toBlocks(lines, { vocabulary: context.vocabulary, lineWidth: context.lineWidth, numbered: false }))
  const to = maxEndLine(heading.line, children)
  return { bijlage: { type: 'bijlage', kop, children, position: lineSpan(heading.line, to) }, informatieobjecten: [] }
}

/** Re-joins the lines into one stream (identifier breaks undone) and cuts it into naam + identifier pairs. */
function readInformatieobjecten(
  kop: Kop,
  headingLine: number,
  lines: readonly SourceLine[],
  context: { vocabulary: Vocabulary; file: string; findings: Finding[] },
): ReadBijlage {
  const joined = joinWithOffsets(lines.map((l) => l.text), context.vocabulary)
  const stream = joined.text
  const lineAt = (offset: number): number => lineOf(joined.starts, lines, offset)
  const vermeldingen: InformatieobjectVermelding[] = []
  const begrippen: Begrip[] = []
  let naam: string[] = []
  let naamStart = 0
  const re = /\S+/gu
  for (let m = re.exec(stream); m; m = re.exec(stream)) {
    const token = m[0]
    if (!IDENTIFIER.test(token)) {
      if (naam.length === 0) naamStart = m.index
      naam.push(token)
      continue
    }
    const position = lineSpan(lineAt(naamStart), lineAt(m.index + token.length - 1))
    if (naam.length === 0) {
      context.findings.push(finding('VISIE-106', context.file, lineAt(m.index), { tekst: token }))
      continue
    }
    const expression = token
    const work = expression.replace(/\/[a-z]{3}@.*$/u, '')
    const text = naam.join(' ')
    vermeldingen.push({ naam: text, expression, work, position })
    begrippen.push({
      type: 'begrip',
      term: [{ type: 'text', value: text, position }],
      definitie: [{ type: 'al', children: [{ type: 'extIoRef', ref: expression, position }], position }],
      position,
    })
    naam = []
  }
  if (naam.length > 0) context.findings.push(finding('VISIE-106', context.file, lineAt(naamStart), { tekst: naam.join(' ') }))
  reportDuplicates(vermeldingen, context.file, context.findings)
  const last = (lines[lines.length - 1] as SourceLine).line
  const first = (lines[0] as SourceLine).line
  const tekst: Structuur = {
    type: 'divisietekst',
    children: [{ type: 'begrippenlijst', children: begrippen, position: lineSpan(first, last) }],
    position: lineSpan(first, last),
  }
  return { bijlage: { type: 'bijlage', kop, children: [tekst], position: lineSpan(headingLine, last) }, informatieobjecten: vermeldingen }
}

/** The source line of the stream offset: the last line starting at or before it (binary search, starts ascending). */
function lineOf(starts: readonly number[], lines: readonly SourceLine[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return (lines[lo] as SourceLine).line
}

/**
 * One GIO per identification and per naam: a second would be a second informatieobject with the same work, or an
 * ambiguous name for the geometry. The first keeps its place; each later one is reported at its own line.
 */
export function reportDuplicates(vermeldingen: readonly InformatieobjectVermelding[], file: string, findings: Finding[]): void {
  const byWork = new Map<string, InformatieobjectVermelding>()
  const byNaam = new Map<string, InformatieobjectVermelding>()
  for (const v of vermeldingen) {
    const line = v.position?.start.line ?? 0
    const sameWork = byWork.get(v.work)
    if (sameWork) {
      const eerderRegel = sameWork.position?.start.line ?? 0
      findings.push(finding('VISIE-154', file, line, { identificatie: v.work, naam: v.naam, eerder: sameWork.naam, eerderRegel }))
    } else byWork.set(v.work, v)
    const sameNaam = byNaam.get(v.naam)
    if (sameNaam) findings.push(finding('VISIE-155', file, line, { naam: v.naam, eerderRegel: sameNaam.position?.start.line ?? 0 }))
    else byNaam.set(v.naam, v)
  }
}

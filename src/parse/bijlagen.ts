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
  const seen: Seen = { byWork: new Map(), byNaam: new Map() }
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
    reportDuplicate(seen, { naam: text, work, line: position.start.line }, context)
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

/** The first entry per work and per naam, for the duplicate check. */
interface Seen {
  readonly byWork: Map<string, { naam: string; line: number }>
  readonly byNaam: Map<string, number>
}

/**
 * One GIO per identification and per naam: a second would be a second informatieobject with the same work, or an
 * ambiguous name for the geometry. The first keeps its place; each later one is reported at its own line.
 */
function reportDuplicate(seen: Seen, entry: { naam: string; work: string; line: number }, context: { file: string; findings: Finding[] }): void {
  const { naam, work, line } = entry
  const sameWork = seen.byWork.get(work)
  if (sameWork) context.findings.push(finding('VISIE-154', context.file, line, { identificatie: work, naam, eerder: sameWork.naam, eerderRegel: sameWork.line }))
  else seen.byWork.set(work, { naam, line })
  const sameNaam = seen.byNaam.get(naam)
  if (sameNaam !== undefined) context.findings.push(finding('VISIE-155', context.file, line, { naam, eerderRegel: sameNaam }))
  else seen.byNaam.set(naam, line)
}

/**
 * PDF-extracted text → document model (product.md §5): clean the lines, split at `Bijlage A` and the visie's
 * bijlagen, read the besluit, the lichaam and each bijlage, and report what the source lacks as findings.
 */
import { lineSpan, type Bijlage, type Document, type Finding, type InformatieobjectVermelding } from '../model/index.js'
import { toBlocks, typicalLineWidth, type TextBlock } from '../text/blocks.js'
import { buildVocabulary } from '../text/dehyphenate.js'
import { dropFurniture } from '../text/furniture.js'
import { looksBinary, toSourceLines, type SourceLine } from '../text/lines.js'
import { readBesluit } from './besluit.js'
import { readBijlage, type BijlageHeading } from './bijlagen.js'
import { emptyDocument } from './empty.js'
import { finding } from './findings.js'
import { buildStructure, reportEmptyDivisies } from './structure.js'

const BIJLAGE_A = /^Bijlage A\b\s*(.*)$/u
const BIJLAGE = /^Bijlage ([IVXLC]+)\b\s*(.*)$/u

export interface ReadResult {
  readonly document: Document
  readonly findings: Finding[]
}

export function readPdfText(text: string, file: string): ReadResult {
  if (looksBinary(text)) return { document: emptyDocument(file), findings: [finding('VISIE-100', file, 1)] }
  const { lines } = dropFurniture(toSourceLines(text))
  if (lines.length === 0) return { document: emptyDocument(file), findings: [finding('VISIE-101', file, 1)] }
  const findings: Finding[] = []
  const lineWidth = typicalLineWidth(lines)
  const vocabulary = buildVocabulary(lines)
  const a = lines.findIndex((l) => BIJLAGE_A.test(l.text))
  if (a < 0) findings.push(finding('VISIE-102', file, (lines[lines.length - 1] as SourceLine).line))
  const besluitLines = a < 0 ? lines : lines.slice(0, a)
  const parts = readBesluit(besluitLines, lineWidth, file, findings)
  const visie = a < 0 ? [] : lines.slice(a + 1)
  const bijlageAt = visie.map((l, i) => (isBijlageHeading(l, visie[i - 1], lineWidth) ? i : -1)).filter((i) => i >= 0)
  const lichaamLines = visie.slice(0, bijlageAt[0] ?? visie.length)
  const opschriftLine = lichaamLines[0]
  const blocks = toBlocks(lichaamLines.slice(1), { vocabulary, lineWidth, numbered: true })
  reportHeadings(blocks, file, findings)
  const lichaam = buildStructure(blocks)
  reportEmptyDivisies(lichaam, file, findings)
  const bijlagen: Bijlage[] = []
  const informatieobjecten: InformatieobjectVermelding[] = []
  bijlageAt.forEach((start, k) => {
    const headingLine = visie[start] as SourceLine
    const m = BIJLAGE.exec(headingLine.text) as RegExpExecArray
    const heading: BijlageHeading = { nummer: m[1] as string, opschrift: (m[2] as string).trim(), line: headingLine.line }
    const expected = toRoman(k + 1)
    if (heading.nummer !== expected) findings.push(finding('VISIE-108', file, heading.line, { nummer: heading.nummer, verwacht: expected }))
    const body = visie.slice(start + 1, bijlageAt[k + 1] ?? visie.length)
    const read = readBijlage(heading, body, { vocabulary, lineWidth, file, findings })
    bijlagen.push(read.bijlage)
    informatieobjecten.push(...read.informatieobjecten)
  })
  const aLine = a < 0 ? undefined : (lines[a] as SourceLine)
  const lastLine = (lines[lines.length - 1] as SourceLine).line
  const aKop = aLine ? (BIJLAGE_A.exec(aLine.text) as RegExpExecArray)[1]?.trim() : undefined
  const document: Document = {
    type: 'document',
    file,
    besluit: {
      type: 'besluit',
      opschrift: parts.opschrift,
      aanhef: parts.aanhef,
      artikelen: parts.artikelen,
      ...(parts.sluiting ? { sluiting: parts.sluiting } : {}),
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: 'A', ...(aKop ? { opschrift: aKop } : {}), ...(aLine ? { position: lineSpan(aLine.line) } : {}) },
        regeling: {
          type: 'regelingVrijetekst',
          opschrift: opschriftLine?.text ?? '',
          lichaam,
          bijlagen,
          ...(opschriftLine ? { position: lineSpan(opschriftLine.line, lastLine) } : {}),
        },
        ...(aLine ? { position: lineSpan(aLine.line, lastLine) } : {}),
      },
      position: lineSpan(parts.opschriftLine, lastLine),
    },
    informatieobjecten,
    position: lineSpan((lines[0] as SourceLine).line, lastLine),
  }
  return { document, findings }
}

/** `Bijlage IV Kernkwaliteiten …` at the start of a block, not a sentence that happens to start a line with it. */
function isBijlageHeading(l: SourceLine, prev: SourceLine | undefined, lineWidth: number): boolean {
  if (!BIJLAGE.test(l.text) || l.text.length > lineWidth || /[.,;:]$/u.test(l.text)) return false
  return prev === undefined || l.pageStart || prev.text.length < lineWidth * 0.9 || /[.!?:;)]$/u.test(prev.text)
}

function reportHeadings(blocks: readonly TextBlock[], file: string, findings: Finding[]): void {
  for (const b of blocks) {
    if (b.kind !== 'heading' || !b.expected) continue
    findings.push(finding('VISIE-103', file, b.from, { nummer: b.nummer, opschrift: b.opschrift, verwacht: b.expected.join(' of ') }))
  }
}

const ROMAN: readonly [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

function toRoman(n: number): string {
  let out = ''
  let rest = n
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters
      rest -= value
    }
  }
  return out
}

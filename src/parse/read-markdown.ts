/**
 * The Markdown of `writeMarkdown` → document model, so a person can correct the text reader's heuristics and
 * build from the corrected file. Positions point into the Markdown file. Lines that fit no construct become
 * paragraphs with a VISIE-109 warning.
 */
import {
  lineSpan,
  type Al,
  type Artikel,
  type Begrip,
  type Bijlage,
  type Document,
  type Finding,
  type InformatieobjectVermelding,
  type Li,
  type Ondertekenaar,
  type Structuur,
} from '../model/index.js'
import type { TextBlock } from '../text/blocks.js'
import { artikelNode } from './besluit.js'
import { reportDuplicates } from './bijlagen.js'
import { finding } from './findings.js'
import { alWithBijlageRefs } from './inline.js'
import { mdBlocks, parseInline, unescape, type MdBlock } from './markdown-blocks.js'
import { buildStructure, maxEndLine, reportEmptyDivisies } from './structure.js'

/** The besluit's parts as `writeMarkdown` names them. */
const SECTIONS: readonly string[] = ['aanhef', 'considerans', 'afkondiging', 'artikel', 'sluiting']

export function readMarkdown(text: string, file: string): { document: Document; findings: Finding[] } {
  const findings: Finding[] = []
  const blocks = mdBlocks(text)
  let i = 0
  const peek = (): MdBlock | undefined => blocks[i]
  const until = (stop: (b: MdBlock) => boolean): MdBlock[] => {
    const out: MdBlock[] = []
    while (i < blocks.length && !stop(blocks[i] as MdBlock)) out.push(blocks[i++] as MdBlock)
    return out
  }
  const isH = (level: number) => (b: MdBlock) => b.kind === 'heading' && b.level <= level
  const title = peek()?.kind === 'heading' ? (blocks[i++] as MdBlock & { kind: 'heading' }) : undefined
  const sections = new Map<string, { head: MdBlock & { kind: 'heading' }; body: MdBlock[] }[]>()
  while (i < blocks.length && !(peek()?.kind === 'heading' && (peek() as { level: number }).level === 1)) {
    const head = blocks[i++] as MdBlock
    if (head.kind !== 'heading') {
      findings.push(finding('VISIE-109', file, head.from, { tekst: head.text }))
      continue
    }
    const key = /^Artikel\b/u.test(head.text) ? 'artikel' : head.text.toLowerCase()
    if (!SECTIONS.includes(key)) findings.push(finding('VISIE-109', file, head.from, { tekst: `## ${head.text}` }))
    sections.set(key, [...(sections.get(key) ?? []), { head, body: until(isH(2)) }])
  }
  const section = (name: string) => sections.get(name)?.[0]
  const als = (bs: readonly MdBlock[]): Al[] => bs.filter((b) => b.kind === 'paragraph').map(toAl)
  const considerans = section('considerans')
  const consLijst = considerans?.body.filter((b) => b.kind === 'item') ?? []
  const artikelen = (sections.get('artikel') ?? []).map((s) => readArtikel(s.head, s.body))
  const sluiting = section('sluiting')
  const aHead = peek()?.kind === 'heading' ? (blocks[i++] as MdBlock & { kind: 'heading' }) : undefined
  if (!aHead || !/^Bijlage A\b/u.test(aHead.text)) findings.push(finding('VISIE-102', file, aHead?.from ?? 1))
  const regelingHead = peek()?.kind === 'heading' ? (blocks[i++] as MdBlock & { kind: 'heading' }) : undefined
  const lichaam = buildStructure(toTextBlocks(until((b) => b.kind === 'heading' && b.level <= 2)))
  reportEmptyDivisies(lichaam, file, findings)
  const bijlagen: Bijlage[] = []
  const informatieobjecten: InformatieobjectVermelding[] = []
  while (i < blocks.length) {
    const head = blocks[i++] as MdBlock
    const body = until((b) => b.kind === 'heading' && b.level <= 2)
    const m = /^Bijlage (\S+)\s*(.*)$/u.exec(head.text)
    if (head.kind !== 'heading' || !m) {
      findings.push(finding('VISIE-109', file, head.from, { tekst: head.text }))
      continue
    }
    const read = readBijlage(head, m[1] as string, (m[2] as string).trim(), body, file, findings)
    bijlagen.push(read.bijlage)
    informatieobjecten.push(...read.informatieobjecten)
  }
  const last = blocks[blocks.length - 1]?.to ?? 1
  const aanhefBlocks = [...(section('aanhef')?.body ?? []), ...(section('afkondiging')?.body ?? [])]
  const document: Document = {
    type: 'document',
    file,
    besluit: {
      type: 'besluit',
      opschrift: title?.text ?? '',
      aanhef: {
        children: als(section('aanhef')?.body ?? []),
        ...(considerans
          ? {
              considerans: {
                aanhef: als(considerans.body),
                ...(consLijst.length > 0 ? { lijst: { type: 'lijst' as const, lijsttype: 'ongemarkeerd' as const, children: consLijst.map(toLi), position: span(consLijst) } } : {}),
                position: span([considerans.head, ...considerans.body]),
              },
            }
          : {}),
        afkondiging: als(section('afkondiging')?.body ?? []),
        ...(aanhefBlocks.length > 0 ? { position: span([...aanhefBlocks, ...(considerans?.body ?? [])]) } : {}),
      },
      artikelen,
      ...(sluiting ? { sluiting: readSluiting(sluiting.head, sluiting.body) } : {}),
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: 'A', ...bijlageOpschrift(aHead), ...(aHead ? { position: lineSpan(aHead.from) } : {}) },
        regeling: {
          type: 'regelingVrijetekst',
          opschrift: regelingHead?.text ?? '',
          lichaam,
          bijlagen,
          ...(regelingHead ? { position: lineSpan(regelingHead.from, last) } : {}),
        },
        ...(aHead ? { position: lineSpan(aHead.from, last) } : {}),
      },
      position: lineSpan(title?.from ?? 1, last),
    },
    informatieobjecten,
    position: lineSpan(blocks[0]?.from ?? 1, last),
  }
  return { document, findings }
}

function bijlageOpschrift(head: (MdBlock & { kind: 'heading' }) | undefined): { opschrift?: string } {
  const opschrift = head ? /^Bijlage A\b\s*(.*)$/u.exec(head.text)?.[1]?.trim() : undefined
  return opschrift ? { opschrift } : {}
}

function readArtikel(head: MdBlock & { kind: 'heading' }, body: readonly MdBlock[]): Artikel {
  const m = /^Artikel (\S+)\s*(.*)$/u.exec(head.text) as RegExpExecArray
  const children = body.filter((b) => b.kind === 'paragraph').map((b) => {
    const inl = parseInline(b.text, lineSpan(b.from, b.to))
    return inl.length === 1 && inl[0]?.type === 'text' ? alWithBijlageRefs(inl[0].value, b.from, b.to) : { type: 'al' as const, children: inl, position: lineSpan(b.from, b.to) }
  })
  return artikelNode(m[1] as string, m[2] as string, children, head.from, span([head, ...body]))
}

function readSluiting(head: MdBlock, body: readonly MdBlock[]) {
  const ondertekening: Ondertekenaar[] = body
    .filter((b) => b.kind === 'item')
    .map((b) => {
      const [functie, ...naam] = unescape(b.text).split(': ')
      return { functie: (functie as string).trim(), naam: naam.join(': ').trim(), position: lineSpan(b.from, b.to) }
    })
  return { children: body.filter((b) => b.kind === 'paragraph').map(toAl), ondertekening, position: span([head, ...body]) }
}

function readBijlage(
  head: MdBlock,
  nummer: string,
  opschrift: string,
  body: readonly MdBlock[],
  file: string,
  findings: Finding[],
): { bijlage: Bijlage; informatieobjecten: InformatieobjectVermelding[] } {
  const kop = { label: 'Bijlage', nummer, opschrift, position: lineSpan(head.from) }
  const position = span([head, ...body])
  const items = body.filter((b) => b.kind === 'item')
  const begrip = /^\*\*(.+)\*\*: `([^`]+)`$/u
  if (items.length > 0 && items.every((b) => begrip.test(b.text)) && items.length === body.length) {
    const vermeldingen: InformatieobjectVermelding[] = []
    const begrippen: Begrip[] = items.map((b) => {
      const m = begrip.exec(b.text) as RegExpExecArray
      const p = lineSpan(b.from, b.to)
      const naam = unescape(m[1] as string)
      const expression = m[2] as string
      vermeldingen.push({ naam, expression, work: expression.replace(/\/[a-z]{3}@.*$/u, ''), position: p })
      return { type: 'begrip', term: [{ type: 'text', value: naam, position: p }], definitie: [{ type: 'al', children: [{ type: 'extIoRef', ref: expression, position: p }], position: p }], position: p }
    })
    reportDuplicates(vermeldingen, file, findings)
    const tekst: Structuur = { type: 'divisietekst', children: [{ type: 'begrippenlijst', children: begrippen, position: span(items) }], position: span(items) }
    return { bijlage: { type: 'bijlage', kop, children: [tekst], position }, informatieobjecten: vermeldingen }
  }
  const children = buildStructure(toTextBlocks(body))
  const only = children[0]
  if (children.length === 1 && only?.type === 'divisietekst' && only.children.length === 1 && only.children[0]?.type === 'figuur') {
    findings.push(finding('VISIE-105', file, head.from, { nummer, opschrift }))
  }
  const to = maxEndLine(head.from, children)
  return { bijlage: { type: 'bijlage', kop, children, position: lineSpan(head.from, to) }, informatieobjecten: [] }
}

/** Markdown blocks → the text reader's blocks, so the structure is built by the same code. */
function toTextBlocks(blocks: readonly MdBlock[]): TextBlock[] {
  return blocks.map((b): TextBlock => {
    switch (b.kind) {
      case 'heading': {
        const m = /^(\d+(?:\.\d+)*) (.+)$/u.exec(b.text)
        return { kind: 'heading', nummer: m ? (m[1] as string) : '', opschrift: m ? (m[2] as string) : b.text, from: b.from, to: b.to, level: b.level - 2 }
      }
      case 'strong': {
        const m = /^(\d{1,2}): (.+)$/u.exec(b.text)
        return { kind: 'runin', ...(m ? { nummer: m[1] as string } : {}), opschrift: m ? (m[2] as string) : b.text, from: b.from, to: b.to }
      }
      case 'break':
        return { kind: 'break', from: b.from, to: b.to }
      case 'figure':
        return { kind: 'caption', text: b.text, from: b.from, to: b.to }
      case 'item':
      case 'paragraph': {
        const inline = parseInline(b.text, lineSpan(b.from, b.to))
        const text = inline.map((c) => ('value' in c ? c.value : '')).join('')
        return { kind: b.kind === 'item' ? 'bullet' : 'paragraph', text, inline, from: b.from, to: b.to }
      }
    }
  })
}

function toAl(b: MdBlock): Al {
  return { type: 'al', children: parseInline(b.text, lineSpan(b.from, b.to)), position: lineSpan(b.from, b.to) }
}

function toLi(b: MdBlock): Li {
  return { type: 'li', children: [toAl(b)], position: lineSpan(b.from, b.to) }
}

function span(bs: readonly MdBlock[]) {
  return lineSpan(bs[0]?.from ?? 1, bs[bs.length - 1]?.to ?? bs[0]?.from ?? 1)
}


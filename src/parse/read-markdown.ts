/**
 * The Markdown of `writeMarkdown` → document model, so a person can correct the text reader's heuristics and
 * build from the corrected file. The Markdown is CommonMark with GFM tables (markdown-blocks.ts); its blocks become
 * the text reader's blocks, so one structurer (structure.ts) builds the visie. Positions point into the Markdown
 * file. Besluit: `#` opschrift, `## Aanhef|Considerans|Afkondiging|Artikel …|Sluiting`; then `# Bijlage A` (or the
 * besluit's own number for it, `# Bijlage 1 …`), `##` regeling opschrift, `###`+ Divisies, `## Bijlage …` bijlagen;
 * Bijlage I as `- **naam**: \`/join/…\``. A block that fits none of these is reported (VISIE-109).
 */
import {
  lineSpan,
  type Al,
  type Artikel,
  type Begrip,
  type Bijlage,
  type Block,
  type Document,
  type Finding,
  type InformatieobjectVermelding,
  type Inline,
  type Li,
  type Lijst,
  type Ondertekenaar,
  type Structuur,
} from '../model/index.js'
import type { TextBlock } from '../text/blocks.js'
import { artikelNode, withWijzigArtikel } from './besluit.js'
import { reportDuplicates } from './bijlagen.js'
import { finding } from './findings.js'
import { alWithBijlageRefs } from './inline.js'
import { bijlageKop, divisieKop, mdBlocks, type MdBlock } from './markdown-blocks.js'
import { buildStructure, maxEndLine, reportEmptyDivisies } from './structure.js'
import { notesFromParagraphs } from './noten.js'

type Heading = MdBlock & { kind: 'heading' }
type Bullet = MdBlock & { kind: 'bullet' }

/** The besluit's parts as `writeMarkdown` names them. */
const SECTIONS: readonly string[] = ['aanhef', 'considerans', 'afkondiging', 'artikel', 'sluiting']

export function readMarkdown(text: string, file: string): { document: Document; findings: Finding[] } {
  const parsed = mdBlocks(text, file)
  const blocks = parsed.blocks
  const findings: Finding[] = [...parsed.findings]
  const sourceLines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)
  /** A block the besluit has no place for: reported with its first source line, then skipped. */
  const skipped = (b: MdBlock, tekst?: string): void => {
    findings.push(finding('VISIE-109', file, b.from, { tekst: tekst ?? (sourceLines[b.from - 1] ?? '').trim() }))
  }
  let i = 0
  const peek = (): MdBlock | undefined => blocks[i]
  const until = (stop: (b: MdBlock) => boolean): MdBlock[] => {
    const out: MdBlock[] = []
    while (i < blocks.length && !stop(blocks[i] as MdBlock)) out.push(blocks[i++] as MdBlock)
    return out
  }
  const isH = (level: number) => (b: MdBlock) => b.kind === 'heading' && b.level <= level
  const title = peek()?.kind === 'heading' ? (blocks[i++] as Heading) : undefined
  const sections = new Map<string, { head: Heading; body: MdBlock[] }[]>()
  while (i < blocks.length && !(peek()?.kind === 'heading' && (peek() as Heading).level === 1)) {
    const head = blocks[i++] as MdBlock
    if (head.kind !== 'heading') {
      skipped(head)
      continue
    }
    const key = /^(?:Artikel|Enig artikel)\b/u.test(head.text) ? 'artikel' : head.text.toLowerCase()
    if (!SECTIONS.includes(key)) skipped(head, `## ${head.text}`)
    sections.set(key, [...(sections.get(key) ?? []), { head, body: until(isH(2)) }])
  }
  const section = (name: string) => sections.get(name)?.[0]
  /** Paragraphs (a `**…**` line is a bold paragraph here); `keep` blocks are the caller's; anything else is skipped. */
  const als = (bs: readonly MdBlock[], keep: MdBlock['kind'][] = []): Al[] =>
    bs.flatMap((b) => {
      if (b.kind === 'paragraph' || b.kind === 'kop') return [toAl(b)]
      if (!keep.includes(b.kind)) skipped(b)
      return []
    })
  const considerans = section('considerans')
  const consLijst = lijst(considerans?.body.filter((b): b is Bullet => b.kind === 'bullet') ?? [], skipped)
  const gelezenArtikelen = (sections.get('artikel') ?? []).map((s) => readArtikel(s.head, als(s.body)))
  const sluiting = section('sluiting')
  const aanhef = als(section('aanhef')?.body ?? [])
  const afkondiging = als(section('afkondiging')?.body ?? [])
  const aHead = peek()?.kind === 'heading' ? (blocks[i++] as Heading) : undefined
  // the besluit's bijlage that holds the visie: `# Bijlage A …` (or I, 1: as the besluit numbers it)
  const aKop = aHead ? bijlageKop(aHead.text) : undefined
  if (!aKop?.nummer) findings.push(finding('VISIE-102', file, aHead?.from ?? 1))
  const artikelen = withWijzigArtikel(gelezenArtikelen, aKop?.nummer ?? 'A')
  const regelingHead = peek()?.kind === 'heading' ? (blocks[i++] as Heading) : undefined
  const lichaam = buildStructure(toTextBlocks(until((b) => b.kind === 'heading' && b.level <= 2)))
  reportEmptyDivisies(lichaam, file, findings)
  const bijlagen: Bijlage[] = []
  const informatieobjecten: InformatieobjectVermelding[] = []
  while (i < blocks.length) {
    const head = blocks[i++] as MdBlock
    const body = until((b) => b.kind === 'heading' && b.level <= 2)
    const kop = head.kind === 'heading' ? bijlageKop(head.text) : undefined
    if (head.kind !== 'heading' || !kop) {
      skipped(head, head.kind === 'heading' ? head.text : undefined)
      continue
    }
    const read = readBijlage(head, kop.nummer, kop.opschrift, body, file, findings)
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
        children: aanhef,
        ...(considerans
          ? {
              considerans: {
                aanhef: als(considerans.body, ['bullet']),
                ...(consLijst ? { lijst: consLijst } : {}),
                position: span([considerans.head, ...considerans.body]),
              },
            }
          : {}),
        afkondiging,
        ...(aanhefBlocks.length > 0 ? { position: span([...aanhefBlocks, ...(considerans?.body ?? [])]) } : {}),
      },
      artikelen,
      ...(sluiting ? { sluiting: readSluiting(sluiting.head, sluiting.body, als(sluiting.body, ['bullet'])) } : {}),
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: aKop?.nummer ?? 'A', ...(aKop?.opschrift ? { opschrift: aKop.opschrift } : {}), ...(aHead ? { position: lineSpan(aHead.from) } : {}) },
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
  return { document: notesFromParagraphs(document), findings }
}

/** An artikel's paragraphs; plain text that names `Bijlage A` gets its IntRef as in the text reader. */
function readArtikel(head: Heading, paragraphs: readonly Al[]): Artikel {
  const m = /^(?:Artikel (\S+)|Enig artikel)\s*(.*)$/u.exec(head.text) as RegExpExecArray
  const children = paragraphs.map((a) => {
    const only = a.children.length === 1 ? a.children[0] : undefined
    const from = a.position?.start.line ?? head.from
    return only?.type === 'text' ? alWithBijlageRefs(only.value, from, (a.position?.end.line ?? from + 1) - 1) : a
  })
  const to = paragraphs.reduce((t, a) => Math.max(t, (a.position?.end.line ?? 0) - 1), head.from)
  return artikelNode(m[1] ?? '', m[2] as string, children, head.from, lineSpan(head.from, to))
}

/** `- Voorzitter: naam` items are the ondertekening. */
function readSluiting(head: MdBlock, body: readonly MdBlock[], children: readonly Al[]) {
  const ondertekening: Ondertekenaar[] = body
    .filter((b): b is Bullet => b.kind === 'bullet')
    .map((b) => {
      const [functie, ...naam] = b.text.split(': ')
      return { functie: (functie as string).trim(), naam: naam.join(': ').trim(), position: lineSpan(b.from, b.to) }
    })
  return { children, ondertekening, position: span([head, ...body]) }
}

/** The considerans' list items → one Lijst, nested and numbered as the structurer builds lists. */
function lijst(items: readonly Bullet[], skipped: (b: MdBlock) => void): Lijst | undefined {
  if (items.length === 0) return undefined
  const lists = buildStructure(items).flatMap((s) => (s.type === 'divisietekst' ? s.children : []))
  for (const extra of lists.slice(1)) {
    const from = extra.position?.start.line
    const b = items.find((x) => x.from === from)
    if (b) skipped(b)
  }
  return lists[0]?.type === 'lijst' ? lists[0] : undefined
}

/** `- **naam**: \`/join/…\` toelichting`: a row of Bijlage I (naam → informatieobject, and what a third column says). */
function gioItem(li: Li): { naam: string; expression: string; toelichting?: string } | undefined {
  const only = li.children.length === 1 ? li.children[0] : undefined
  if (li.nummer !== undefined || only?.type !== 'al' || (only.children.length !== 3 && only.children.length !== 4)) return undefined
  const [naam, sep, ref, rest] = only.children
  if (naam?.type !== 'opmaak' || naam.element !== 'b' || naam.children.length !== 1 || naam.children[0]?.type !== 'text') return undefined
  if (sep?.type !== 'text' || sep.value !== ': ' || ref?.type !== 'extIoRef') return undefined
  if (rest !== undefined && (rest.type !== 'text' || !rest.value.startsWith(' '))) return undefined
  return { naam: naam.children[0].value, expression: ref.ref, ...(rest?.type === 'text' && rest.value.trim() ? { toelichting: rest.value.trim() } : {}) }
}

function readBijlage(
  head: Heading,
  nummer: string | undefined,
  opschrift: string,
  body: readonly MdBlock[],
  file: string,
  findings: Finding[],
): { bijlage: Bijlage; informatieobjecten: InformatieobjectVermelding[] } {
  const kop = { label: 'Bijlage', ...(nummer !== undefined ? { nummer } : {}), opschrift, position: lineSpan(head.from) }
  const vermeldingen: InformatieobjectVermelding[] = []
  const children = buildStructure(toTextBlocks(body)).map((s) => withBegrippenlijsten(s, vermeldingen))
  reportDuplicates(vermeldingen, file, findings)
  const only = children[0]
  if (children.length === 1 && only?.type === 'divisietekst' && only.children.length === 1 && only.children[0]?.type === 'figuur') {
    findings.push(finding('VISIE-105', file, head.from, { nummer: nummer ?? '', opschrift }))
  }
  const to = maxEndLine(head.from, children)
  return { bijlage: { type: 'bijlage', kop, children, position: lineSpan(head.from, to) }, informatieobjecten: vermeldingen }
}

/** A list whose every item is `**naam**: \`/join/…\`` is the informatieobjecten's Begrippenlijst (Bijlage I). */
function withBegrippenlijsten(s: Structuur, vermeldingen: InformatieobjectVermelding[]): Structuur {
  if (s.type === 'divisie') return { ...s, children: s.children.map((c) => withBegrippenlijsten(c, vermeldingen)) }
  const children = s.children.map((b): Block => {
    const gios = b.type === 'lijst' && b.lijsttype === 'ongemarkeerd' ? b.children.map(gioItem) : []
    if (b.type !== 'lijst' || gios.length === 0 || gios.some((g) => g === undefined)) return b
    const begrippen = b.children.map((li, k): Begrip => {
      const { naam, expression, toelichting } = gios[k] as NonNullable<ReturnType<typeof gioItem>>
      const p = li.position
      vermeldingen.push({ naam, expression, work: expression.replace(/\/[a-z]{3}@.*$/u, ''), ...(p ? { position: p } : {}) })
      const at = p ? { position: p } : {}
      const extra: Al[] = toelichting ? [{ type: 'al', children: [{ type: 'text', value: toelichting, ...at }], ...at }] : []
      return { type: 'begrip', term: [{ type: 'text', value: naam, ...at }], definitie: [{ type: 'al', children: [{ type: 'extIoRef', ref: expression, ...at }], ...at }, ...extra], ...at }
    })
    return { type: 'begrippenlijst', children: begrippen, ...(b.position ? { position: b.position } : {}) }
  })
  return { ...s, children }
}

/** Markdown blocks → the text reader's blocks: `###` headings become Divisies (level 1 = `###`), `**kop**` run-in headings. */
function toTextBlocks(blocks: readonly MdBlock[]): TextBlock[] {
  return blocks.map((b): TextBlock => {
    switch (b.kind) {
      case 'heading': {
        const kop = divisieKop(b.text, b.literal)
        return { kind: 'heading', ...(kop.label !== undefined ? { label: kop.label } : {}), nummer: kop.nummer ?? '', opschrift: kop.opschrift, from: b.from, to: b.to, level: b.level - 2 }
      }
      case 'kop': {
        const m = /^(\d{1,2}): (.+)$/u.exec(b.text)
        return { kind: 'runin', ...(m ? { nummer: m[1] as string } : {}), opschrift: m ? (m[2] as string) : b.text, from: b.from, to: b.to }
      }
      default:
        return b
    }
  })
}

function toAl(b: { readonly text: string; readonly inline?: readonly Inline[]; readonly from: number; readonly to: number }): Al {
  const position = lineSpan(b.from, b.to)
  return { type: 'al', children: b.inline ?? [{ type: 'text', value: b.text, position }], position }
}

function span(bs: readonly MdBlock[]) {
  return lineSpan(bs[0]?.from ?? 1, bs[bs.length - 1]?.to ?? bs[0]?.from ?? 1)
}

/**
 * The raadsbesluit before `Bijlage A`: opschrift, aanhef (with considerans and afkondiging), artikelen (Artikel I
 * points at the WijzigBijlage; the inwerkingtreding date is recognised) and sluiting with ondertekening.
 * Every line there is its own paragraph unless it is full and the next line continues it in lower case.
 */
import {
  lineSpan,
  type Aanhef,
  type Al,
  type Artikel,
  type Considerans,
  type Finding,
  type Li,
  type Ondertekenaar,
  type Sluiting,
  type Span,
} from '../model/index.js'
import type { SourceLine } from '../text/lines.js'
import { finding } from './findings.js'
import { al, alWithBijlageRefs } from './inline.js'

export interface BesluitParts {
  readonly opschrift: string
  readonly opschriftLine: number
  /**
   * The besluit has no opschrift of its own, only its kind (`Raadsbesluit`) above the maker: the reader may make one
   * from the maker and the visie's name (`madeOpschrift`). (A subject line, `Onderwerp: vaststelling …`, gives one.)
   */
  readonly opschriftGeneric?: boolean
  /** The maker's line that opens the aanhef (`De raad van de gemeente Helmond;`), when there is one. */
  readonly maker?: string
  readonly aanhef: Aanhef
  readonly artikelen: readonly Artikel[]
  readonly sluiting?: Sluiting
}

interface Para {
  readonly text: string
  readonly from: number
  readonly to: number
}

const OVERWEGENDE = /^(?:Overwegende|overwegende|OVERWEGENDE)\b/u
/** `besluit:`, `BESLUIT:`, `Besluit vast te stellen;`, `besluiten:`, `b e s l u i t :` (spaced letters joined first). */
const AFKONDIGING = /^(?:(?:Besluit|besluit|BESLUIT|Besluiten|besluiten|BESLUITEN)(?:\s*[:;,]|\s*$|\s+(?:vast te stellen|om|tot het vaststellen|het volgende)\b)|(?:Neemt|neemt) het volgende besluit)/u
/** `Artikel 1`, `ARTIKEL II.`, `Art. 3`, and the single article of a besluit: `Enig artikel`. */
const ARTIKEL = /^(?:(?:Artikel|ARTIKEL|Art\.)\s+([IVXLC]+|\d+[a-z]?)\b\.?|(?:Enig|ENIG)\s+(?:artikel|ARTIKEL)\b)\s*(?:[:.–-]\s*)?(.*)$/u
/** Beslispunten instead of artikelen: `I. de Omgevingsvisie … vast te stellen;`, `1. …`. */
const BESLISPUNT = /^([IVX]{1,4}|\d{1,2})[.)]\s+(\S.*)$/u
const SLUITING = /^(?:(?:Aldus|Zo|aldus) (?:vastgesteld|besloten)\b|(?:Vastgesteld|Besloten) (?:in|door|tijdens) de\b|Gedaan te\b)/u
const ONDERTEKENAAR = /^(Voorzitter|Griffier|Burgemeester|Secretaris|Secretaris-directeur|Dijkgraaf|De voorzitter|De griffier|De dijkgraaf|De secretaris)\s*[:,]\s*(\S.*)$/u

export interface BesluitOptions {
  readonly lineWidth: number
  readonly file: string
  /** The nummer of the besluit's bijlage that holds the visie (`A`, `1`), for the IntRefs of the wijzigartikel. */
  readonly bijlage: string
}

/** Reads the besluit from its lines (everything before the visie). */
export function readBesluit(lines: readonly SourceLine[], options: BesluitOptions, findings: Finding[]): BesluitParts {
  const { lineWidth, file } = options
  const all = toParas(lines, lineWidth)
  const head = opschriftParas(all)
  if (head.from > 0) {
    const letterhead = all.slice(0, head.from)
    findings.push(finding('VISIE-115', file, (letterhead[0] as Para).from, { aantal: letterhead.length, tekst: letterhead.map((p) => p.text).join(' · ').slice(0, 160) }))
  }
  const paras: Para[] = withBeslispuntText([head.opschrift, ...all.slice(head.to)])
  const first = paras[0]
  let i = 1
  const take = (stop: (p: Para) => boolean): Para[] => {
    const out: Para[] = []
    while (i < paras.length && !stop(paras[i] as Para)) out.push(paras[i++] as Para)
    return out
  }
  const isSection = (p: Para): boolean => OVERWEGENDE.test(p.text) || AFKONDIGING.test(p.text) || ARTIKEL.test(p.text) || SLUITING.test(p.text)
  const aanhefParas = take(isSection)
  let considerans: Considerans | undefined
  if (i < paras.length && OVERWEGENDE.test((paras[i] as Para).text)) {
    const head = paras[i++] as Para
    const items = take((p) => AFKONDIGING.test(p.text) || ARTIKEL.test(p.text) || SLUITING.test(p.text))
    considerans = readConsiderans(head, items)
  }
  const afkondiging = i < paras.length && AFKONDIGING.test((paras[i] as Para).text) ? [paras[i++] as Para] : []
  // `besluit:` | `vast te stellen het Besluit …`: the decision's own words belong to the afkondiging.
  if (afkondiging.length > 0) afkondiging.push(...take((p) => !/^\p{Ll}/u.test(p.text) || ARTIKEL.test(p.text) || SLUITING.test(p.text)))
  let artikelen: Artikel[] = []
  const kind = i < paras.length && !ARTIKEL.test((paras[i] as Para).text) && BESLISPUNT.test((paras[i] as Para).text) ? BESLISPUNT : ARTIKEL
  // `besluit: vast te stellen de Omgevingsvisie …` — the decision in the afkondiging's own line, no artikelen.
  while (i < paras.length && kind.test((paras[i] as Para).text)) {
    const head = paras[i++] as Para
    const body = take((p) => kind.test(p.text) || SLUITING.test(p.text))
    artikelen.push(readArtikel(head, body, kind, options.bijlage))
  }
  artikelen = withWijzigArtikel(artikelen, options.bijlage)
  const sluiting = i < paras.length ? readSluiting(paras.slice(i)) : undefined
  if (artikelen.length === 0 && first) {
    findings.push(finding('VISIE-107', file, first.from, { onderdeel: 'artikelen' }))
  }
  const aanhefTo = [...aanhefParas, ...afkondiging].reduce((to, p) => Math.max(to, p.to), Math.max(first?.from ?? 1, considerans ? (considerans.position?.end.line ?? 1) - 1 : 0))
  const aanhef: Aanhef = {
    children: aanhefParas.map(toAl),
    ...(considerans ? { considerans } : {}),
    afkondiging: afkondiging.map(toAl),
    ...(aanhefParas[0] ? { position: lineSpan(aanhefParas[0].from, aanhefTo) } : {}),
  }
  return {
    opschrift: first?.text ?? '',
    opschriftLine: first?.from ?? 1,
    ...(head.generic ? { opschriftGeneric: true } : {}),
    ...(head.maker !== undefined ? { maker: head.maker } : {}),
    aanhef,
    artikelen,
    ...(sluiting ? { sluiting } : {}),
  }
}

/**
 * An opschrift for a besluit that has none of its own: `Besluit van` the maker `tot vaststelling van de` the visie's
 * name (`De raad van de gemeente Helmond;` and `Omgevingsvisie Helmond 2040` → `Besluit van de raad van de gemeente
 * Helmond tot vaststelling van de Omgevingsvisie Helmond 2040`; a name without the word is the omgevingsvisie's).
 */
export function madeOpschrift(maker: string, visie: string): string {
  const who = maker.replace(/\s*[,;:]$/u, '').replace(/^(?:De|Het)\b/u, (w) => w.toLowerCase())
  // A name without the word (`Rijswijk; gezonde buitenplaats in de metropool`) is that of the omgevingsvisie.
  if (!/visie/iu.test(visie)) return `Besluit van ${who} tot vaststelling van de omgevingsvisie ${visie}`
  return `Besluit van ${who} tot vaststelling van ${/^(?:de|het)\s/iu.test(visie) ? '' : 'de '}${visie}`
}

/**
 * For both readers: when no artikel refers to the bijlage by its number, the first that establishes the visie
 * ("vast te stellen", "visie") is the wijzigartikel, else the first; its mention of a bijlage becomes the IntRef.
 */
export function withWijzigArtikel(artikelen: readonly Artikel[], bijlage: string): Artikel[] {
  if (artikelen.length === 0 || artikelen.some((a) => a.soort === 'wijzig')) return artikelen.slice()
  // The artikel that adopts the visie: it names the visie and its bijlage; else the visie; else any adoption
  // (`I. de Nota van zienswijzen vast te stellen; II. de Omgevingsvisie …, opgenomen in de bijlage, vast te stellen`).
  const tests = [/visie[^]*bijlage|bijlage[^]*visie/iu, /visie/iu, /vast(?:\s+te\s+)?stel/iu]
  const found = tests.map((t) => artikelen.findIndex((a) => t.test(artikelText(a)))).find((i) => i >= 0)
  const k = Math.max(0, found ?? 0)
  return artikelen.map((a, j) => (j === k ? linkBijlageMention({ ...a, soort: 'wijzig' }, bijlage) : a))
}

/**
 * The wijzigartikel names its bijlage without the number the reader found (`de bij dit besluit behorende bijlage`,
 * `bijlage` | `1.` over a line break): that mention becomes the IntRef to the WijzigBijlage (LVBB4002).
 */
function linkBijlageMention(a: Artikel, nummer: string): Artikel {
  // The bijlage by that word; else the visie by its name (`de Omgevingsvisie Harderwijk 2040 wordt vastgesteld`):
  // the visie is what the bijlage holds, so its name is the reference, and the text stays as it is.
  const text = artikelText(a)
  const mention = BIJLAGE_MENTION.test(text) ? BIJLAGE_MENTION : VISIE_NAME
  let done = false
  const children = a.children.map((al): Al => {
    if (done) return al
    const parts = al.children.flatMap((c) => {
      if (done || c.type !== 'text') return [c]
      const m = mention.exec(c.value)
      if (!m) return [c]
      done = true
      const before = c.value.slice(0, m.index)
      const after = c.value.slice(m.index + m[0].length)
      return [
        ...(before ? [{ ...c, value: before }] : []),
        { type: 'intRef' as const, target: `bijlage:${nummer}`, value: m[0], ...(c.position ? { position: c.position } : {}) },
        ...(after ? [{ ...c, value: after }] : []),
      ]
    })
    return { ...al, children: parts }
  })
  return { ...a, children }
}

const BIJLAGE_MENTION = /\b[Bb]ijlage(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b)?/u
/** `Omgevingsvisie Vlieland “langzaam meebewegen”`, `Watervisie Vechtstromen 2050`, `Nationale Omgevingsvisie`. */
const VISIE_NAME = /(?:\b(?!De |Het |Een )\p{Lu}\p{Ll}+ )?\b(?:[Oo]mgevingsvisie|[Ww]atervisie|[Vv]isie)\b(?: (?:[\p{Lu}\d][\p{L}\d’'.-]*|“[^”]{1,80}”|"[^"]{1,80}"|‘[^’]{1,80}’|en|aan|de|van|op|'s))*/u

function artikelText(a: Artikel): string {
  return a.children.flatMap((al) => al.children.map((c) => ('value' in c ? c.value : ''))).join(' ')
}

function readConsiderans(head: Para, items: readonly Para[]): Considerans {
  const last = items[items.length - 1] ?? head
  const lis: Li[] = items.map((p) => ({ type: 'li', children: [toAl(p)], position: lineSpan(p.from, p.to) }))
  return {
    aanhef: [toAl(head)],
    ...(lis.length > 0 ? { lijst: { type: 'lijst', lijsttype: 'ongemarkeerd', children: lis, position: lineSpan((items[0] as Para).from, last.to) } } : {}),
    position: lineSpan(head.from, last.to),
  }
}

/** A beslispunt's number alone (`I.` above `de Omgevingsvisie … vast te stellen;`) joined to the text below it. */
function withBeslispuntText(paras: readonly Para[]): Para[] {
  const out: Para[] = []
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k] as Para
    const next = paras[k + 1]
    if (next && /^(?:[IVX]{1,4}|\d{1,2})[.)]$/u.test(p.text) && /^\p{Ll}/u.test(next.text)) {
      out.push({ text: `${p.text} ${next.text}`, from: p.from, to: next.to })
      k++
    } else out.push(p)
  }
  return out
}

function readArtikel(head: Para, body: readonly Para[], kind: RegExp, bijlage: string): Artikel {
  const m = kind.exec(head.text) as RegExpExecArray
  const last = body[body.length - 1] ?? head
  if (kind === BESLISPUNT) {
    // A beslispunt is its own text: `I. de Omgevingsvisie … vast te stellen;` → Artikel I with that paragraph.
    const text = [m[2] as string, ...body.map((p) => p.text)].join(' ')
    return artikelNode(m[1] as string, '', [alWithBijlageRefs(text, head.from, last.to, bijlage)], head.from, lineSpan(head.from, last.to))
  }
  const children = body.map((p) => alWithBijlageRefs(p.text, p.from, p.to, bijlage))
  return artikelNode(m[1] ?? '', m[2] as string, children, head.from, lineSpan(head.from, last.to))
}

/**
 * An Artikel from its heading parts and paragraphs, for both readers (PDF text and Markdown): a wijzigartikel when it
 * refers to Bijlage A, with the inwerkingtreding date when it says when the besluit takes effect.
 */
export function artikelNode(nummer: string, opschriftText: string, children: readonly Al[], headLine: number, position: Span): Artikel {
  const wijzig = children.some((a) => a.children.some((c) => c.type === 'intRef' && c.target.startsWith('bijlage:')))
  const text = children.flatMap((a) => a.children.map((c) => ('value' in c ? c.value : ''))).join(' ')
  // The date of the sentence that says when the besluit takes effect, not another date of the artikel (`onder
  // intrekking van de visie van 26 september 2017. Dit besluit treedt in werking op …`).
  const sentence = text.split(/(?<=[.;])\s+(?=\p{Lu})/u).find((s) => /in\s+werking/iu.test(s))
  const datum = sentence === undefined ? undefined : isoDate(sentence)
  const opschrift = opschriftText.trim()
  return {
    type: 'artikel',
    soort: wijzig ? 'wijzig' : 'gewoon',
    // `Enig artikel` has no number: its Kop is the label alone (STOP allows a Kop with a Label and no Nummer).
    kop: { label: nummer === '' ? 'Enig artikel' : 'Artikel', ...(nummer === '' ? {} : { nummer }), ...(opschrift ? { opschrift } : {}), position: lineSpan(headLine) },
    children,
    ...(datum ? { inwerkingtreding: datum } : {}),
    position,
  }
}

/** A line naming who signs: `de griffier,`, `De griffier, De voorzitter,`, `Burgemeester: …`. */
const SIGNER = /^(?:(?:de|De)\s+)?(?:griffier|voorzitter|burgemeester|secretaris(?:-directeur)?|dijkgraaf|commissaris van de Koning|minister|staatssecretaris|Griffier|Voorzitter|Burgemeester|Secretaris(?:-directeur)?|Dijkgraaf|Minister|Staatssecretaris)\b/u
/** Words of a besluit's own maker or meeting, as a page footer repeats them. */
const ORGAN = /\b(?:Provinciale Staten|[Gg]emeenteraad|[Rr]aad van|[Aa]lgemeen bestuur|[Ww]aterschap|[Gg]emeente|[Pp]rovincie|[Vv]ergadering|[Rr]aadsbesluit|[Ss]tatenbesluit)\b/u

/**
 * The footer of a besluit printed on a page of its own is seen once, so repetition cannot find it: it is the page's
 * last line below the signatures, with no initials of a name (`mr. drs. M.A. Jansen`, `.W.M. van der Linden`), and
 * a number or the name of the maker or its meeting (`Provinciale Staten van Gelderland PS2027-311`,
 * `Algemeen bestuur WDODelta, vergadering 23 maart 2027`).
 */
export function signatureFooters(lines: readonly SourceLine[]): Set<SourceLine> {
  const out = new Set<SourceLine>()
  lines.forEach((l, k) => {
    const next = lines[k + 1]
    if (next !== undefined && !next.pageStart && next.page === l.page) return
    const above = lines.slice(Math.max(0, k - 6), k)
    if (!above.some((a) => SIGNER.test(a.text)) || SIGNER.test(l.text) || /\b\p{Lu}\.|^\.?\p{Lu}\.|[,;:]$|^Bijlage\b|^bijlage\b/u.test(l.text)) return
    if (/\d/u.test(l.text) || ORGAN.test(l.text)) out.add(l)
  })
  return out
}

function readSluiting(paras: readonly Para[]): Sluiting {
  const children: Al[] = []
  const ondertekening: Ondertekenaar[] = []
  for (const p of paras) {
    const m = ONDERTEKENAAR.exec(p.text)
    if (m) ondertekening.push({ functie: capitalize(m[1] as string), naam: (m[2] as string).trim(), position: lineSpan(p.from, p.to) })
    else if (!ondertekening.some((o) => o.naam === p.text)) children.push(toAl(p)) // a repeated name is a signature
  }
  const first = paras[0] as Para
  const last = paras[paras.length - 1] as Para
  return { children, ondertekening, position: lineSpan(first.from, last.to) }
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** `26-02-2026` or `26 februari 2026` → `2026-02-26`. */
export function isoDate(text: string): string | undefined {
  const numeric = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/u.exec(text)
  if (numeric) return `${numeric[3]}-${pad(numeric[2] as string)}-${pad(numeric[1] as string)}`
  const written = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'iu').exec(text)
  if (written) return `${written[3]}-${pad(String(MONTHS.indexOf((written[2] as string).toLowerCase()) + 1))}-${pad(written[1] as string)}`
  return undefined
}

function pad(s: string): string {
  return s.padStart(2, '0')
}

function capitalize(s: string): string {
  const word = s.replace(/^De /u, '')
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function toAl(p: Para): Al {
  return al(p.text, p.from, p.to)
}

/** Lines → paragraphs: a full line without final punctuation continues on a next line that starts in lower case. */
function toParas(lines: readonly SourceLine[], lineWidth: number): Para[] {
  const out: Para[] = []
  let before: SourceLine | undefined
  for (const l of lines) {
    const prev = out[out.length - 1]
    const told = before?.hints?.paragraphEnd
    // A full line without final punctuation goes on in the next when that starts in lower case; a next line with a
    // capital only after a word that cannot end a sentence (`… met de` | `Omgevingswet;`) or inside a marked item
    // (`– de omgevingsvisie … The Next` | `City uit 2018, …`): items without marks may each start with a capital.
    // A PDF that sees no paragraph end after a full line may be wrong where that line ended a sentence and the next
    // starts a part of the besluit (`… vast te stellen;` | `IV. de Omgevingsvisie … in te trekken.`).
    const continues =
      told !== undefined
        ? !told && !(startsPart(l.text) && /[.;:]$/u.test(before?.text ?? ''))
        : before !== undefined &&
          prev !== undefined &&
          before.text.length >= lineWidth * 0.85 &&
          !/[.;:!?]$/u.test(before.text) &&
          (/^\p{Ll}/u.test(l.text) || (!startsPart(l.text) && (OPEN_END.test(before.text) || (MARKED.test(prev.text) && !MARKED.test(l.text)))))
    // A list item numbered by the source (Word's numbering: `1.`, `I.`, `a)`) reads as the text would print it, so
    // beslispunten and numbered considerans items are found as in extracted text.
    const marker = l.hints?.listItem?.marker
    const text = marker !== undefined && !continues ? `${marker} ${l.text}` : l.text
    if (prev && continues) out[out.length - 1] = { text: `${prev.text} ${l.text}`, from: prev.from, to: l.line }
    else out.push({ text, from: l.line, to: l.line })
    before = l
  }
  return out
}

/** `Raadsbesluit`, `BESLUIT`, `Statenbesluit nummer …`: a word that names the besluit. */
const BESLUIT_WORD = /^(?:(?:Raads|Staten|Bestuurs|Aanwijzings)?[Bb]esluit|RAADSBESLUIT|STATENBESLUIT|BESLUIT)\b/u
const ADOPTS = /\b(?:vaststelling|vast te stellen|houdende)\b/iu
/** `Onderwerp: vaststelling …`; in a details block without the colon, also after other labels on its row (`… Agendapunt 9 Onderwerp Vaststelling …`). */
const SUBJECT = /(?:^|\s)(?:Onderwerp|Betreft)(?:\s*:\s*|\s+(?=\p{Lu}))(\S.*)$/u
/** The afkondiging's decision that names the besluit itself: `vast te stellen het Besluit vaststelling …`. */
const NAMED = /^vast te stellen(?: het)?:?\s+(Besluit\s+\S.{5,200}?)\.?$/u
/** A row of a besluit's details block: `Raadsvergadering 26 september 2028 Agendapunt 9 Registratienummer …`. */
const DETAILS = /\b(?:Raadsvergadering|Statenvergadering|Agendapunt|Registratienummer|Zaaknummer|Kenmerk)\b/u
/** A line of the letterhead with a number or reference: `Zaaknummer UH/2025/17730`, `Kenmerk: PS/2026/31`. */
const REFERENCE = /\d[/-]\d|\b(?:nummer|nr\.|kenmerk|zaaknummer|registratienummer)\b|:/iu

/**
 * The besluit's opschrift among the paragraphs above its aanhef (which begins with the maker: `De raad van …,`): the
 * one that says what is adopted (`Besluit … tot vaststelling van …`), else a `Raadsbesluit …` line that names the
 * visie, else the subject (`Onderwerp: vaststelling …`) after the besluit's word, else the first line. What stands
 * above it is letterhead (`GEMEENTE EDE`, `Kenmerk: …`); a short line in capitals below it completes it
 * (`… Omgevingsvisie` | `Groningen`).
 */
function opschriftParas(paras: readonly Para[]): { opschrift: Para; from: number; to: number; generic?: boolean; maker?: string } {
  const at = makerAt(paras)
  // The maker's line first (`De raad van de gemeente Heusden;`): the besluit has no opschrift of its own.
  if (at === 0) return { opschrift: paras[0] as Para, from: 0, to: 0, generic: true, maker: (paras[0] as Para).text }
  // Only the organ's name above the aanhef, as a heading (`PROVINCIALE STATEN VAN GELDERLAND`): the maker, no subject.
  const first = paras[0]
  if (first !== undefined && ORGAN_HEADING.test(first.text) && paras[1] !== undefined && AANHEF.test(paras[1].text)) {
    return { opschrift: first, from: 0, to: 1, generic: true, maker: organName(first.text) }
  }
  // Only `Omgevingsvisie` above the maker's line: a heading that says nothing the besluit does.
  if (at === 1 && first !== undefined && KIND_ONLY.test(first.text)) return { opschrift: first, from: 0, to: 1, generic: true, maker: (paras[1] as Para).text }
  const head = opschriftHead(paras)
  return at >= 0 ? { ...head, maker: (paras[at] as Para).text } : head
}

/** An organ's name alone as a heading: `PROVINCIALE STATEN VAN GELDERLAND`, `Het algemeen bestuur van Waterschap Aa`. */
const ORGAN_HEADING = /^(?:Provinciale Staten|PROVINCIALE STATEN|De (?:gemeente)?raad|DE (?:GEMEENTE)?RAAD|Het algemeen bestuur|HET ALGEMEEN BESTUUR|De verenigde vergadering|DE VERENIGDE VERGADERING)\b[^.,;:]{0,80}$/u

/** An organ's name in capitals as a text would write it: `Provinciale Staten van Gelderland`. */
function organName(text: string): string {
  if (/\p{Ll}/u.test(text)) return text
  return text
    .toLowerCase()
    .split(' ')
    .map((w, k) => (k > 0 && ['van', 'de', 'het', 'en'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
    .replace(/^Het Algemeen Bestuur/u, 'Het algemeen bestuur')
    .replace(/^De Verenigde Vergadering/u, 'De verenigde vergadering')
    .replace(/^De (Gemeente)?raad/u, (m) => m.toLowerCase().replace(/^de/u, 'De'))
}

/** The maker's paragraph that opens the aanhef (see opschriftHead), or -1. */
function makerAt(paras: readonly Para[]): number {
  const aanhef = paras.findIndex((p) => AANHEF.test(p.text))
  const makers = paras.flatMap((p, k) => (MAKER.test(p.text) && (aanhef < 0 || k < aanhef) ? [k] : []))
  return makers.at(-1) ?? paras.findIndex((p) => MAKER.test(p.text))
}

function opschriftHead(paras: readonly Para[]): { opschrift: Para; from: number; to: number; generic?: boolean } {
  const first = paras[0]
  if (first === undefined) return { opschrift: { text: '', from: 1, to: 1 }, from: 0, to: 0 }
  // The aanhef begins with the maker (`De raad van de gemeente X,`); before it may stand a whole raadsvoorstel or
  // Statenvoorstel, whose own lists end in `;` too. Without a maker line, the first line ending in `,`/`;`.
  // A voorstel is signed by its makers too (`Burgemeester en wethouders van Vlieland,`): the aanhef's maker is the last
  // maker line before the considerans or the afkondiging.
  const maker = makerAt(paras)
  let end = maker >= 0 ? maker : paras.findIndex((p) => /[,;]$/u.test(p.text) || startsPart(p.text))
  if (end < 0) end = paras.length
  const top = paras.slice(0, end)
  const word = top.find((p) => BESLUIT_WORD.test(p.text) && p.text.split(' ').length === 1)
  // The opschrift from paragraph k on, with the lines that complete it.
  const extended = (k: number): { opschrift: Para; from: number; to: number } => {
    let opschrift = top[k] as Para
    let to = k + 1
    for (; to < top.length; to++) {
      const next = top[to] as Para
      const open = UNFINISHED.test(opschrift.text)
      // What is adopted on the next line completes the opschrift: a name over two lines (`… van Waterschap` | `Vallei
      // en Veluwe tot vaststelling van de`), a date and number before it (`… van 26 mei 2027,` | `PS2027-311, tot
      // vaststelling van …`); not a labelled line of a letterhead (`Onderwerp: vaststelling …`) nor a details block
      // with a number (`Raadsvergadering … Registratienummer RB-2028-41 Onderwerp Vaststelling …`).
      const adopting = !ADOPTS.test(opschrift.text) && ADOPTS.test(next.text) && !/^[\p{L} ]+:/u.test(next.text) && !DETAILS.test(next.text)
      if (/[.;:]$/u.test(opschrift.text) && !open) break
      // (After a comma, a line in lower case goes on with it: `… Omgevingsvisie Zwijndrecht,` | `versie 2.0`.)
      if (/,$/u.test(opschrift.text) && !open && !adopting && !/^\p{Ll}/u.test(next.text)) break
      // The line right above the maker's belongs to the opschrift it continues (`Vlieland “langzaam meebewegen”`).
      const last = maker >= 0 && to === top.length - 1 && !/[.;:,]$/u.test(opschrift.text) && !REFERENCE.test(next.text)
      const goesOn = /^\p{Ll}/u.test(next.text) || open || last || adopting || (CAPITALISED_PHRASE.test(next.text) && !REFERENCE.test(next.text))
      if (!goesOn) break
      // A name broken at its hyphen (`Toekomstvisie Bodegraven-` | `Reeuwijk`) is one name again.
      const joint = /\p{L}-$/u.test(opschrift.text) && /^\p{Lu}/u.test(next.text) ? '' : ' '
      opschrift = { text: `${opschrift.text}${joint}${next.text}`, from: opschrift.from, to: next.to }
    }
    return { opschrift, from: k, to }
  }
  // The opschrift stands right above the aanhef: of several candidates (a voorstel may name the besluit too), the last.
  const candidates = top.map((p, k) => (BESLUIT_WORD.test(p.text) ? extended(k) : undefined)).reverse()
  const adopts = candidates.find((c) => c !== undefined && ADOPTS.test(c.opschrift.text))
  if (adopts) return adopts
  const names = candidates.find((c) => c !== undefined && /visie/iu.test(c.opschrift.text) && !REFERENCE.test(c.opschrift.text))
  if (names) return names
  // `besluit:` | `vast te stellen het Besluit vaststelling Omgevingsvisie Dongen 2040.`: the decision names the besluit.
  const named = paras.slice(end).map((p) => NAMED.exec(p.text)).find((m) => m !== null)
  if (named && !candidates.some((c) => c !== undefined && c.opschrift.text.split(' ').length > 1)) {
    // The besluit's word and the subject line below it (`Onderwerp: vaststelling …`) stand for it, as below.
    const at = word ? top.indexOf(word) : 0
    const subjectLine = top.findIndex((p) => SUBJECT.test(p.text))
    return { opschrift: { text: (named[1] as string).trim(), from: (top[at] ?? first).from, to: (top[at] ?? first).to }, from: at, to: Math.max(at, subjectLine) + 1 }
  }
  // Only the besluit's kind right above the maker (`Raadsbesluit`), a raadsvoorstel before it (with a subject line of
  // its own): that word heads the besluit.
  // (Also with its maker: `Besluit algemeen bestuur`, a few words that name neither the visie nor what is adopted.)
  // (And the kind with its maker or its number only: `Besluit van het algemeen bestuur`, `Raadsbesluit nr. 2026-041`.)
  const bare = candidates.find(
    (c) =>
      c !== undefined &&
      ((c.opschrift.text.split(' ').length <= 4 && !/visie/iu.test(c.opschrift.text) && !ADOPTS.test(c.opschrift.text) && !/\d/u.test(c.opschrift.text)) ||
        KIND_ONLY.test(c.opschrift.text)),
  )
  if (bare && bare.to === top.length) return { ...bare, generic: true }
  const subject = top.findIndex((p) => SUBJECT.test(p.text) && ADOPTS.test(p.text))
  if (subject >= 0) {
    const p = top[subject] as Para
    // (After the besluit's word the subject goes on in lower case: `Raadsbesluit vaststelling Omgevingsvisie …`.)
    const said = ((SUBJECT.exec(p.text) as RegExpExecArray)[1] as string).replace(/^(?:Vaststelling|Vaststellen|Wijziging|Herziening)\b/u, (w) => w.toLowerCase())
    const text = `${word ? capitalised(word.text) : 'Besluit'} ${said}`
    return { opschrift: { ...p, text }, from: 0, to: subject + 1 }
  }
  if (bare) return { ...bare, generic: true }
  // No line with the besluit's word: a line that says what is adopted (`Vaststelling Omgevingsvisie gemeente Kerkrade
  // 2050` under a Gemeenteblad's masthead) before the first line.
  const subjectOnly = top.findIndex((p) => /^(?:Vaststelling|Besluit tot vaststelling)\b/iu.test(p.text) && /visie/iu.test(p.text) && !REFERENCE.test(p.text))
  if (subjectOnly >= 0) return { ...extended(subjectOnly), from: 0 }
  return { opschrift: first, from: 0, to: 1 }
}

/** The maker's line that opens the aanhef: `De raad van de gemeente Ede,`, `Provinciale Staten van Limburg;` (a hoogheemraadschap's algemeen bestuur: `De verenigde vergadering van …;`). */
const MAKER =
  /^(?:De (?:gemeente)?raad|Provinciale Staten|Gedeputeerde Staten|Het (?:algemeen|dagelijks) bestuur|De verenigde vergadering|Het college|De [Mm]inister|De [Ss]taatssecretaris|Burgemeester en wethouders|De eilandsraad)\b[^.]{0,160}[,;]$/u

/** A heading that names only the besluit's kind, with its maker or its number, or only `Omgevingsvisie`: no subject of its own. */
const KIND_ONLY =
  /^(?:Omgevingsvisie|OMGEVINGSVISIE)$|^(?:Raads|Staten|Bestuurs)?[Bb]esluit(?: van (?:de (?:gemeente)?raad|het (?:algemeen|dagelijks) bestuur|de verenigde vergadering|Provinciale Staten|Gedeputeerde Staten))?(?:,? (?:nr\.?|nummer|no\.?|kenmerk:?) ?[\p{L}\d./-]+)?$/u

/** An opschrift line that cannot end there: `… tot`, `… van de`, `… nr.` (the number follows). */
const UNFINISHED = /\b(?:van|de|het|tot|en|der|den|houdende|inzake|nr\.|no\.|nummer)$/u
/** A short line of names and numbers that completes an opschrift: `Groningen`, `Noord-Brabant 2050`. */
const CAPITALISED_PHRASE = /^[\p{Lu}\d][\p{L}\d’'-]*(?: (?:[\p{Lu}\d&][\p{L}\d’'-]*|en|aan|de|van|op|der|den|'s)){0,4}$/u

function capitalised(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase()
}

/** The first line of the aanhef after the maker: considerans, `gelet op`, `gelezen het voorstel`, the afkondiging. */
const AANHEF = new RegExp(`${OVERWEGENDE.source}|${AFKONDIGING.source}|^(?:gelet|gezien|gelezen|gehoord|Gelet|Gezien|Gelezen|Gehoord)\\b`, 'u')

/** A line that cannot end a sentence: it ends in an article, preposition or conjunction. */
const OPEN_END = /\b(?:de|het|een|van|voor|met|in|op|aan|tot|door|naar|bij|om|en|of|die|dat|der|den)$/u
/** A considerans item with its own mark: `– dat …`, `• …`, `a. …`. */
const MARKED = /^(?:[•·▪–—*-]\s|\(?[a-z\d]{1,2}[.)]\s)/u

function startsPart(text: string): boolean {
  return [OVERWEGENDE, AFKONDIGING, ARTIKEL, BESLISPUNT, SLUITING].some((re) => re.test(text)) || /^(?:[•·▪–—*-]\s|\(?[a-z\d]{1,2}[.)]\s)|^(?:gelet|gezien|gelezen|gehoord)\b/iu.test(text)
}

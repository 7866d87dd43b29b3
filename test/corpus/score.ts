/**
 * Scores the text reader on the corpus (test/corpus/README.md): per document and extraction (`raw.txt`,
 * `layout.txt`), the numbered headings of the visie with exact nummer, opschrift and level, the GIO identifiers,
 * page furniture left in the text, list items and the besluit's artikelen, against `truth.json`.
 * Used by corpus.test.ts and by `npx tsx scripts/corpus-score.ts` (a table for people).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, Divisie, Document, Finding, Inline, Structuur } from '../../src/model/index.js'
import { isBlocking } from '../../src/model/index.js'
import { readSourceBytes } from '../../src/parse/read-source.js'
import { repoRoot } from '../support/shared.js'

export interface Truth {
  readonly set: 'dev' | 'holdout'
  readonly bron: string
  readonly bevoegdGezag: string
  readonly besluit: { readonly opschrift: string; readonly artikelen: readonly string[]; readonly inwerkingtreding: string | null }
  readonly visie: {
    readonly opschrift: string
    readonly koppen: readonly { readonly nummer: string; readonly opschrift: string; readonly niveau: number }[]
    readonly lijstitems: number
    readonly tabellen: number
    readonly bijlagen: readonly { readonly nummer: string; readonly opschrift: string }[]
  }
  readonly gios: readonly { readonly naam: string; readonly identificatie: string }[]
  readonly meubilair: readonly string[]
  /** A document the LVBB cannot accept as it stands: the blocking codes a build must give, and why. */
  readonly levering?: { readonly blokkerend: readonly string[]; readonly reden: string }
}

export interface Score {
  readonly id: string
  readonly extractie: Extractie
  readonly set: 'dev' | 'holdout'
  readonly koppen: { readonly goed: number; readonly totaal: number; readonly extra: number; readonly gemist: readonly string[] }
  readonly gios: { readonly goed: number; readonly totaal: number; readonly gemist: readonly string[] }
  readonly meubilair: readonly string[]
  readonly lijstitems: { readonly gevonden: number; readonly verwacht: number }
  /** Tables (`Tabel`) in the visie's body and bijlagen; the GIO table is a Begrippenlijst and not counted. */
  readonly tabellen: { readonly gevonden: number; readonly verwacht: number }
  /** The besluit's and the visie's opschrift as read and as the truth has them (compared with spaces normalised). */
  readonly opschriften: { readonly besluit: { readonly gevonden: string; readonly verwacht: string }; readonly visie: { readonly gevonden: string; readonly verwacht: string } }
  readonly artikelen: { readonly gevonden: readonly string[]; readonly verwacht: readonly string[] }
  readonly bijlagen: { readonly gevonden: readonly string[]; readonly verwacht: readonly string[] }
  readonly blokkerend: readonly string[]
}

/** Which form of a corpus document was read: an extraction of document.pdf, or the PDF or DOCX itself. */
export type Extractie = 'raw' | 'layout' | 'plain' | 'pdf' | 'docx'

export const corpusDir = join(repoRoot, 'test', 'corpus')

/** The corpus documents of a set in `base` (`VISIE_CORPUS=holdout|all` in the environment selects others than dev). */
export function corpusDocuments(set: 'dev' | 'holdout' | 'all', base: string = corpusDir): { id: string; dir: string; truth: Truth }[] {
  if (!existsSync(base)) return []
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'truth.json')))
    .map((d) => ({ id: d.name, dir: join(base, d.name), truth: JSON.parse(readFileSync(join(base, d.name, 'truth.json'), 'utf8')) as Truth }))
    .filter((d) => set === 'all' || d.truth.set === set)
    .sort((a, b) => a.id.localeCompare(b.id))
}

export function scoreDocument(id: string, dir: string, truth: Truth, extractie: 'raw' | 'layout' | 'plain'): Score {
  const file = `${extractie}.txt`
  const bytes = readFileSync(join(dir, file))
  const { document, findings } = readSourceBytes(bytes, { file })
  return scoreRead(id, truth, extractie, document, findings)
}

/** Scores a document read by any reader (the PDF and DOCX corpus tests read `document.pdf` / `bron.docx` themselves). */
export function scoreRead(id: string, truth: Truth, extractie: Score['extractie'], document: Document, findings: readonly Finding[]): Score {
  const koppen = headings(document)
  const key = (k: { nummer: string; opschrift: string; niveau: number }): string => `${k.nummer}|${k.opschrift}|${k.niveau}`
  const found = new Map<string, number>()
  for (const k of koppen) found.set(key(k), (found.get(key(k)) ?? 0) + 1)
  const gemist: string[] = []
  let goed = 0
  for (const k of truth.visie.koppen) {
    const n = found.get(key(k)) ?? 0
    if (n > 0) {
      goed++
      found.set(key(k), n - 1)
    } else gemist.push(`${k.nummer} ${k.opschrift} (niveau ${k.niveau})`)
  }
  const extra = [...found.values()].reduce((a, b) => a + b, 0)
  const gios = new Set(document.informatieobjecten.map((io) => `${io.naam}|${io.expression}`))
  const gioGemist = truth.gios.filter((g) => !gios.has(`${g.naam}|${g.identificatie}`)).map((g) => `${g.naam} ${g.identificatie}`)
  const texts = allTexts(document)
  const meubilair = truth.meubilair.flatMap((re) => {
    const r = new RegExp(re, 'mu')
    return texts.filter((t) => r.test(t)).map((t) => `/${re}/ in "${t.slice(0, 80)}"`)
  })
  const bijlagen = document.besluit.wijzigBijlage.regeling.bijlagen.map((b) => `${b.kop.nummer ?? ''} ${b.kop.opschrift ?? ''}`.trim())
  return {
    id,
    extractie,
    set: truth.set,
    koppen: { goed, totaal: truth.visie.koppen.length, extra, gemist },
    gios: { goed: truth.gios.length - gioGemist.length, totaal: truth.gios.length, gemist: gioGemist },
    meubilair,
    lijstitems: { gevonden: countItems(document.besluit.wijzigBijlage.regeling.lichaam), verwacht: truth.visie.lijstitems },
    tabellen: { gevonden: countTables(document), verwacht: truth.visie.tabellen },
    opschriften: {
      besluit: { gevonden: squash(document.besluit.opschrift), verwacht: squash(truth.besluit.opschrift) },
      visie: { gevonden: squash(document.besluit.wijzigBijlage.regeling.opschrift), verwacht: squash(truth.visie.opschrift) },
    },
    artikelen: { gevonden: document.besluit.artikelen.map((a) => a.kop.nummer ?? ''), verwacht: truth.besluit.artikelen },
    bijlagen: { gevonden: bijlagen, verwacht: truth.visie.bijlagen.map((b) => `${b.nummer} ${b.opschrift}`.trim()) },
    blokkerend: findings.filter(isBlocking).map((f) => `${f.code} r${f.source?.line ?? '?'}: ${f.message.slice(0, 100)}`),
  }
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** The numbered headings of the visie's lichaam with their depth. */
export function headings(document: Document): { nummer: string; opschrift: string; niveau: number }[] {
  const out: { nummer: string; opschrift: string; niveau: number }[] = []
  const walk = (nodes: readonly Structuur[], depth: number): void => {
    for (const n of nodes) {
      if (n.type !== 'divisie') continue
      if (n.kop.nummer !== undefined) out.push({ nummer: n.kop.nummer, opschrift: n.kop.opschrift ?? '', niveau: depth })
      walk((n as Divisie).children, depth + 1)
    }
  }
  walk(document.besluit.wijzigBijlage.regeling.lichaam, 1)
  return out
}

function countItems(nodes: readonly Structuur[]): number {
  let n = 0
  const block = (b: Block): void => {
    if (b.type !== 'lijst') return
    for (const li of b.children) {
      n++
      for (const c of li.children) if (c.type === 'lijst') block(c)
    }
  }
  for (const s of nodes) {
    if (s.type === 'divisie') n += countItems(s.children)
    else s.children.forEach(block)
  }
  return n
}

function countTables(document: Document): number {
  let n = 0
  const walk = (nodes: readonly Structuur[]): void => {
    for (const s of nodes) {
      if (s.type === 'divisie') walk(s.children)
      else n += s.children.filter((b) => b.type === 'tabel').length
    }
  }
  const r = document.besluit.wijzigBijlage.regeling
  walk(r.lichaam)
  for (const b of r.bijlagen) walk(b.children)
  return n
}

/**
 * Every text of the model a reader sees: koppen, paragraphs, list items, table cells, terms, opschriften; not the
 * visie's title, which may read as its running header (`Omgevingsvisie provincie Utrecht`) and is scored apart.
 */
function allTexts(document: Document): string[] {
  const out: string[] = []
  const inl = (list: readonly Inline[]): string =>
    list.map((i) => (i.type === 'opmaak' ? inl(i.children) : i.type === 'extIoRef' ? i.ref : i.type === 'noot' ? ` ${i.children.map((a) => inl(a.children)).join(' ')}` : i.value)).join('')
  const block = (b: Block): void => {
    if (b.type === 'al' || b.type === 'tussenkop') out.push(inl(b.children))
    else if (b.type === 'lijst') for (const li of b.children) for (const c of li.children) c.type === 'al' ? out.push(inl(c.children)) : block(c)
    else if (b.type === 'tabel') for (const r of [...b.kop, ...b.rijen]) for (const c of r.cellen) for (const a of c.children) out.push(inl(a.children))
    else if (b.type === 'begrippenlijst') for (const g of b.children) out.push(inl(g.term))
    else if (b.type === 'figuur') out.push(b.titel)
  }
  const structuur = (nodes: readonly Structuur[]): void => {
    for (const n of nodes) {
      if (n.kop) out.push([n.kop.nummer, n.kop.opschrift].filter(Boolean).join(' '))
      if (n.type === 'divisie') structuur(n.children)
      else n.children.forEach(block)
    }
  }
  const r = document.besluit.wijzigBijlage.regeling
  structuur(r.lichaam)
  for (const b of r.bijlagen) {
    out.push(b.kop.opschrift ?? '')
    structuur(b.children)
  }
  const besluit = document.besluit
  for (const a of [...besluit.aanhef.children, ...besluit.aanhef.afkondiging, ...besluit.artikelen.flatMap((x) => x.children), ...(besluit.sluiting?.children ?? [])]) out.push(inl(a.children))
  return out
}

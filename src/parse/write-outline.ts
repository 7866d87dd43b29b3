/**
 * Document → outline: one line per node, indented by depth, with the source lines at the end (`@12-15`).
 * Paragraph text is shortened to its start and end, so paragraph boundaries can be reviewed against the source.
 * List items show their LiNummer (`li 3.:`), tables their size and one line per row (cells split by ` | `);
 * emphasis is shown as its text.
 */
import type { Al, Block, Bijlage, Document, Inline, Kop, Lijst, Rij, Span, Structuur, Tabel } from '../model/index.js'
import { superscriptDigits } from './noten.js'

export function writeOutline(document: Document): string {
  const out: string[] = []
  const emit = (depth: number, text: string, position?: Span): void => {
    out.push(`${'  '.repeat(depth)}${text}${position ? `  @${lines(position)}` : ''}`)
  }
  const b = document.besluit
  emit(0, `besluit: ${b.opschrift}`, b.position)
  emit(1, 'aanhef', b.aanhef.position)
  for (const a of b.aanhef.children) emitAl(emit, 2, a)
  if (b.aanhef.considerans) {
    const c = b.aanhef.considerans
    emit(2, 'considerans', c.position)
    for (const a of c.aanhef) emitAl(emit, 3, a)
    if (c.lijst) emitBlock(emit, 3, c.lijst)
  }
  emit(2, 'afkondiging')
  for (const a of b.aanhef.afkondiging) emitAl(emit, 3, a)
  for (const art of b.artikelen) {
    const extra = [art.soort, art.inwerkingtreding ? `inwerkingtreding ${art.inwerkingtreding}` : ''].filter(Boolean).join(', ')
    emit(1, `artikel ${kop(art.kop)} (${extra})`, art.position)
    for (const a of art.children) emitAl(emit, 2, a)
  }
  if (b.sluiting) {
    emit(1, 'sluiting', b.sluiting.position)
    for (const a of b.sluiting.children) emitAl(emit, 2, a)
    for (const o of b.sluiting.ondertekening) emit(2, `ondertekening: ${o.functie}: ${o.naam}`, o.position)
  }
  const w = b.wijzigBijlage
  emit(1, `wijzigbijlage ${kop(w.kop)}`, w.kop.position)
  emit(2, `regeling: ${w.regeling.opschrift}`, w.regeling.position)
  for (const s of w.regeling.lichaam) emitStructuur(emit, 3, s)
  for (const bijlage of w.regeling.bijlagen) emitBijlage(emit, 3, bijlage)
  emit(0, `informatieobjecten (${document.informatieobjecten.length})`)
  for (const io of document.informatieobjecten) emit(1, `${io.naam} = ${io.expression}`, io.position)
  return `${out.join('\n')}\n`
}

type Emit = (depth: number, text: string, position?: Span) => void

function emitBijlage(emit: Emit, depth: number, bijlage: Bijlage): void {
  emit(depth, `bijlage ${kop(bijlage.kop)}`, bijlage.position)
  for (const s of bijlage.children) emitStructuur(emit, depth + 1, s)
}

function emitStructuur(emit: Emit, depth: number, s: Structuur): void {
  if (s.type === 'divisie') {
    emit(depth, `divisie ${kop(s.kop)}`, s.position)
    for (const c of s.children) emitStructuur(emit, depth + 1, c)
    return
  }
  emit(depth, s.kop ? `divisietekst ${kop(s.kop)}` : 'divisietekst', s.position)
  for (const b of s.children) emitBlock(emit, depth + 1, b)
}

function emitBlock(emit: Emit, depth: number, b: Block): void {
  switch (b.type) {
    case 'al':
      return emitAl(emit, depth, b)
    case 'lijst':
      return emitLijst(emit, depth, b)
    case 'tabel':
      return emitTabel(emit, depth, b)
    case 'begrippenlijst':
      emit(depth, `begrippenlijst (${b.children.length})`, b.position)
      for (const g of b.children) emit(depth + 1, `begrip: ${inline(g.term)} = ${g.definitie.map((d) => inline(d.children)).join(' ')}`, g.position)
      return
    case 'figuur':
      return emit(depth, `figuur: ${b.titel}`, b.position)
    case 'tussenkop':
      return emit(depth, `tussenkop: ${inline(b.children)}`, b.position)
  }
}

function emitLijst(emit: Emit, depth: number, l: Lijst): void {
  emit(depth, `lijst ${l.lijsttype} (${l.children.length})`, l.position)
  for (const li of l.children) {
    const label = li.nummer !== undefined ? `li ${li.nummer}` : 'li'
    for (const c of li.children) c.type === 'al' ? emitAl(emit, depth + 1, c, label) : emitLijst(emit, depth + 1, c)
  }
}

function emitTabel(emit: Emit, depth: number, t: Tabel): void {
  emit(depth, `tabel ${t.kolommen} kolommen, ${t.kop.length} koprij(en), ${t.rijen.length} rij(en)${t.titel ? `: ${t.titel}` : ''}`, t.position)
  const row = (label: string, r: Rij): void => {
    const cells = r.cellen.map((c) => `${c.children.map((a) => inline(a.children).replace(/\|/gu, '\\|')).join(' ')}${(c.kolommen ?? 1) > 1 ? ` (${c.kolommen} kolommen)` : ''}`)
    emit(depth + 1, `${label}: ${shorten(cells.join(' | '))}`, r.position)
  }
  for (const r of t.kop) row('kop', r)
  for (const r of t.rijen) row('rij', r)
}

function emitAl(emit: Emit, depth: number, a: Al, label = 'al'): void {
  emit(depth, `${label}: ${shorten(inline(a.children))}`, a.position)
  for (const c of a.children) if (c.type === 'noot') emit(depth + 1, `noot ${c.nummer}: ${shorten(c.children.map((x) => inline(x.children)).join(' '))}`, c.position)
}

function inline(children: readonly Inline[]): string {
  return children
    .map((c) => {
      switch (c.type) {
        case 'text':
          return c.value
        case 'intRef':
          return `[${c.value} → ${c.target}]`
        case 'extIoRef':
          return `<${c.ref}>`
        case 'intIoRef':
          return `[${c.value} → gio ${c.gio}]`
        case 'opmaak':
          return inline(c.children)
        case 'noot':
          return superscriptDigits(c.nummer)
      }
    })
    .join('')
}

function kop(k: Kop): string {
  return [k.label, k.nummer, k.opschrift ? `"${k.opschrift}"` : undefined].filter((x) => x !== undefined && x !== '').join(' ')
}

function shorten(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 60)} … ${text.slice(-25)}`
}

function lines(p: Span): string {
  const from = p.start.line
  const to = p.end.line - 1
  return from === to ? String(from) : `${from}-${to}`
}

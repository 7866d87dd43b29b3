/**
 * The eId/wId walk (stop-lvbb.md §3.2): copies the Document with `eId`/`wId` set on every Identified
 * node and collects what the resolvers need (numbered targets per scope, ExtIoRef wIds per expression).
 * Scopes: the besluit part and the regeling component are numbered separately (STOP0020/0021/0028).
 */
import type {
  Aanhef, Artikel, Begrip, Begrippenlijst, Besluit, Bijlage, Block, Divisie, Divisietekst, Document, Figuur,
  Finding, Inline, Li, Lijst, RegelingVrijetekst, Rij, Sluiting, Span, Structuur, Tabel,
} from '../model/index.js'
import { aknPrefix, PartAllocator, relativeNummer, type AknPrefix } from './ewid.js'

export interface IdIndex {
  /** `artikel:II`, `bijlage:A`, `divisie:4.4.1`, `bijlage:I` → eId, per scope. */
  readonly targets: { readonly besluit: Map<string, string>; readonly regeling: Map<string, string> }
  /** ExtIoRef expression (`@ref`) → wId of its first ExtIoRef. */
  readonly extIoRefWId: Map<string, string>
}

interface Walk {
  readonly wIdPrefix: string
  readonly file: string
  readonly index: IdIndex
  readonly findings: Finding[]
}

type WithIds<T> = T & { readonly eId: string; readonly wId: string }

export function assignAll(
  document: Document, wIdPrefix: string,
): { document: Document; index: IdIndex; findings: Finding[] } {
  const w: Walk = {
    wIdPrefix,
    file: document.file,
    index: { targets: { besluit: new Map(), regeling: new Map() }, extIoRefWId: new Map() },
    findings: [],
  }
  const besluit = walkBesluit(document.besluit, w)
  return { document: { ...document, besluit }, index: w.index, findings: w.findings }
}

function ids<T extends object>(node: T, at: PartAllocator, prefix: AknPrefix, w: Walk, nummer?: string): WithIds<T> {
  const { eId, duplicate } = at.next(prefix, nummer)
  if (duplicate) report(w, node as { position?: Span }, eId, nummer ?? '')
  return { ...node, eId, wId: w.wIdPrefix + eId }
}

function report(w: Walk, node: { position?: Span }, eId: string, nummer: string): void {
  const line = node.position?.start.line
  w.findings.push({
    code: 'VISIE-301',
    severity: 'waarschuwing',
    layer: 'bron',
    message: `Het nummer ${nummer} komt twee keer voor op hetzelfde niveau${line ? ` (regel ${line})` : ''}; eId ${eId} gekozen. Controleer de nummering van de koppen.`,
    data: { nummer, eId },
    ...(line ? { source: { file: w.file, line } } : {}),
  })
}

function walkBesluit(b: Besluit, w: Walk): Besluit {
  const top = new PartAllocator('')
  const targets = w.index.targets.besluit
  const aanhef = walkAanhef(b.aanhef, w)
  const artikelen = b.artikelen.map((a): Artikel => {
    const out = ids(a, top, aknPrefix.Artikel, w, a.kop.nummer)
    if (a.kop.nummer) targets.set(`artikel:${a.kop.nummer}`, out.eId)
    const inner = new PartAllocator(out.eId)
    return { ...out, children: out.children.map((al) => ({ ...al, children: inlines(al.children, inner, w) })) }
  })
  const sluiting: Sluiting | undefined = b.sluiting
    ? { ...b.sluiting, eId: aknPrefix.Sluiting, wId: w.wIdPrefix + aknPrefix.Sluiting }
    : undefined
  const wb = ids(b.wijzigBijlage, top, aknPrefix.WijzigBijlage, w, b.wijzigBijlage.kop.nummer)
  if (wb.kop.nummer) targets.set(`bijlage:${wb.kop.nummer}`, wb.eId)
  const wijzigBijlage = { ...wb, regeling: walkRegeling(wb.regeling, w) }
  return { ...b, aanhef, artikelen, ...(sluiting ? { sluiting } : {}), wijzigBijlage }
}

function walkAanhef(a: Aanhef, w: Walk): Aanhef {
  const eId = aknPrefix.Aanhef
  const at = new PartAllocator(eId)
  const c = a.considerans
  return {
    ...a,
    eId,
    wId: w.wIdPrefix + eId,
    ...(c ? { considerans: { ...c, ...(c.lijst ? { lijst: walkLijst(c.lijst, at, w) } : {}) } } : {}),
  }
}

function walkRegeling(r: RegelingVrijetekst, w: Walk): RegelingVrijetekst {
  const top = new PartAllocator('')
  const lichaam = r.lichaam.map((s) => walkStructuur(s, top, undefined, w))
  const bijlagen = r.bijlagen.map((b): Bijlage => {
    const out = ids(b, top, aknPrefix.Bijlage, w, b.kop.nummer)
    if (b.kop.nummer) w.index.targets.regeling.set(`bijlage:${b.kop.nummer}`, out.eId)
    const inner = new PartAllocator(out.eId)
    return { ...out, children: out.children.map((s) => walkStructuur(s, inner, undefined, w)) }
  })
  return { ...r, lichaam, bijlagen }
}

function walkStructuur(s: Structuur, at: PartAllocator, parentNummer: string | undefined, w: Walk): Structuur {
  if (s.type === 'divisietekst') return walkDivisietekst(s, at, w)
  const nummer = s.kop.nummer
  const out = ids(s, at, aknPrefix.Divisie, w, nummer === undefined ? undefined : relativeNummer(nummer, parentNummer))
  if (nummer) w.index.targets.regeling.set(`divisie:${nummer.replace(/\.+$/, '')}`, out.eId)
  const inner = new PartAllocator(out.eId)
  const children = out.children.map((c) => walkStructuur(c, inner, nummer ?? parentNummer, w) as Divisie | Divisietekst)
  return { ...out, children }
}

function walkDivisietekst(d: Divisietekst, at: PartAllocator, w: Walk): Divisietekst {
  // Run-in headings have no number (an ordinal); numbered ones (Bijlage IV `1: Hoofdstad van Drenthe`) use it.
  const out = ids(d, at, aknPrefix.Divisietekst, w, d.kop?.nummer)
  const inner = new PartAllocator(out.eId)
  return { ...out, children: out.children.map((b) => walkBlock(b, inner, w)) }
}

function walkBlock(b: Block, at: PartAllocator, w: Walk): Block {
  switch (b.type) {
    case 'al':
      return { ...b, children: inlines(b.children, at, w) }
    case 'tussenkop':
      return { ...b, children: inlines(b.children, at, w) }
    case 'lijst':
      return walkLijst(b, at, w)
    case 'begrippenlijst':
      return walkBegrippenlijst(b, at, w)
    case 'figuur':
      return ids<Figuur>(b, at, aknPrefix.Figuur, w)
    case 'tabel':
      return walkTabel(b, at, w)
  }
}

function walkTabel(t: Tabel, at: PartAllocator, w: Walk): Tabel {
  const out = ids(t, at, aknPrefix.Tabel, w)
  const inner = new PartAllocator(out.eId)
  const rows = (list: readonly Rij[]): Rij[] =>
    list.map((r) => ({ ...r, cellen: r.cellen.map((c) => ({ ...c, children: c.children.map((a) => ({ ...a, children: inlines(a.children, inner, w) })) })) }))
  return { ...out, kop: rows(out.kop), rijen: rows(out.rijen) }
}

function walkLijst(l: Lijst, at: PartAllocator, w: Walk): Lijst {
  const out = ids(l, at, aknPrefix.Lijst, w)
  const items = new PartAllocator(out.eId)
  const children = out.children.map((li): Li => {
    const item = ids(li, items, aknPrefix.Li, w)
    const inner = new PartAllocator(item.eId)
    return {
      ...item,
      children: item.children.map((c) =>
        c.type === 'al' ? { ...c, children: inlines(c.children, inner, w) } : walkLijst(c, inner, w),
      ),
    }
  })
  return { ...out, children }
}

function walkBegrippenlijst(l: Begrippenlijst, at: PartAllocator, w: Walk): Begrippenlijst {
  const out = ids(l, at, aknPrefix.Begrippenlijst, w)
  const items = new PartAllocator(out.eId)
  const children = out.children.map((g): Begrip => {
    const item = ids(g, items, aknPrefix.Begrip, w)
    const inner = new PartAllocator(item.eId)
    return {
      ...item,
      term: inlines(item.term, inner, w),
      definitie: item.definitie.map((al) => ({ ...al, children: inlines(al.children, inner, w) })),
    }
  })
  return { ...out, children }
}

/** ExtIoRef and IntIoRef get `ref_o_<n>` within the nearest eId-carrying ancestor (they share the `ref` counter). */
function inlines(list: readonly Inline[], at: PartAllocator, w: Walk): Inline[] {
  return list.map((i) => {
    if (i.type === 'extIoRef') {
      const out = ids(i, at, aknPrefix.ExtIoRef, w)
      if (!w.index.extIoRefWId.has(out.ref)) w.index.extIoRefWId.set(out.ref, out.wId)
      return out
    }
    if (i.type === 'intIoRef') return ids(i, at, aknPrefix.IntIoRef, w)
    if (i.type === 'opmaak') return { ...i, children: inlines(i.children, at, w) }
    return i
  })
}


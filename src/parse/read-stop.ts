/**
 * readRegelingVrijetekst: a delivered tekst:RegelingVrijetekst (an earlier package's WijzigBijlage, or a DSO
 * download's regeling) → the model's RegelingVrijetekst, keeping every eId/wId as delivered. The reader of the
 * previous version for a wijzigingsbesluit (issue 17). Elements the model has no node for keep their text as Al.
 * Not read: Noot, ExtRef (their text stays), Illustratie sizes beyond what the model holds.
 */
import type {
  Al, Begrip, Begrippenlijst, Bijlage, Block, Cel, Divisie, Divisietekst, Figuur, Inline, Kop, Li, Lijst,
  RegelingVrijetekst, Rij, Structuur, Tabel,
} from '../model/index.js'
import { type XmlElement, child, childrenNamed, elements, textOf } from '../package/xml-tree.js'

export function readRegelingVrijetekst(r: XmlElement): RegelingVrijetekst {
  return {
    type: 'regelingVrijetekst',
    opschrift: textOf(child(r, 'RegelingOpschrift')),
    lichaam: elements(child(r, 'Lichaam') ?? r).flatMap(structuur),
    bijlagen: childrenNamed(r, 'Bijlage').map(bijlage),
  }
}

function ids(e: XmlElement): { eId?: string; wId?: string } {
  return { ...(e.attrs.eId ? { eId: e.attrs.eId } : {}), ...(e.attrs.wId ? { wId: e.attrs.wId } : {}) }
}

export function readKop(k: XmlElement | undefined): Kop {
  const label = child(k, 'Label')
  const nummer = child(k, 'Nummer')
  const opschrift = child(k, 'Opschrift')
  return {
    ...(label ? { label: textOf(label) } : {}),
    ...(nummer ? { nummer: textOf(nummer) } : {}),
    ...(opschrift ? { opschrift: textOf(opschrift) } : {}),
  }
}

function bijlage(b: XmlElement): Bijlage {
  return { type: 'bijlage', ...ids(b), kop: readKop(child(b, 'Kop')), children: elements(b).flatMap(structuur) }
}

function structuur(e: XmlElement): Structuur[] {
  if (e.name === 'Divisie') {
    const d: Divisie = { type: 'divisie', ...ids(e), kop: readKop(child(e, 'Kop')), children: elements(e).flatMap(structuur) }
    return [d]
  }
  if (e.name === 'Divisietekst') {
    const kop = child(e, 'Kop')
    const d: Divisietekst = {
      type: 'divisietekst', ...ids(e), ...(kop ? { kop: readKop(kop) } : {}),
      children: elements(child(e, 'Inhoud') ?? e).flatMap(block),
    }
    return [d]
  }
  return []
}

const blockReaders: Readonly<Record<string, (e: XmlElement) => Block>> = {
  Al: (e) => al(e),
  Tussenkop: (e) => ({ type: 'tussenkop', children: inlines(e) }),
  Lijst: (e) => lijst(e),
  Begrippenlijst: (e): Begrippenlijst => ({ type: 'begrippenlijst', ...ids(e), children: childrenNamed(e, 'Begrip').map(begrip) }),
  Figuur: (e) => figuur(e),
  table: (e) => tabel(e),
}

function block(e: XmlElement): Block[] {
  if (e.name === 'Kop') return []
  const reader = blockReaders[e.name]
  return [reader ? reader(e) : { type: 'al', children: [{ type: 'text', value: textOf(e) }] }]
}

function al(e: XmlElement): Al {
  return { type: 'al', children: inlines(e) }
}

function lijst(e: XmlElement): Lijst {
  const type = e.attrs.type === 'expliciet' ? 'expliciet' : 'ongemarkeerd'
  return {
    type: 'lijst', ...ids(e), lijsttype: type,
    children: childrenNamed(e, 'Li').map((li): Li => {
      const nummer = child(li, 'LiNummer')
      return {
        type: 'li', ...ids(li), ...(nummer ? { nummer: textOf(nummer) } : {}),
        children: elements(li).flatMap((c): (Al | Lijst)[] => (c.name === 'Al' ? [al(c)] : c.name === 'Lijst' ? [lijst(c)] : [])),
      }
    }),
  }
}

function begrip(e: XmlElement): Begrip {
  return {
    type: 'begrip', ...ids(e), term: inlines(child(e, 'Term')),
    definitie: childrenNamed(child(e, 'Definitie'), 'Al').map(al),
  }
}

function figuur(e: XmlElement): Figuur {
  const ill = child(e, 'Illustratie')
  const a = ill?.attrs ?? {}
  const formaat = a.formaat === 'image/jpeg' ? 'image/jpeg' : 'image/png'
  return {
    type: 'figuur', ...ids(e), titel: textOf(child(e, 'Titel')),
    ...(ill ? {
      illustratie: {
        naam: a.naam ?? '', formaat, breedte: Number(a.breedte ?? 0), hoogte: Number(a.hoogte ?? 0), dpi: Number(a.dpi ?? 0),
        ...(a.alt !== undefined ? { alt: a.alt } : {}),
      },
    } : {}),
  }
}

function tabel(e: XmlElement): Tabel {
  const tgroup = child(e, 'tgroup')
  const cols = childrenNamed(tgroup, 'colspec').map((c) => c.attrs.colname ?? '')
  const rows = (section: string): Rij[] => childrenNamed(child(tgroup, section), 'row').map((r) => ({
    cellen: childrenNamed(r, 'entry').map((c): Cel => {
      const span = c.attrs.namest && c.attrs.nameend ? cols.indexOf(c.attrs.nameend) - cols.indexOf(c.attrs.namest) + 1 : 1
      return { children: childrenNamed(c, 'Al').map(al), ...(span > 1 ? { kolommen: span } : {}) }
    }),
  }))
  const title = child(e, 'title')
  return {
    type: 'tabel', ...ids(e), ...(title ? { titel: textOf(title) } : {}),
    kolommen: Number(tgroup?.attrs.cols ?? cols.length), kop: rows('thead'), rijen: rows('tbody'),
  }
}

const OPMAAK = new Set(['b', 'i', 'u', 'sup', 'sub'])

/** Mixed content → inline nodes; text exactly as delivered (xml-tree decodes entities once). */
export function inlines(e: XmlElement | undefined): Inline[] {
  const out: Inline[] = []
  for (const c of e?.children ?? []) {
    if (c.kind === 'text') {
      out.push({ type: 'text', value: c.text })
      continue
    }
    if (c.name === 'ExtIoRef') out.push({ type: 'extIoRef', ...ids(c), ref: c.attrs.ref ?? textOf(c) })
    else if (c.name === 'IntIoRef') out.push({ type: 'intIoRef', ...ids(c), gio: textOf(c), ref: c.attrs.ref ?? '', value: textOf(c) })
    else if (c.name === 'IntRef') out.push({ type: 'intRef', target: `eId:${c.attrs.ref ?? ''}`, ref: c.attrs.ref ?? '', value: textOf(c) })
    else if (OPMAAK.has(c.name)) out.push({ type: 'opmaak', element: c.name as 'b', children: inlines(c) })
    else out.push({ type: 'text', value: textOf(c) })
  }
  return mergeText(out)
}

function mergeText(list: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const i of list) {
    const last = out[out.length - 1]
    if (i.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + i.value }
    else if (!(i.type === 'text' && i.value === '')) out.push(i)
  }
  return out
}

/**
 * The visie as tekst:RegelingVrijetekst (stop-lvbb.md §4): RegelingOpschrift, Lichaam of Divisie/Divisietekst,
 * then the Bijlagen; blocks inside Inhoud (Al, Lijst ongemarkeerd/expliciet with LiNummer, Begrippenlijst, Figuur,
 * Tussenkop, CALS table); Opmaak as b/i/u/sup/sub inside Al, entry and Li (inline.ts).
 */
import type {
  Begrippenlijst, Bijlage, Block, Divisie, Divisietekst, Kop, Lijst, RegelingVrijetekst, Structuur, Rij, Tabel,
} from '../../model/index.js'
import { fixedIds } from '../../ids/index.js'
import { writeFiguur } from './figuur.js'
import { inlineNodes } from './inline.js'
import { idAttrs, type WriteState } from './state.js'
import { el, type El } from './xml.js'

export function writeRegelingVrijetekst(r: RegelingVrijetekst, s: WriteState): El {
  const { config, ids } = s.ctx
  const fixed = fixedIds(config.bevoegdGezag)
  return el('RegelingVrijetekst', { componentnaam: config.werk.componentnaam, wordt: ids.regelingExpression },
    el('RegelingOpschrift', fixed.longTitle, el('Al', {}, r.opschrift)),
    el('Lichaam', fixed.body, r.lichaam.map((c) => structuur(c, s))),
    r.bijlagen.map((b) => bijlage(b, s)),
  )
}

function bijlage(b: Bijlage, s: WriteState): El {
  return el('Bijlage', idAttrs(s, b), writeKop(b.kop), b.children.map((c) => structuur(c, s)))
}

function structuur(c: Structuur, s: WriteState): El {
  return c.type === 'divisie' ? divisie(c, s) : divisietekst(c, s)
}

function divisie(d: Divisie, s: WriteState): El {
  return el('Divisie', idAttrs(s, d), writeKop(d.kop), d.children.map((c) => structuur(c, s)))
}

function divisietekst(d: Divisietekst, s: WriteState): El {
  const blocks = d.children.map((b) => block(b, s))
  return el('Divisietekst', idAttrs(s, d), d.kop ? writeKop(d.kop) : [], blocks.length > 0 ? el('Inhoud', {}, blocks) : [])
}

/** A Kop as STOP orders it: Label before Nummer (`Bijlage I`), or Nummer with Opschrift (`4.2.2 …`). */
export function writeKop(k: Kop): El {
  return el('Kop', {},
    k.label !== undefined ? el('Label', {}, k.label) : [],
    k.nummer !== undefined ? el('Nummer', {}, k.nummer) : [],
    k.opschrift !== undefined ? el('Opschrift', {}, inlineNodes([{ type: 'text', value: k.opschrift }, ...(k.noten ?? [])])) : [],
  )
}

function block(b: Block, s: WriteState): El {
  switch (b.type) {
    case 'al':
      return el('Al', {}, inlineNodes(b.children))
    case 'tussenkop':
      return el('Tussenkop', {}, inlineNodes(b.children))
    case 'lijst':
      return writeLijst(b, s)
    case 'begrippenlijst':
      return begrippenlijst(b, s)
    case 'figuur': {
      const { element, file } = writeFiguur(b, s.ctx, s.findings)
      if (element.name === 'Figuur') idAttrs(s, b)
      if (file) s.images.set(file.path, file)
      return element
    }
    case 'tabel':
      return writeTabel(b, s)
  }
}

/**
 * A Tabel as CALS (`table`/`tgroup`/`colspec`/`thead`/`tbody`/`row`/`entry`): equal column widths, cells as Al,
 * `valign` on thead and tbody (required by imop-tekst.xsd), a spanning cell as namest/nameend.
 */
export function writeTabel(t: Tabel, s: WriteState): El {
  const colname = (i: number): string => `col${i + 1}`
  const row = (r: Rij): El => {
    let at = 0
    return el('row', {}, r.cellen.map((c) => {
      const span = c.kolommen ?? 1
      const attrs = span > 1 ? { namest: colname(at), nameend: colname(at + span - 1) } : { colname: colname(at) }
      at += span
      return el('entry', attrs, c.children.map((a) => el('Al', {}, inlineNodes(a.children))))
    }))
  }
  const colspecs = Array.from({ length: t.kolommen }, (_, i) => el('colspec', { colname: colname(i), colnum: String(i + 1), colwidth: '1*' }))
  return el('table', { ...idAttrs(s, t), frame: 'all', colsep: '1', rowsep: '1' },
    t.titel !== undefined ? el('title', {}, t.titel) : [],
    el('tgroup', { cols: String(t.kolommen), align: 'left' },
      colspecs,
      t.kop.length > 0 ? el('thead', { valign: 'top' }, t.kop.map(row)) : [],
      el('tbody', { valign: 'top' }, t.rijen.map(row)),
    ),
  )
}

/**
 * A Lijst: `expliciet` with the source's own marker as LiNummer in every Li (`a)`, `3.`), `ongemarkeerd` without
 * (STOP0001); a nested Lijst follows its Li's Al.
 */
export function writeLijst(l: Lijst, s: WriteState): El {
  const expliciet = l.lijsttype === 'expliciet'
  return el('Lijst', { ...idAttrs(s, l), type: l.lijsttype },
    l.children.map((li) => el('Li', idAttrs(s, li),
      expliciet && li.nummer !== undefined ? el('LiNummer', {}, li.nummer) : [],
      li.children.map((c) => (c.type === 'al' ? el('Al', {}, inlineNodes(c.children)) : writeLijst(c, s))))),
  )
}

function begrippenlijst(l: Begrippenlijst, s: WriteState): El {
  return el('Begrippenlijst', idAttrs(s, l),
    l.children.map((g) => el('Begrip', idAttrs(s, g),
      el('Term', {}, inlineNodes(g.term)),
      el('Definitie', {}, g.definitie.map((a) => el('Al', {}, inlineNodes(a.children)))),
    )),
  )
}

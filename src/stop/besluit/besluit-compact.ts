/**
 * tekst:BesluitCompact (stop-lvbb.md §2.4): RegelingOpschrift, Aanhef (Al, Considerans with its Lijst,
 * Afkondiging), Lichaam with the WijzigArtikel (Wat + IntRef to the WijzigBijlage) and the other Artikelen,
 * Sluiting with Ondertekening, and the WijzigBijlage holding the RegelingVrijetekst.
 */
import type { Aanhef, Al, Artikel, Besluit, Sluiting } from '../../model/index.js'
import { fixedIds } from '../../ids/index.js'
import { inlineNodes } from './inline.js'
import { writeKop, writeLijst, writeRegelingVrijetekst } from './regeling.js'
import { idAttrs, type WriteState } from './state.js'
import { el, type El, type XmlNode } from './xml.js'

/** `bijlage`: what the WijzigBijlage holds; default the whole regeling (an initial besluit). */
export function writeBesluitCompact(b: Besluit, s: WriteState, bijlage?: El): El {
  const fixed = fixedIds(s.ctx.config.bevoegdGezag)
  const wb = b.wijzigBijlage
  return el('BesluitCompact', {},
    el('RegelingOpschrift', fixed.longTitle, el('Al', {}, b.opschrift)),
    aanhef(b.aanhef, s),
    el('Lichaam', fixed.body, b.artikelen.map((a) => artikel(a, s))),
    b.sluiting ? sluiting(b.sluiting, s) : [],
    el('WijzigBijlage', idAttrs(s, wb), writeKop(wb.kop), bijlage ?? writeRegelingVrijetekst(wb.regeling, s)),
  )
}

function als(list: readonly Al[]): El[] {
  return list.map((a) => el('Al', {}, inlineNodes(a.children)))
}

function aanhef(a: Aanhef, s: WriteState): El {
  const c = a.considerans
  const considerans = c && (c.aanhef.length > 0 || c.lijst)
    ? el('Considerans', {}, als(c.aanhef), c.lijst ? writeLijst(c.lijst, s) : [])
    : []
  return el('Aanhef', idAttrs(s, a),
    als(a.children),
    considerans,
    a.afkondiging.length > 0 ? el('Afkondiging', {}, als(a.afkondiging)) : [],
  )
}

/** Artikel I (`wijzig`) → WijzigArtikel with its text as Wat; the others → Artikel with Inhoud. */
function artikel(a: Artikel, s: WriteState): El {
  if (a.soort === 'wijzig') {
    const wat: XmlNode[] = []
    a.children.forEach((al, i) => {
      if (i > 0) wat.push(' ')
      wat.push(...inlineNodes(al.children))
    })
    return el('WijzigArtikel', idAttrs(s, a), writeKop(a.kop), el('Wat', {}, mergeText(wat)))
  }
  return el('Artikel', idAttrs(s, a), writeKop(a.kop), el('Inhoud', {}, als(a.children)))
}

function sluiting(x: Sluiting, s: WriteState): El {
  return el('Sluiting', idAttrs(s, x),
    als(x.children),
    x.ondertekening.length > 0
      ? el('Ondertekening', {}, x.ondertekening.map((o) => el('Al', {}, o.naam === '' ? o.functie : `${o.functie}: ${o.naam}`)))
      : [],
  )
}

function mergeText(nodes: readonly XmlNode[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n
    else out.push(n)
  }
  return out
}

/**
 * What the Word corpus documents of session 12 (word-docs-s12.ts: w07–w12, word-docs-s12b.ts: w13–w18) are written
 * with: block constructors for render-docx-s12.ts, a GIO maker per bevoegd gezag and date, and the values they share.
 */
import type { Block, Cell, Item, Run } from './render-docx-s12.js'

export const h1 = (text: string): Block => ({ t: 'h', l: 1, text })
export const h2 = (text: string): Block => ({ t: 'h', l: 2, text })
export const h3 = (text: string): Block => ({ t: 'h', l: 3, text })
export const p = (...runs: Run[]): Block => ({ t: 'p', runs })
export const tk = (text: string): Block => ({ t: 'tk', text })
export const art = (text: string): Block => ({ t: 'art', text })
export const bullets = (...items: Item[]): Block => ({ t: 'list', kind: 'bullet', items })
export const letters = (...items: Item[]): Block => ({ t: 'list', kind: 'letter', items })
export const paren = (...items: Item[]): Block => ({ t: 'list', kind: 'paren', items })
export const roman = (...items: Item[]): Block => ({ t: 'list', kind: 'roman', items })

/** A GIO of bevoegd gezag `bg` with expression date `datum`: naam, work name, place and size on the schematic map. */
export const gio = (bg: string, datum: string) => (naam: string, werk: string, at: [number, number], size = 1.5) => ({
  naam,
  identificatie: `/join/id/regdata/${bg}/2026/${werk}/nld@${datum};1`,
  at,
  size,
})

/** soortBestuursorgaan: gemeenteraad, Provinciale Staten, algemeen bestuur. */
export const GEMEENTE = '/tooi/def/thes/kern/c_2a7d8663'
export const PS = '/tooi/def/thes/kern/c_411b4e4a'
export const AB = '/tooi/def/thes/kern/c_70c87e3d'
export const werk = { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' }
export const GELET = 'artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht'

/** Heading markers of the later Word rounds (render-docx-s13.ts): a number typed by hand, one suppressed, a heading
 * by its own outline level; a numbered body paragraph; a line of a typed contents. */
export const typed = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨typed⸩${text}` })
export const nonum = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨nonum⸩${text}` })
export const olvl = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨olvl⸩${text}` })
export const num = (text: string): Block => p(`⸨num⸩${text}`)
export const tocLine = (nr: string, title: string, page: number): Block => p(`⸨toc⸩${nr}⸨tab⸩${title}⸨tab⸩${String(page)}`)
/** A GIO table of three columns with the identifier in the middle one (not counted in tabellen). */
export const gioMiddle = (gios: { naam: string; identificatie: string }[], head: [string, string, string], last: (naam: string) => string): Block => ({
  t: 'table',
  widths: [2400, 3600, 2000],
  rows: [[`⸨gio3⸩${head[0]}`, head[1], head[2]], ...gios.map((g): Cell[] => [g.naam, g.identificatie, last(g.naam)])],
})
/** A gemeente's visie.json values: signed on the day it is adopted. */
export const gemeenteConfig = (datums: { vaststelling: string; bekendmaking: string }, ambtsgebied: string) => ({
  werk,
  datums: { vaststelling: datums.vaststelling, ondertekening: datums.vaststelling, bekendmaking: datums.bekendmaking },
  soortBestuursorgaan: GEMEENTE,
  ambtsgebied,
})

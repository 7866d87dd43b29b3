/**
 * Helpers for the held-out Chromium documents h01–h08: a table of contents with dotted leaders whose page
 * numbers render-html.ts fills in (`fillToc`), signatures in two columns, and a JOIN identifier maker.
 */
import { hex32, type Gio } from '../html-model.js'

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One line of a table of contents: label (number), title, the heading line as it appears in raw.txt, level. */
export type TocRow = [label: string, titel: string, find: string, niveau: number]

/** Dotted leaders are real dots (as word processors write them), cut off by the box. */
const DOTS = ' .'.repeat(90)

export function tocHtml(kop: string, rows: TocRow[]): string {
  return (
    `<div class="toc"><p class="tockop">${esc(kop)}</p>` +
    rows
      .map(
        ([label, titel, find, niveau]) =>
          `<div class="te t${niveau}"><span class="tl">${esc(label)}</span><span class="tt">${esc(titel)}</span>` +
          `<span class="dots">${DOTS}</span><span class="tocpg" data-find="${esc(find)}">00</span></div>`,
      )
      .join('') +
    '</div>'
  )
}

/** CSS for tocHtml: label column, title, leaders filling the rest of the line, right-aligned page number. */
export const TOC_CSS = `
.toc .te { display: flex; align-items: baseline; white-space: nowrap; margin: 0 0 1.2mm; }
.toc .tl { flex: 0 0 auto; min-width: 12mm; }
.toc .tt { flex: 0 0 auto; padding-right: 1mm; }
.toc .dots { flex: 1 1 auto; overflow: hidden; white-space: nowrap; color: #555; }
.toc .tocpg { flex: 0 0 auto; min-width: 7mm; text-align: right; }
.toc .t1 { font-weight: bold; margin-top: 2.5mm; }
.toc .t2 { padding-left: 6mm; }
.toc .t3 { padding-left: 12mm; }
`

/** Two signatures side by side: [role, name] left and right. */
export function handtekeningen(links: [string, string], rechts: [string, string]): string {
  return `<table class="sig"><tr><td>${links[0]}</td><td>${rechts[0]}</td></tr><tr><td class="sn">${links[1]}</td><td class="sn">${rechts[1]}</td></tr></table>`
}

export const SIG_CSS = `
table.sig { width: 100%; margin-top: 6mm; border: 0; }
table.sig td { width: 50%; vertical-align: top; padding: 0; }
table.sig td.sn { padding-top: 16mm; }
`

/** A GIO whose werk name is a readable slug (long ones break inside a narrow cell). */
export const gioSlug = (bg: string, jaar: string, datum: string, versie: string) =>
  (naam: string, slug: string, at: [number, number], r = 0.8): Gio => ({
    naam,
    identificatie: `/join/id/regdata/${bg}/${jaar}/${slug}/nld@${datum};${versie}`,
    at,
    r,
  })

/** A GIO whose werk name is a 32-hex hash of the document and name. */
export const gioHex = (bg: string, jaar: string, datum: string, versie: string, doc: string) =>
  (naam: string, at: [number, number], r = 0.8): Gio => ({
    naam,
    identificatie: `/join/id/regdata/${bg}/${jaar}/${hex32(`${doc} ${naam}`)}/nld@${datum};${versie}`,
    at,
    r,
  })

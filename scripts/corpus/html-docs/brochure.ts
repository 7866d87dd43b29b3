/**
 * Helpers for the designed-brochure holdout documents h176–h178 (session 13): the forms of a visie made in a
 * layout program — a chapter opening with a big coloured number, an intro paragraph in larger type, a sidebar box
 * per chapter ("Wat vinden we belangrijk?" with a list), call-out boxes labelled "Ambitie"/"Opgave", full-width
 * photo placeholders with captions and quotes of inhabitants in large italics. Each document gives its own CSS.
 */
import type { DocBuilder, Item, Marker } from '../html-model.js'

/** A sidebar box: a title line and a list (the list items count as the visie's list items). */
export function kader(d: DocBuilder, titel: string, items: Item[], markers: Marker[], cls = 'kader'): void {
  d.raw(`<div class="${cls}">`)
  d.tk(titel, 'kadertitel')
  d.list(items, markers, 'lst klst')
  d.raw('</div>')
}

/** A coloured call-out box labelled "Ambitie", "Opgave", … with one paragraph. */
export function callout(d: DocBuilder, label: string, tekst: string, cls = 'call'): void {
  d.raw(`<div class="${cls}"><p class="clabel">${label}</p>`)
  d.p(tekst, 'ctext')
  d.raw('</div>')
}

/** A full-width photo placeholder with its caption below. */
export function foto(d: DocBuilder, bijschrift: string, cls = 'foto'): void {
  d.raw(`<div class="${cls}"></div>`)
  d.p(bijschrift, 'cap')
}

/** A quote of an inhabitant in large italics, with who said it. */
export function citaat(d: DocBuilder, tekst: string, wie: string): void {
  d.raw('<div class="quote">')
  d.p(`“${tekst}”`, 'qt')
  d.p(`— ${wie}`, 'qwho')
  d.raw('</div>')
}

/**
 * A pass: a Divisie the text left empty (its table or picture was an image in the PDF, VISIE-104) gets a Figuur when
 * visie.json maps `"<nummer> <opschrift>"` to an image under `afbeeldingen`, so the heading keeps real content instead of
 * an empty Divisie (STOP0058). Without a mapping nothing changes: the reader's finding stands, nothing is invented.
 */
import type { Divisie, Document, RegelingVrijetekst, Structuur } from '../model/index.js'

export function fillFigureSlots(document: Document, afbeeldingen: Readonly<Record<string, string>>): Document {
  const regeling = document.besluit.wijzigBijlage.regeling
  const lichaam = regeling.lichaam.map((s) => fillStructuur(s, afbeeldingen))
  const next: RegelingVrijetekst = { ...regeling, lichaam }
  return { ...document, besluit: { ...document.besluit, wijzigBijlage: { ...document.besluit.wijzigBijlage, regeling: next } } }
}

function fillStructuur(s: Structuur, afbeeldingen: Readonly<Record<string, string>>): Structuur {
  if (s.type !== 'divisie') return s
  if (s.children.length > 0) return { ...s, children: s.children.map((c) => fillStructuur(c, afbeeldingen)) }
  const key = slotKey(s)
  if (key === undefined || afbeeldingen[key] === undefined) return s
  const filled: Divisie = {
    ...s,
    children: [{ type: 'divisietekst', children: [{ type: 'figuur', titel: key, ...(s.kop.position ? { position: s.kop.position } : {}) }] }],
  }
  return filled
}

/** `5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie` */
export function slotKey(d: Divisie): string | undefined {
  const parts = [d.kop.nummer, d.kop.opschrift].filter((p): p is string => Boolean(p))
  return parts.length > 0 ? parts.join(' ') : undefined
}

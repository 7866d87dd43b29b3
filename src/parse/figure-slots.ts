/**
 * A pass: a Divisie the text left empty (its table or picture was an image in the PDF, VISIE-104) gets a Figuur when
 * visie.json maps its heading under `afbeeldingen` — `"<nummer> <opschrift>"` as the text has it, or with an older
 * number after a wijziging renumbered it (model/kop-sleutel: VISIE-918/919/921) — so the heading keeps real content
 * instead of an empty Divisie (STOP0058). Without a mapping nothing changes: the reader's finding stands, nothing is
 * invented. A key that names no figure caption and no empty heading is VISIE-923: the image is not used.
 */
import {
  type Divisie, type Document, type Finding, type RegelingVrijetekst, type Structuur, kopMatchFinding, kopTekst, matchKop,
  parseKopSleutel,
} from '../model/index.js'

export interface FilledSlots {
  readonly document: Document
  readonly findings: readonly Finding[]
  /** The headings filled (`5.2 Strategisch …`, as the text has them) → image file. */
  readonly gevuld: ReadonlyMap<string, string>
}

export function fillFigureSlots(document: Document, afbeeldingen: Readonly<Record<string, string>>, file = ''): FilledSlots {
  const regeling = document.besluit.wijzigBijlage.regeling
  const divisies = regeling.lichaam.flatMap(allDivisies)
  const findings: Finding[] = []
  const fill = new Map<Divisie, string>()
  const captions = new Set(figureTitles(document))
  for (const key of Object.keys(afbeeldingen).sort()) {
    const sleutel = parseKopSleutel(key)
    if (captions.has(key) || !sleutel) continue
    const match = matchKop(sleutel, divisies)
    const finding = kopMatchFinding(match, `afbeeldingen[${JSON.stringify(key)}]`, file, (d) => d.kop.position?.start.line)
    if (finding) findings.push(finding)
    if ('node' in match && match.node.children.length === 0 && !fill.has(match.node)) fill.set(match.node, key)
  }
  const used = new Set(fill.values())
  for (const key of Object.keys(afbeeldingen).sort()) {
    if (captions.has(key) || used.has(key)) continue
    findings.push({
      code: 'VISIE-923', severity: 'waarschuwing', layer: 'bron',
      message: `visie.json afbeeldingen[${JSON.stringify(key)}] noemt geen figuur van de tekst (onderschrift) en geen lege kop (nummer en titel); de afbeelding ${afbeeldingen[key]} wordt niet gebruikt.`,
      data: { sleutel: key, bestand: afbeeldingen[key] ?? '' },
    })
  }
  const lichaam = regeling.lichaam.map((s) => fillStructuur(s, fill))
  const next: RegelingVrijetekst = { ...regeling, lichaam }
  return {
    document: { ...document, besluit: { ...document.besluit, wijzigBijlage: { ...document.besluit.wijzigBijlage, regeling: next } } },
    findings,
    gevuld: new Map([...fill].map(([d, key]) => [kopTekst(d.kop), afbeeldingen[key] ?? ''])),
  }
}

function fillStructuur(s: Structuur, fill: ReadonlyMap<Divisie, string>): Structuur {
  if (s.type !== 'divisie') return s
  if (s.children.length > 0) return { ...s, children: s.children.map((c) => fillStructuur(c, fill)) }
  const key = fill.get(s)
  if (key === undefined) return s
  // The caption is the heading as the text has it now; `afbeelding` keeps the visie.json key when that differs.
  const titel = kopTekst(s.kop)
  const filled: Divisie = {
    ...s,
    children: [{
      type: 'divisietekst',
      children: [{ type: 'figuur', titel, ...(key !== titel ? { afbeelding: key } : {}), ...(s.kop.position ? { position: s.kop.position } : {}) }],
    }],
  }
  return filled
}

function allDivisies(s: Structuur): Divisie[] {
  return s.type === 'divisie' ? [s, ...s.children.flatMap(allDivisies)] : []
}

/** Every figure caption in the document (lichaam and bijlagen). */
function figureTitles(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) for (const c of x) figureTitles(c, out)
  else if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>
    if (o.type === 'figuur' && typeof o.titel === 'string') out.push(o.titel)
    for (const [k, v] of Object.entries(o)) if (k !== 'position' && typeof v === 'object') figureTitles(v, out)
  }
  return out
}

/**
 * The OW annotations of the text (imow-ow.md §4): per STOP wId (vt:Divisie / vt:Divisietekst @wId) the Tekstdelen
 * that point at it, resolved to Hoofdlijnen (soort + naam), thema values, Gebiedsaanwijzingen and Locaties, and
 * linked to a GIO's map where a Locatie's geometry is one of the GIO's basisgeo:ids.
 */
import type { Informatieobject } from './package-view.js'
import { type XmlElement, child, childText, elements, findAll, textOf } from '../package/xml-tree.js'

export interface OwLink {
  readonly label: string
  /** Page anchor of the GIO map this object is drawn on. */
  readonly href?: string
}

export interface OwAnnotation {
  readonly tekstdeel: string
  readonly idealisatie?: string
  readonly hoofdlijnen: readonly OwLink[]
  readonly themas: readonly OwLink[]
  readonly gebiedsaanwijzingen: readonly OwLink[]
  readonly locaties: readonly OwLink[]
}

export interface OwView {
  /** STOP wId → annotations, in OW file order. */
  readonly byWId: ReadonlyMap<string, readonly OwAnnotation[]>
  readonly hoofdlijnen: readonly OwLink[]
  readonly gebiedsaanwijzingen: readonly OwLink[]
  /** OW identificatie → where the page shows that object: the STOP text (wId) or a GIO map (anchor). */
  readonly places: ReadonlyMap<string, OwPlace>
}

export interface OwPlace {
  readonly wId?: string
  readonly gio?: string
}

const OBJECTS = new Set(['Divisie', 'Divisietekst', 'Tekstdeel', 'Hoofdlijn', 'Gebiedsaanwijzing', 'Gebiedengroep', 'Gebied', 'Lijnengroep', 'Lijn', 'Puntengroep', 'Punt', 'Ambtsgebied'])

export function readOw(files: readonly { readonly root: XmlElement }[], ios: readonly Informatieobject[]): OwView {
  const objects = new Map<string, XmlElement>()
  const order: XmlElement[] = []
  for (const f of files) {
    for (const el of findAll(f.root, OBJECTS)) {
      const id = childText(el, 'identificatie')
      if (id) objects.set(id, el)
      order.push(el)
    }
  }
  const gioByGeometry = new Map<string, string>()
  for (const io of ios) for (const l of io.gml?.locaties ?? []) if (l.basisgeoId) gioByGeometry.set(l.basisgeoId, io.anchor)
  const locatieLink = (id: string): OwLink => resolveLocatie(id, objects, gioByGeometry)

  const byWId = new Map<string, OwAnnotation[]>()
  const places = placesOf(objects, locatieLink)
  for (const el of order) {
    if (el.name !== 'Tekstdeel') continue
    const divisie = refs(child(el, 'divisieaanduiding'))[0]
    const wId = divisie ? objects.get(divisie)?.attrs.wId : undefined
    if (!wId) continue
    places.set(childText(el, 'identificatie') ?? '', { wId })
    const list = byWId.get(wId) ?? []
    list.push({
      tekstdeel: childText(el, 'identificatie') ?? '',
      idealisatie: lastSegment(childText(el, 'idealisatie')),
      hoofdlijnen: refs(child(el, 'hoofdlijnaanduiding')).map((id) => hoofdlijnLink(id, objects)),
      themas: elements(el)
        .filter((c) => c.name === 'thema')
        .map((c) => ({ label: lastSegment(textOf(c)) ?? '' })),
      gebiedsaanwijzingen: refs(child(el, 'gebiedsaanwijzing')).map((id) => gebiedsaanwijzingLink(id, objects, locatieLink)),
      locaties: refs(child(el, 'locatieaanduiding')).map(locatieLink),
    })
    byWId.set(wId, list)
  }
  return {
    byWId,
    hoofdlijnen: order.filter((e) => e.name === 'Hoofdlijn').map((e) => hoofdlijnLink(childText(e, 'identificatie') ?? '', objects)),
    gebiedsaanwijzingen: order
      .filter((e) => e.name === 'Gebiedsaanwijzing')
      .map((e) => gebiedsaanwijzingLink(childText(e, 'identificatie') ?? '', objects, locatieLink)),
    places,
  }
}

/** Divisie(tekst) → its wId; Locaties and Gebiedsaanwijzingen → the GIO map their geometry is on. */
function placesOf(objects: ReadonlyMap<string, XmlElement>, locatie: (id: string) => OwLink): Map<string, OwPlace> {
  const places = new Map<string, OwPlace>()
  for (const [id, el] of objects) {
    if (el.attrs.wId) places.set(id, { wId: el.attrs.wId })
    else if (el.name !== 'Tekstdeel' && el.name !== 'Hoofdlijn') {
      const href = el.name === 'Gebiedsaanwijzing' ? gebiedsaanwijzingLink(id, objects, locatie).href : locatie(id).href
      if (href) places.set(id, { gio: href.slice(1) })
    }
  }
  return places
}

/** xlink:href values of the *Ref elements under a wrapper. */
function refs(wrapper: XmlElement | undefined): string[] {
  if (!wrapper) return []
  return findAll(wrapper, new Set(['DivisieRef', 'DivisietekstRef', 'HoofdlijnRef', 'LocatieRef', 'GebiedsaanwijzingRef', 'GebiedRef', 'LijnRef', 'PuntRef', 'GeometrieRef']))
    .map((r) => r.attrs.href ?? '')
    .filter((h) => h !== '')
}

function hoofdlijnLink(id: string, objects: ReadonlyMap<string, XmlElement>): OwLink {
  const el = objects.get(id)
  if (!el) return { label: `${id} (niet gevonden)` }
  const soort = childText(el, 'soort')
  const naam = childText(el, 'naam') ?? id
  return { label: soort ? `${soort}: ${naam}` : naam }
}

function gebiedsaanwijzingLink(id: string, objects: ReadonlyMap<string, XmlElement>, locatie: (id: string) => OwLink): OwLink {
  const el = objects.get(id)
  if (!el) return { label: `${id} (niet gevonden)` }
  const naam = childText(el, 'naam') ?? id
  const soort = [lastSegment(childText(el, 'type')), lastSegment(childText(el, 'groep'))].filter(Boolean).join(', ')
  const where = refs(child(el, 'locatieaanduiding')).map(locatie).find((l) => l.href)
  return { label: soort ? `${naam} (${soort})` : naam, href: where?.href }
}

/** A Locatie's noemer, and the map of the GIO whose geometry it uses (through groups and GeometrieRef). */
function resolveLocatie(id: string, objects: ReadonlyMap<string, XmlElement>, gioByGeometry: ReadonlyMap<string, string>): OwLink {
  const el = objects.get(id)
  if (!el) return { label: id.includes('.ambtsgebied.') ? `ambtsgebied (${id})` : `${id} (niet in het pakket)` }
  const label = childText(el, 'noemer') ?? (el.name === 'Ambtsgebied' ? 'ambtsgebied' : id)
  const seen = new Set<string>()
  const walk = (e: XmlElement): string | undefined => {
    for (const ref of refs(e)) {
      if (seen.has(ref)) continue
      seen.add(ref)
      const gio = gioByGeometry.get(ref)
      if (gio) return gio
      const next = objects.get(ref)
      const found = next ? walk(next) : undefined
      if (found) return found
    }
    return undefined
  }
  const gio = walk(el)
  return { label, href: gio ? `#${gio}` : undefined }
}

/** `http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Natuur` → `Natuur`. */
function lastSegment(uri: string | undefined): string | undefined {
  if (!uri) return undefined
  const i = uri.lastIndexOf('/')
  return i >= 0 ? uri.slice(i + 1) : uri
}

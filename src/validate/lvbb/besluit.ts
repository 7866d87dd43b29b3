/**
 * What the lvbb rules read from the STOP side of a package: the informatieobjecten (AanleveringInformatieObject
 * files with their expression and Bestand/hash), the besluit's informatieobjectRefs and its ExtIoRefs, each with
 * its place. Computed once per view.
 */
import type { XmlElement } from 'libxml2-wasm'
import { perView, type PackageView } from '../view.js'
import { elements, placeOf, text, type Place } from '../xml.js'

export { placeOf, type Place } from '../xml.js'

export interface IoBestand {
  readonly naam: string
  readonly hash: string
  readonly at: Place
  readonly hashAt: Place
}

export interface Informatieobject {
  readonly file: string
  readonly work?: string
  readonly expression?: string
  readonly expressionAt: Place
  readonly publicatieinstructie?: string
  readonly bestanden: readonly IoBestand[]
}

export interface Reference {
  readonly value: string
  /** The element's text (for ExtIoRef: the identifier as printed). */
  readonly content?: string
  readonly at: Place
}

export interface StopSide {
  readonly informatieobjecten: readonly Informatieobject[]
  /** BesluitMetadata/informatieobjectRefs of every besluit in the package. */
  readonly informatieobjectRefs: readonly Reference[]
  /** tekst:ExtIoRef/@ref in every besluit (raw attribute value, untrimmed). */
  readonly extIoRefs: readonly Reference[]
}

export const stopSide: (view: PackageView) => StopSide = perView(read)

function read(view: PackageView): StopSide {
  const informatieobjecten = view.withRole('io').map((file) => readIo(view, file))
  const informatieobjectRefs: Reference[] = []
  const extIoRefs: Reference[] = []
  for (const file of view.withRole('besluit')) {
    const doc = view.xml(file)
    if (!doc) continue
    for (const el of elements(doc, '//data:BesluitMetadata/data:informatieobjectRefs/data:informatieobjectRef')) {
      informatieobjectRefs.push({ value: el.content.trim(), at: placeOf(file, el) })
    }
    for (const el of elements(doc, '//tekst:ExtIoRef')) {
      extIoRefs.push({ value: el.attr('ref')?.value ?? '', content: el.content, at: placeOf(file, el) })
    }
  }
  return { informatieobjecten, informatieobjectRefs, extIoRefs }
}

function readIo(view: PackageView, file: string): Informatieobject {
  const doc = view.xml(file)
  const root = doc?.root
  const exprEl = root ? elements(root, '//data:ExpressionIdentificatie/data:FRBRExpression')[0] : undefined
  const work = root ? text(root, '//data:ExpressionIdentificatie/data:FRBRWork') : undefined
  const bestanden = root
    ? elements(root, '//data:heeftBestanden/data:heeftBestand/data:Bestand').map((b) => {
        const naam = elements(b, 'data:bestandsnaam')[0] ?? b
        const hash = elements(b, 'data:hash')[0] ?? b
        return { naam: naam.content.trim(), hash: hash.content.trim(), at: placeOf(file, naam), hashAt: placeOf(file, hash) }
      })
    : []
  const instructie = root ? text(root, '//data:InformatieObjectMetadata/data:publicatieinstructie') : undefined
  return {
    file,
    ...(work ? { work } : {}),
    ...(exprEl ? { expression: exprEl.content.trim() } : {}),
    expressionAt: exprEl ? placeOf(file, exprEl) : { file, xpath: '/', line: 1 },
    ...(instructie ? { publicatieinstructie: instructie } : {}),
    bestanden,
  }
}

/** Names of the files the package's informatieobjecten name in data:heeftBestanden (GML or PDF). */
export function ioBestanden(view: PackageView): ReadonlySet<string> {
  return new Set(stopSide(view).informatieobjecten.flatMap((io) => io.bestanden.map((b) => b.naam)))
}

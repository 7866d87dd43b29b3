/**
 * The images of a package for LVBB1013/1017/1018 and LVBB4038: entries named like an image, declared image/* in
 * manifest.xml, or whose bytes are an image; each with its format and its manifest line. Computed once per view.
 */
import { manifestEntries, type Listed } from '../manifests.js'
import { perView, type PackageView } from '../view.js'
import { entryHead, entrySize } from '../layer.js'
import { IMAGE_HEAD_BYTES, IMAGE_NAME, imageFormat, type ImageFormat } from './image.js'

export interface Afbeelding {
  readonly name: string
  readonly bytes: Uint8Array
  /** From the bytes; undefined when they are no known image format. */
  readonly format?: ImageFormat
  readonly listed?: Listed
}

export const afbeeldingen: (view: PackageView) => readonly Afbeelding[] = perView((view) => {
  const listed = new Map(manifestEntries(view).map((l) => [l.name, l]))
  return view.names.flatMap((name): Afbeelding[] => {
    const entry = view.file(name)
    if (!entry || entrySize(entry) === 0) return []
    // The format from the entry's first bytes: a large entry (a 95 MB GML) is not read whole to learn it is no image
    // (issue 16 D11: every GML of a package was inflated here once more). The bytes are read when a rule asks.
    const format = imageFormat(entryHead(entry, IMAGE_HEAD_BYTES))
    const l = listed.get(name)
    if (!format && !IMAGE_NAME.test(name) && !l?.contentType?.startsWith('image/')) return []
    return [{ name, get bytes() { return entry.bytes }, ...(format ? { format } : {}), ...(l ? { listed: l } : {}) }]
  })
})

/** Where to point at an image: its manifest.xml line, else the file itself. */
export function placeOfImage(a: Afbeelding): { file: string; xpath?: string; line?: number } {
  return a.listed ? { file: a.listed.file, xpath: a.listed.xpath, line: a.listed.line } : { file: a.name }
}

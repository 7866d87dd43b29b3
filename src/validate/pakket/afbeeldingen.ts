/**
 * The images of a package for LVBB1013/1017/1018 and LVBB4038: entries named like an image, declared image/* in
 * manifest.xml, or whose bytes are an image; each with its format and its manifest line. Computed once per view.
 */
import { manifestEntries, type Listed } from '../manifests.js'
import { perView, type PackageView } from '../view.js'
import { IMAGE_NAME, imageFormat, type ImageFormat } from './image.js'

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
    const bytes = view.file(name)?.bytes
    if (!bytes || bytes.length === 0) return []
    const format = imageFormat(bytes)
    const l = listed.get(name)
    if (!format && !IMAGE_NAME.test(name) && !l?.contentType?.startsWith('image/')) return []
    return [{ name, bytes, ...(format ? { format } : {}), ...(l ? { listed: l } : {}) }]
  })
})

/** Where to point at an image: its manifest.xml line, else the file itself. */
export function placeOfImage(a: Afbeelding): { file: string; xpath?: string; line?: number } {
  return a.listed ? { file: a.listed.file, xpath: a.listed.xpath, line: a.listed.line } : { file: a.name }
}

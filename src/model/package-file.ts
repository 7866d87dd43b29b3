/** A file a writer produced for the package. Writers return these; only src/package writes to disk. */
import type { Span } from './position.js'

export interface PackageFile {
  /** Flat file name in the ZIP, e.g. `GIO-binnenstad.gml`. */
  readonly path: string
  readonly bytes: Uint8Array
  /** manifest.xml contentType: `application/xml`, `application/gml+xml`, `image/png`, `image/jpeg`. */
  readonly contentType: string
  /** True for OW files: listed in manifest-ow.xml as well. */
  readonly ow?: { readonly objecttypen: readonly string[] }
  /** wId / OW identificatie → where the text said it, so findings on this file point back at the source. */
  readonly trace?: ReadonlyMap<string, Span>
}

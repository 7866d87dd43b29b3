/**
 * The contract between the validation runner and its layers (product.md §7). A layer reads a package
 * (made by visie or anything else) and returns findings; it never imports a writer.
 */
import type { Finding, Layer as LayerName } from '../model/index.js'

/** One file of a package, as read from a ZIP or a folder by the pakket layer's reader (src/package/read.ts). */
export interface PackageEntry {
  /** The entry name exactly as in the ZIP (flat; case kept). */
  readonly name: string
  /**
   * The content. A large entry of a ZIP or folder (src/package/read.ts) is not held in memory: each access reads it
   * again from the file, so a layer reads it once per use and lets it go before the next entry; for its length, its
   * first bytes or its hash use entrySize, entryHead and entrySha512, which do not read it.
   */
  readonly bytes: Uint8Array
  /** The byte length, when the reader knows it without holding the bytes. */
  readonly size?: number
  /** The first HEAD_BYTES bytes (or all, when shorter), when the reader kept them. */
  readonly head?: Uint8Array
  /** Lowercase hex SHA-512 of the bytes, when the reader computed it while reading. */
  readonly sha512?: string
  /**
   * The content in chunks, for a large entry that can be read piece by piece (a folder's file through one reused
   * buffer, a ZIP entry inflated as it is read): each chunk is valid until the next is asked for. Absent: `bytes` is
   * the one chunk (see entryChunks).
   */
  readonly chunks?: () => Iterable<Uint8Array>
}

/**
 * Entries from this size on are not held in memory by the package reader (src/package/read.ts), and not parsed just to
 * learn their role (view.ts); smaller ones are.
 */
export const LARGE_ENTRY_BYTES = 4 * 1024 * 1024

/**
 * Packages whose .xml/.gml entries, as the Schematron rules read them, are together larger than this run the
 * Schematron layer in process, not in its worker (schematron/thread.ts). Here, not there, so that the CLI can ask
 * before it loads the validators (thread.ts brings the geo survey and libxml2 with it).
 */
export const IN_WORKER_BYTES = 32 * 1024 * 1024

/** How many first bytes a reader keeps of an entry it does not hold (enough for every head a rule reads). */
export const HEAD_BYTES = 64 * 1024

export function entrySize(entry: PackageEntry): number {
  return entry.size ?? entry.bytes.length
}

/**
 * The content of an entry chunk by chunk: a large entry without holding it whole where the reader can, else its bytes
 * in slices of CHUNK_BYTES (so a scanner's window never copies more than a slice at a time).
 */
export function entryChunks(entry: PackageEntry): Iterable<Uint8Array> {
  return entry.chunks?.() ?? inChunks(entry.bytes)
}

/** Bytes held whole, handed out as the chunks of entryChunks (views, no copies). */
export function* inChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK_BYTES))
}

/** Bytes per chunk when an entry is read or sliced in chunks. */
export const CHUNK_BYTES = 1 << 20

/** The first `n` (≤ HEAD_BYTES) bytes of an entry, without reading a large entry whole. */
export function entryHead(entry: PackageEntry, n: number = HEAD_BYTES): Uint8Array {
  return (entry.head ?? entry.bytes).subarray(0, n)
}

export interface PackageContents {
  /** What the user gave: a .zip path or a folder path. */
  readonly source: string
  /** Entries that passed the reader's safety checks (no traversal, within limits), sorted by name (code units). */
  readonly entries: readonly PackageEntry[]
  /** Problems found while reading (bad ZIP, unsafe names, limits): pakket-layer findings. */
  readonly findings: readonly Finding[]
  /**
   * Names present in the package but not read (too large, ZIP bomb, duplicate), already reported in `findings`;
   * other rules treat them as present so one cause gives one finding. Optional: absent means none.
   */
  readonly skipped?: readonly string[]
}

export interface ValidateContext {
  /** The installed schema set (see src/schemas): XSDs and Schematron. */
  readonly schemasDir: string
  /** wId / OW identificatie → source line, for packages built by visie (absent for foreign packages). */
  readonly trace?: ReadonlyMap<string, { readonly file: string; readonly line: number }>
  /**
   * Today's date (JJJJ-MM-DD) for the rules that need one (LVBB1501 "in de toekomst"). Library code never reads the
   * clock: `visie validate` passes it; without it those rules stay silent (`visie build` stays deterministic).
   */
  readonly vandaag?: string
  /**
   * The STOP/LVBB versions whose schemas and rule files the xsd and Schematron layers use: the versions the package
   * declares, set by the runner (versions.ts). Absent: the defaults (STOP 1.3.0, LVBB 1.2.0). `null`: the declared
   * version is not installed, so STOP/LVBB files are left alone (the runner says so once, VISIE-860).
   */
  readonly versies?: RuleSetVersions | null
  /** True when manifest-ow declares an IMOW version visie has no XSD for (VISIE-862): OW files are left alone. */
  readonly imowNietOndersteund?: boolean
}

/** A STOP version with the LVBB version that goes with it (LVBB 1.2.0 implements STOP 1.3.0, stop-lvbb.md §1). */
export interface RuleSetVersions {
  readonly stop: string
  readonly lvbb: string
}

export const defaultRuleSet: RuleSetVersions = { stop: '1.3.0', lvbb: '1.2.0' }

export interface ValidationLayer {
  readonly name: LayerName
  /** Runs the layer's checks. Must not throw on bad input: problems in the package are findings. */
  readonly run: (pkg: PackageContents, ctx: ValidateContext) => Promise<readonly Finding[]>
}

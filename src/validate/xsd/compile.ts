/**
 * Compiles an installed XSD with libxml2-wasm once per process and keeps it. Imports and includes are read only from
 * the installed set: a libxml2 input provider maps official URLs through the manifest and is active only while
 * compiling, so documents being validated can never load anything (no network, no files).
 */
import { readFileSync } from 'node:fs'
import { XmlDocument, XsdValidator, xmlRegisterInputProvider, type ErrorDetail } from 'libxml2-wasm'
import type { SchemaSet } from '../../schemas/index.js'

/** The set whose files the provider may open; set only during a compile. */
let active: SchemaSet | undefined
let registered = false
const open = new Map<number, { readonly bytes: Uint8Array; pos: number }>()
let nextHandle = 1

function ensureProvider(): void {
  if (registered) return
  registered = true
  xmlRegisterInputProvider({
    match: (url) => active?.resolve(url) !== undefined,
    open: (url) => {
      const path = active?.resolve(url)
      if (path === undefined) return undefined
      try {
        const handle = nextHandle++
        open.set(handle, { bytes: readFileSync(path), pos: 0 })
        return handle
      } catch {
        return undefined
      }
    },
    read: (handle, buf) => {
      const f = open.get(handle)
      if (!f) return -1
      const n = Math.min(buf.byteLength, f.bytes.byteLength - f.pos)
      buf.set(f.bytes.subarray(f.pos, f.pos + n))
      f.pos += n
      return n
    },
    close: (handle) => open.delete(handle),
  })
}

/** Why a schema could not be compiled: not installed, or libxml2's own messages. */
export class SchemaCompileError extends Error {
  constructor(
    readonly schema: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message)
  }
}

const cache = new Map<string, XsdValidator | SchemaCompileError>()

/** The compiled validator for a manifest path in a set; throws SchemaCompileError (also cached). */
export function compiledSchema(set: SchemaSet, manifestPath: string): XsdValidator {
  const file = set.path(manifestPath)
  let entry = cache.get(file)
  if (!entry) {
    entry = compile(set, manifestPath, file)
    cache.set(file, entry)
  }
  if (entry instanceof SchemaCompileError) throw entry
  return entry
}

function compile(set: SchemaSet, manifestPath: string, file: string): XsdValidator | SchemaCompileError {
  const url = set.urlOf(manifestPath)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch {
    return new SchemaCompileError(manifestPath, `${file} is niet geïnstalleerd`)
  }
  ensureProvider()
  active = set
  let doc: XmlDocument | undefined
  try {
    // The official URL as base makes relative includes official URLs too, which the manifest maps back.
    doc = XmlDocument.fromBuffer(bytes, { url: url ?? file })
    return XsdValidator.fromDoc(doc)
  } catch (e) {
    const details = (e as { details?: ErrorDetail[] }).details ?? []
    const text = details.map((d) => d.message.trim()).join('; ') || (e as Error).message
    return new SchemaCompileError(manifestPath, text, details)
  } finally {
    doc?.dispose()
    active = undefined
  }
}

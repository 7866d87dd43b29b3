/** Finds a DOCTYPE in the prolog of a package file (before the root element) without parsing it: line and external ids. */

/** Only the prolog is scanned; a DOCTYPE further on cannot precede the root element of a sensible file. */
const prologBytes = 1 << 16

export interface DoctypeInfo {
  readonly line: number
  /** True when the DOCTYPE or its internal subset names a SYSTEM or PUBLIC identifier (external DTD or entity). */
  readonly external: boolean
}

export function findDoctype(bytes: Uint8Array): DoctypeInfo | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prologBytes))
  const start = head.indexOf('<!DOCTYPE')
  if (start < 0) return undefined
  const rootStart = head.search(/<[A-Za-z_]/)
  if (rootStart >= 0 && rootStart < start) return undefined
  const subsetEnd = head.indexOf(']>', start)
  const declEnd = head.indexOf('>', start)
  const end = subsetEnd >= 0 ? subsetEnd : declEnd >= 0 ? declEnd : head.length
  const decl = head.slice(start, end)
  let line = 1
  for (let i = 0; i < start; i++) if (head.charCodeAt(i) === 10) line++
  return { line, external: /\b(SYSTEM|PUBLIC)\b/.test(decl) }
}

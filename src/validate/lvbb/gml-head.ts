/**
 * The FRBRWork/FRBRExpression of a GIO GML, read from the first 64 kB without parsing the (possibly 100 MB) file:
 * STOP puts them before geo:locaties. Returns the line of each for findings.
 */
const headBytes = 1 << 16

export interface GmlHead {
  readonly work?: { readonly value: string; readonly line: number }
  readonly expression?: { readonly value: string; readonly line: number }
}

export function gmlHead(bytes: Uint8Array): GmlHead {
  const head = new TextDecoder().decode(bytes.subarray(0, headBytes))
  const find = (local: string): { value: string; line: number } | undefined => {
    const m = new RegExp(`<(?:[\\w.-]+:)?${local}>([^<]*)</`).exec(head)
    if (!m) return undefined
    return { value: (m[1] ?? '').trim(), line: head.slice(0, m.index).split('\n').length }
  }
  const work = find('FRBRWork')
  const expression = find('FRBRExpression')
  return { ...(work ? { work } : {}), ...(expression ? { expression } : {}) }
}

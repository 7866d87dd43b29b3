/** A minimal PNG (IHDR + optional tRNS + IEND, 3×2 pixels) for header tests; CRCs are not checked by the reader. */
export function tinyPng(o: { colourType: number; trns?: boolean }): Uint8Array {
  const chunk = (type: string, data: number[]) => [
    ...u32(data.length), ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0,
  ]
  const ihdr = [...u32(3), ...u32(2), 8, o.colourType, 0, 0, 0]
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', ihdr), ...(o.trns ? chunk('tRNS', [0, 0, 0, 0, 0, 0]) : []), ...chunk('IEND', []),
  ])
}

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
}

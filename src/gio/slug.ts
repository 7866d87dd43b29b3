/**
 * File names for GIOs: `GIO-<slug>.gml` / `.xml` with a slug from the Bijlage I naam, limited to the manifest's
 * dtBestandsnaam characters `[0-9A-Za-z._-]` and made unique with `-2`, `-3` … in Bijlage I order.
 */

/** `Natura 2000 gebied` → `natura-2000-gebied`; `Fochteloërveen` → `fochteloerveen`. */
export function slugOf(naam: string): string {
  const s = naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return s === '' ? 'gio' : s.slice(0, 80).replace(/-+$/, '')
}

/** One slug per naam, in the given order; a repeated slug gets the first free `-<n>` suffix. */
export function uniqueSlugs(namen: readonly string[]): string[] {
  const used = new Set<string>()
  return namen.map((naam) => {
    const base = slugOf(naam)
    let slug = base
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
    used.add(slug)
    return slug
  })
}

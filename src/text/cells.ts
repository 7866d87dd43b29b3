/**
 * What the cells of a GIO table say beyond their text, the same for every reader: whether the naam cells carry a line
 * of description below each name.
 */

/**
 * Whether every row's naam cell ends in a line of description below the name (`Greenport Boskoop` | `boomkwekerijlandschap
 * en sierteeltcluster`, set smaller under each name): three rows or more, each with two lines or more in its cell, the
 * last in lower case where the line above ends no title half-way (`Werklocaties … De Geer` | `en Vorstengrafdonk` goes on).
 */
export function descriptionBelow(naam: readonly (readonly string[])[]): boolean {
  const rows = naam.filter((n) => n.length > 0)
  if (rows.length < 3) return false
  return rows.every((n) => {
    const last = n[n.length - 1] as string
    const before = n[n.length - 2]
    return before !== undefined && /^\p{Ll}/u.test(last) && !/^(?:en|of|&)\s/u.test(last) && !/[,\-–]$|\b(?:en|of|van|de|het|der|den|in|op|aan)$/u.test(before)
  })
}

/** The glyphs that mark list items, shared by the block reader, the table finder and the text-pieces joiner. */

/** Glyphs that only mark list items, as a character class. */
export const BULLET_GLYPHS = '[•●▪■□▫◾◽◦○·‣⁃◆◇♦►▶▸▹›»→⇒➔➢➤✓✔❖\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC\\uF0E0]'
/** A list item's bullet glyph. */
export const BULLET = new RegExp(`^(${BULLET_GLYPHS})\\s*(?=\\S)`, 'u')

/**
 * numbering.xml → the labels Word shows before numbered paragraphs, computed as Word does (ECMA-376 Part 1 §17.9):
 * a w:num points at a w:abstractNum and may override start values (w:lvlOverride/w:startOverride); each level has a
 * start, a format (decimal, lowerLetter, upperRoman, bullet, none …) and a text such as "%1.%2.". Counters belong to
 * the abstractNum, so lists that share one continue each other, as in Word; a num with a startOverride restarts the
 * level when it is first used. Numbering a level resets the deeper ones (w:lvlRestart respected).
 */
import { child, childrenNamed, onOff, val, type XmlElement } from './xml.js'

export interface Level {
  readonly start: number
  readonly format: string
  readonly text: string
  /** w:isLgl: every level shown in decimal (legal numbering). */
  readonly legal: boolean
  /** Restart after a level of this number (1-based) or shallower is numbered; 0: never. Default: any shallower. */
  readonly restart?: number
  /** The paragraph style this level is linked to (w:pStyle). */
  readonly style?: string
}

export interface NumberLabel {
  /** The label as shown ("2.1.", "a)"); empty for a bullet or a level with format none. */
  readonly label: string
  readonly bullet: boolean
}

interface Num {
  readonly abstractId: string
  readonly overrides: ReadonlyMap<number, number>
}

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>()
  private readonly nums = new Map<string, Num>()
  private readonly counters = new Map<string, (number | undefined)[]>()
  private readonly overridden = new Set<string>()
  private readonly styleLinks = new Map<string, { numId: string; ilvl: number } | undefined>()

  /**
   * `numberingStyle`: the w:num a numbering style (styles.xml, type numbering) names, for a definition that takes its
   * levels from that style (w:numStyleLink) where no definition in numbering.xml says it is the style's (w:styleLink).
   */
  constructor(root: XmlElement | undefined, numberingStyle: (styleId: string) => string | undefined = () => undefined) {
    // A list style (Word: "Define new list style"): one abstractNum holds the levels and names the style
    // (w:styleLink); the abstractNums that use the style name it too (w:numStyleLink) and have no levels of their own.
    // Numbers through either count on in the levels' abstractNum, as Word counts them.
    const styleLinked = new Map<string, string>()
    const usesStyle = new Map<string, string>()
    for (const a of childrenNamed(root, 'abstractNum')) {
      const id = a.attributes['abstractNumId']
      if (id === undefined) continue
      const link = val(a, 'styleLink')
      if (link !== undefined && !styleLinked.has(link)) styleLinked.set(link, id)
      const uses = val(a, 'numStyleLink')
      if (uses !== undefined) usesStyle.set(id, uses)
      const levels: Level[] = []
      for (const l of childrenNamed(a, 'lvl')) {
        const ilvl = Number(l.attributes['ilvl'] ?? '0')
        if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue
        levels[ilvl] = readLevel(l)
      }
      this.abstracts.set(id, levels)
    }
    const direct = new Map<string, string>()
    for (const n of childrenNamed(root, 'num')) {
      const id = n.attributes['numId']
      const abstractId = val(n, 'abstractNumId')
      if (id !== undefined && abstractId !== undefined) direct.set(id, abstractId)
    }
    const levelsOf = (abstractId: string): string => {
      const style = usesStyle.get(abstractId)
      if (style === undefined) return abstractId
      const target = styleLinked.get(style) ?? direct.get(numberingStyle(style) ?? '')
      return target !== undefined && !usesStyle.has(target) ? target : abstractId
    }
    for (const n of childrenNamed(root, 'num')) {
      const id = n.attributes['numId']
      const named = val(n, 'abstractNumId')
      if (id === undefined || named === undefined) continue
      const abstractId = levelsOf(named)
      const overrides = new Map<number, number>()
      for (const o of childrenNamed(n, 'lvlOverride')) {
        const ilvl = Number(o.attributes['ilvl'] ?? '0')
        const start = val(o, 'startOverride')
        if (start !== undefined) overrides.set(ilvl, Number(start))
        const lvl = child(o, 'lvl')
        if (lvl) {
          // A level redefined in the num itself: kept as an abstract of its own for this num.
          const own = [...(this.abstracts.get(abstractId) ?? [])]
          own[ilvl] = readLevel(lvl)
          this.abstracts.set(`num:${id}`, own)
        }
      }
      this.nums.set(id, { abstractId: this.abstracts.has(`num:${id}`) ? `num:${id}` : abstractId, overrides })
    }
  }

  /** Whether numId names a numbering definition (0 means: numbering switched off). */
  has(numId: string): boolean {
    return this.nums.has(numId) && this.abstracts.has((this.nums.get(numId) as Num).abstractId)
  }

  level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId)
    return num ? this.abstracts.get(num.abstractId)?.[ilvl] : undefined
  }

  /** The level of numId linked to a paragraph style (w:lvl/w:pStyle), for a style that names its numId only. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const num = this.nums.get(numId)
    const levels = num ? this.abstracts.get(num.abstractId) : undefined
    const k = levels?.findIndex((l) => l?.style === styleId) ?? -1
    return k >= 0 ? k : undefined
  }

  /**
   * The numbering of a paragraph style that only numbering.xml links (a level's w:pStyle): the first num of that
   * abstractNum and the level.
   */
  forStyle(styleId: string): { numId: string; ilvl: number } | undefined {
    // Asked for every paragraph without numbering of its own; a document may have a w:num per list (thousands).
    if (this.styleLinks.has(styleId)) return this.styleLinks.get(styleId)
    let found: { numId: string; ilvl: number } | undefined
    for (const [numId, num] of this.nums) {
      const k = this.abstracts.get(num.abstractId)?.findIndex((l) => l?.style === styleId) ?? -1
      if (k >= 0) {
        found = { numId, ilvl: k }
        break
      }
    }
    this.styleLinks.set(styleId, found)
    return found
  }

  /** Counts the paragraph numbered numId/ilvl and returns its label. */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const num = this.nums.get(numId)
    const levels = num ? this.abstracts.get(num.abstractId) : undefined
    const lvl = levels?.[ilvl]
    if (!num || !levels || !lvl) return undefined
    const counters = this.counters.get(num.abstractId) ?? []
    this.counters.set(num.abstractId, counters)
    const overrideKey = `${numId}:${ilvl}`
    const override = num.overrides.get(ilvl)
    if (override !== undefined && !this.overridden.has(overrideKey)) {
      this.overridden.add(overrideKey)
      counters[ilvl] = override - 1
    }
    const current = counters[ilvl]
    counters[ilvl] = current === undefined ? lvl.start : current + 1
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = levels[k]
      const restart = deeper?.restart
      // lvlRestart n: the level restarts after level n (1-based) or a shallower one; 0 never.
      if (restart === 0) continue
      if (restart !== undefined && ilvl + 1 > restart) continue
      counters[k] = undefined
    }
    if (lvl.format === 'bullet') return { label: '', bullet: true }
    const label = lvl.text.replace(/%([1-9])/gu, (_, d: string) => {
      const k = Number(d) - 1
      const l = levels[k]
      if (!l) return ''
      const value = counters[k] ?? l.start
      return formatNumber(value, lvl.legal && k < ilvl ? 'decimal' : l.format)
    })
    return { label: label.trim(), bullet: false }
  }
}

function readLevel(l: XmlElement): Level {
  const restart = val(l, 'lvlRestart')
  const style = val(l, 'pStyle')
  return {
    start: Number(val(l, 'start') ?? '0') || 0,
    format: val(l, 'numFmt') ?? 'decimal',
    text: val(l, 'lvlText') ?? '',
    legal: onOff(l, 'isLgl') ?? false,
    ...(restart !== undefined ? { restart: Number(restart) } : {}),
    ...(style !== undefined ? { style } : {}),
  }
}

/** A counter value in a numFmt (ST_NumberFormat); formats visie does not know are shown in decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return ''
    case 'lowerLetter':
      return letters(n).toLowerCase()
    case 'upperLetter':
      return letters(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'upperRoman':
      return roman(n)
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'ordinal':
      return `${n}e`
    default:
      return String(n)
  }
}

/** Word's letters: a … z, then aa … zz (the letter repeated), not spreadsheet columns. */
function letters(n: number): string {
  if (n <= 0) return ''
  const letter = String.fromCharCode(65 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]

function roman(n: number): string {
  let out = ''
  let rest = Math.max(0, Math.min(n, 3999))
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s
      rest -= v
    }
  }
  return out
}

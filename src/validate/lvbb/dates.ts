/**
 * Calendar arithmetic for the date rules (LVBB1501/1519/1580) on ISO dates (JJJJ-MM-DD), without a clock: day
 * numbers, weekdays, Easter (Gregorian computus) and the general holidays of the Algemene termijnenwet, art. 3.
 */

/** Days since 1970-01-01 for a valid ISO calendar date, else undefined (2021-02-30 and 19-11-2021 are not dates). */
export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined
  return ms / 86_400_000
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easter(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The "algemeen erkende feestdagen" of Algemene termijnenwet art. 3 that can fall on a weekday, by ISO date → name:
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May),
 * Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is not in that list.
 */
export function feestdagen(year: number): ReadonlyMap<string, string> {
  const e = dayNumber(easter(year)) as number
  const king = dayNumber(`${year}-04-27`) as number
  return new Map([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [isoOf(e + 1), 'Tweede Paasdag'],
    [weekday(king) === 0 ? `${year}-04-26` : `${year}-04-27`, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [isoOf(e + 39), 'Hemelvaartsdag'],
    [isoOf(e + 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ])
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** Why `iso` is not a working day ('zaterdag', 'zondag' or the holiday's name), or undefined when it is one. */
export function nonWorkingReason(iso: string): string | undefined {
  const day = dayNumber(iso)
  if (day === undefined) return undefined
  const w = weekday(day)
  if (w === 0) return 'zondag'
  if (w === 6) return 'zaterdag'
  return feestdagen(Number(iso.slice(0, 4))).get(iso)
}

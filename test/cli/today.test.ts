import { describe, expect, it } from 'vitest'
import { amsterdamDate } from '../../src/cli/today.js'

/** ICU's answer for the same instant: the independent reference the computed date must agree with. */
const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

describe('amsterdamDate', () => {
  it('gives the date ICU gives for Europe/Amsterdam around every change of the clock and of the date, 1996–2045', () => {
    const checked: number[] = []
    for (let year = 1996; year <= 2045; year++) {
      for (const month of [0, 2, 5, 9, 11]) {
        for (let day = month === 2 || month === 9 ? 22 : 1; day <= 31; day += month === 2 || month === 9 ? 1 : 10) {
          // Around midnight local time (22:00–00:00 UTC) and the 01:00 UTC switch (the last Sunday is the 25th–31st).
          for (const hour of [0, 1, 21, 22, 23]) {
            for (const minute of [0, 59]) {
              const ms = Date.UTC(year, month, day, hour, minute)
              if (new Date(ms).getUTCMonth() !== month) continue
              expect(amsterdamDate(ms), new Date(ms).toISOString()).toBe(icu.format(ms))
              checked.push(ms)
            }
          }
        }
      }
    }
    expect(checked.length).toBeGreaterThan(10_000)
  })

  it('turns the date at local midnight: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(amsterdamDate(Date.UTC(2026, 0, 10, 22, 59))).toBe('2026-01-10')
    expect(amsterdamDate(Date.UTC(2026, 0, 10, 23, 0))).toBe('2026-01-11')
    expect(amsterdamDate(Date.UTC(2026, 6, 10, 21, 59))).toBe('2026-07-10')
    expect(amsterdamDate(Date.UTC(2026, 6, 10, 22, 0))).toBe('2026-07-11')
    expect(amsterdamDate(Date.UTC(2026, 11, 31, 23, 30))).toBe('2027-01-01')
  })
})

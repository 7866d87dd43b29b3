/** The one place the CLI reads the clock: today's date in the Netherlands (the LVBB's calendar), JJJJ-MM-DD. */
export function today(): string {
  return amsterdamDate(Date.now())
}

const HOUR = 3_600_000

/**
 * The calendar date in Europe/Amsterdam at an instant (ms since the epoch): CET (UTC+1), and CEST (UTC+2) from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (EU summer time, Directive 2000/84/EC;
 * the Netherlands has kept to it since 1996). Computed rather than asked of Intl: the first Intl.DateTimeFormat of a
 * process sets up ICU's date patterns, 25–70 ms of every `visie build` and `visie validate` (issue 18).
 */
export function amsterdamDate(ms: number): string {
  const year = new Date(ms).getUTCFullYear()
  const summer = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9)
  return new Date(ms + (summer ? 2 : 1) * HOUR).toISOString().slice(0, 10)
}

/** 01:00 UTC on the last Sunday of a month (0-based) of a year. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1)
}

/** The one place the CLI reads the clock: today's date in the Netherlands (the LVBB's calendar), JJJJ-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

/**
 * `visie diff VORIGE PROJECT`: prints what the wijziging of PROJECT changes against VORIGE (an earlier package or a
 * DSO download): headings changed, added and removed, paragraphs in renvooi, GIO versions and OW files. Exit 0, or 1
 * when building the wijziging would stop on blocking findings (they are listed too), 2 on unreadable input.
 */
import { basename, dirname, resolve } from 'node:path'
import { Option } from 'commander'
import { isBlocking } from '../../model/index.js'
import type { CommandRegistration } from '../io.js'

interface DiffFlags {
  format: 'text' | 'json'
  geo?: string
}

export const registerDiff: CommandRegistration = (program, io, exit) => {
  program
    .command('diff')
    .description('toon wat een wijziging verandert ten opzichte van de vorige versie (koppen, alinea\'s, GIO\'s, OW)')
    .argument('<vorige>', 'de vorige versie: het eerder aangeleverde pakket (ZIP of map) of een DSO-download van de regeling')
    .argument('[project]', 'de projectmap met de nieuwe tekst', '.')
    .addOption(new Option('--format <formaat>', 'uitvoer').choices(['text', 'json']).default('text'))
    .option('--geo <bestand>', 'gebruik deze GeoJSON in plaats van de geometrie uit visie.json')
    .action(async (vorige: string, project: string, flags: DiffFlags) => {
      const projectArg = basename(project) === 'visie.json' ? dirname(project) : project
      const { diffVersies } = await import('../../build/diff.js')
      const d = await diffVersies(resolve(io.cwd, vorige), resolve(io.cwd, projectArg), flags.geo ? { geo: resolve(io.cwd, flags.geo) } : {})
      const blocking = d.findings.filter(isBlocking)
      if (flags.format === 'json') io.out(`${JSON.stringify({ tekst: d.tekst, verplaatst: d.verplaatst, gios: d.gios, ow: d.ow, blokkerend: blocking }, null, 2)}\n`)
      else io.out(formatDiff(d, blocking.map((f) => `${f.code}: ${f.message}`)))
      exit(blocking.length > 0 ? 1 : 0)
    })
}

type Verschil = Awaited<ReturnType<typeof import('../../build/diff.js').diffVersies>>

const VERB: Readonly<Record<string, string>> = {
  VervangKop: 'kop gewijzigd', Vervang: 'tekst gewijzigd', VoegToe: 'toegevoegd', Verwijder: 'verwijderd',
}

export function formatDiff(d: Verschil, blocking: readonly string[]): string {
  const lines: string[] = ['Tekst:']
  if (d.tekst.length === 0) lines.push('  geen wijzigingen')
  for (const w of d.tekst) {
    const detail = w.actie === 'VervangKop' ? ` (was: ${w.was})`
      : w.alineas ? ` (alinea's: ${w.alineas.gewijzigd} gewijzigd, ${w.alineas.toegevoegd} toegevoegd, ${w.alineas.verwijderd} verwijderd)` : ''
    lines.push(`  ${VERB[w.actie] ?? w.actie}: ${w.kop}${detail}  [${w.wId}]`)
  }
  for (const v of d.verplaatst) lines.push(`  verplaatst (houdt ${v.wId}, ${v.overeenkomst}% dezelfde woorden): ${v.van} → ${v.naar}`)
  lines.push('', "GIO's:")
  for (const n of d.gios.nieuw) lines.push(`  nieuw: ${n}`)
  for (const g of d.gios.gewijzigd) lines.push(`  nieuwe versie: ${g.naam} (${g.was} → ${g.wordt})`)
  for (const v of d.gios.vervallen) lines.push(`  ingetrokken: ${v}`)
  lines.push(`  ongewijzigd (niet opnieuw aangeleverd): ${d.gios.ongewijzigd.length}`)
  lines.push('', 'OW:')
  if (d.ow.length === 0) lines.push('  geen OW-objecten gewijzigd')
  for (const o of d.ow) lines.push(`  ${o.bestand}: ${o.objecttypen.join(', ')}`)
  if (blocking.length > 0) lines.push('', 'Blokkerend (de wijziging kan zo niet worden gebouwd):', ...blocking.map((b) => `  ${b}`))
  return `${lines.join('\n')}\n`
}

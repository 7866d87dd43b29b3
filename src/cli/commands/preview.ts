/**
 * `visie preview PAKKET --out FILE`: reads a package (.zip or folder), validates it for the findings, writes one
 * self-contained HTML file (temp file, then rename). Exit 0 nothing blocking, 1 blocking findings, 2 bad input.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, isAbsolute, join, resolve } from 'node:path'
import { UsageError } from '../../model/errors.js'
import { readPackage } from '../../package/read.js'
import { writePreview, type PreviewOptions } from '../../preview/index.js'
import { readContextGeoJson } from '../../preview/context-geojson.js'
import { validatePackage } from '../../validate/index.js'
import type { CommandRegistration, Io } from '../io.js'

interface PreviewCliOptions {
  readonly out?: string
  readonly schemas?: string
  readonly ambtsgebied?: string
  readonly geenValidatie?: boolean
}

export const registerPreview: CommandRegistration = (program, io, exit) => {
  program
    .command('preview')
    .description('maak één zelfstandig HTML-bestand van een pakket: besluit, visie, kaarten, OW-annotaties en bevindingen')
    .argument('<pakket>', 'een .zip of een map met de bestanden van het pakket')
    .option('--out <bestand>', 'het HTML-bestand (standaard: <pakket>.html in de huidige map)')
    .option('--schemas <map>', 'de schemaset voor de validatie (standaard: de geïnstalleerde set)')
    .option('--ambtsgebied <geojson>', 'omtrek van het ambtsgebied als achtergrond op de kaarten (GeoJSON in RD New)')
    .option('--geen-validatie', 'toon het pakket zonder het eerst te valideren')
    .action(async (pakket: string, options: PreviewCliOptions) => {
      const pkg = await readPackage(resolve(io.cwd, pakket))
      const findings = !options.geenValidatie
        ? (await validatePackage({ ...pkg, source: pakket }, { schemasDir: schemasDir(options, io) })).findings
        : pkg.findings
      const html = writePreview({ ...pkg, source: pakket }, findings, await previewOptions(options, io))
      const out = resolve(io.cwd, options.out ?? `${basename(pakket).replace(/\.zip$/i, '') || 'pakket'}.html`)
      await writeFile(`${out}.tmp-visie`, html)
      await rename(`${out}.tmp-visie`, out)
      const blocking = findings.filter((f) => f.severity === 'blokkerend').length
      io.out(`Voorbeeld geschreven naar ${out} (${findings.length} bevindingen, waarvan ${blocking} blokkerend).\n`)
      exit(blocking > 0 ? 1 : 0)
    })
}

async function previewOptions(options: PreviewCliOptions, io: Io): Promise<PreviewOptions> {
  if (!options.ambtsgebied) return {}
  const path = resolve(io.cwd, options.ambtsgebied)
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`--ambtsgebied: '${options.ambtsgebied}' bestaat niet of is niet leesbaar.`)
  })
  const read = readContextGeoJson(text, options.ambtsgebied)
  if (!read.ok) throw new UsageError(`--ambtsgebied: ${read.message}`)
  return { ambtsgebied: { naam: 'ambtsgebied', geometrie: read.geometrie } }
}

/** --schemas, else VISIE_SCHEMAS, else the user cache, as `visie validate` does. */
function schemasDir(options: PreviewCliOptions, io: Io): string {
  if (options.schemas) return resolve(io.cwd, options.schemas)
  if (io.env.VISIE_SCHEMAS) return resolve(io.cwd, io.env.VISIE_SCHEMAS)
  const xdg = io.env.XDG_CACHE_HOME
  return xdg && isAbsolute(xdg) ? join(xdg, 'visie', 'schemas') : join(homedir(), '.cache', 'visie', 'schemas')
}

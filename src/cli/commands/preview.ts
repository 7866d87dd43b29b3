/**
 * `visie preview PAKKET|PROJECT --out FILE`: a package (.zip or folder) is read and validated for its findings; a
 * project folder (with visie.json) is built first (`buildPackage`, findings and source trace included). Writes one
 * self-contained HTML file (temp file, then rename). Exit 0 nothing blocking, 1 blocking findings, 2 bad input.
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { Finding, Span } from '../../model/index.js'
import { NotRegularFile, readRegularFile } from '../../config/project-files.js'
import { UsageError } from '../../model/errors.js'
import { defaultSchemasDir } from '../../schemas/default-dir.js'
import type { PackageContents } from '../../validate/layer.js'
import type { PreviewOptions } from '../../preview/index.js'
import type { CommandRegistration, Io } from '../io.js'
import { dayNumber } from '../../validate/lvbb/dates.js'
import { today } from '../today.js'
import { writeAtomically } from '../write-atomic.js'

interface PreviewFlags {
  readonly out?: string
  readonly schemas?: string
  readonly ambtsgebied?: string
  readonly geenValidatie?: boolean
  readonly datum?: string
}

interface Loaded {
  readonly pkg: PackageContents
  readonly findings: readonly Finding[]
  readonly options: PreviewOptions
}

export const registerPreview: CommandRegistration = (program, io, exit) => {
  program
    .command('preview')
    .description('maak één zelfstandig HTML-bestand van een pakket of project: besluit, visie, kaarten, OW-annotaties en bevindingen')
    .argument('<pakket>', 'een .zip, een map met de bestanden van een pakket, of een projectmap (met visie.json)')
    .option('--out <bestand>', 'het HTML-bestand (standaard: <naam>.html in de huidige map)')
    .option('--schemas <map>', 'de schemaset voor de validatie (standaard: de geïnstalleerde set)')
    .option('--ambtsgebied <geojson>', 'omtrek van het ambtsgebied als achtergrond op de kaarten (GeoJSON in RD New)')
    .option('--geen-validatie', 'een pakket tonen zonder het eerst te valideren')
    .option('--datum <JJJJ-MM-DD>', 'de datum van vandaag voor de datumregels, zoals bij visie validate (standaard: de klok, Nederlandse tijd)')
    .action(async (input: string, flags: PreviewFlags) => {
      // The same date rules as `visie validate` and `visie build` (LVBB1501 compares with today): the same findings.
      if (flags.datum !== undefined && dayNumber(flags.datum) === undefined) throw new UsageError(`--datum '${flags.datum}' is geen datum in de vorm JJJJ-MM-DD.`)
      const path = resolve(io.cwd, input)
      const loaded = existsSync(join(path, 'visie.json')) ? await fromProject(path, flags, io) : await fromPackage(input, path, flags, io)
      const options = { ...loaded.options, ...(await ambtsgebied(flags, io)) }
      const { writePreview } = await import('../../preview/index.js')
      const html = writePreview(loaded.pkg, loaded.findings, options)
      const out = resolve(io.cwd, flags.out ?? `${basename(path).replace(/\.zip$/i, '') || 'pakket'}.html`)
      await writeAtomically(out, html)
      const blocking = loaded.findings.filter((f) => f.severity === 'blokkerend').length
      io.out(`Voorbeeld geschreven naar ${out} (${loaded.findings.length} bevindingen, waarvan ${blocking} blokkerend).\n`)
      exit(blocking > 0 ? 1 : 0)
    })
}

async function fromPackage(input: string, path: string, flags: PreviewFlags, io: Io): Promise<Loaded> {
  const { readPackage } = await import('../../package/read.js')
  const pkg = { ...(await readPackage(path)), source: input }
  if (flags.geenValidatie) {
    const findingsNote = 'Het pakket is niet gevalideerd (--geen-validatie): hieronder staan alleen de bevindingen van het inlezen.'
    return { pkg, findings: pkg.findings, options: { findingsNote } }
  }
  // Validated in a thread of its own, whose memory is gone before the page is made (isolated.ts).
  const { validateIsolated } = await import('../../validate/isolated.js')
  const report = await validateIsolated({ path, source: input, schemasDir: schemasDir(flags, io), vandaag: flags.datum ?? today() })
  return { pkg, findings: report.findings, options: {} }
}

/** Builds the project in memory, as `visie build` does, and previews what it would deliver (also when blocked). */
async function fromProject(projectDir: string, flags: PreviewFlags, io: Io): Promise<Loaded> {
  const dir = schemasDir(flags, io)
  const { buildPackage } = await import('../../build/index.js')
  const { packageFromFiles } = await import('../../package/read.js')
  const result = await buildPackage(projectDir, { ...(existsSync(dir) ? { schemasDir: dir } : {}), vandaag: flags.datum ?? today() })
  const trace = new Map<string, Span>()
  for (const f of result.files) for (const [id, span] of f.trace ?? []) trace.set(id, span)
  return {
    pkg: packageFromFiles(result.zipName, result.files.map((f) => ({ name: f.path, bytes: f.bytes }))),
    findings: result.findings,
    options: { trace, schematisch: result.context.config.geo.schematisch },
  }
}

async function ambtsgebied(flags: PreviewFlags, io: Io): Promise<PreviewOptions> {
  if (!flags.ambtsgebied) return {}
  let text: string
  try {
    // A regular file of at most 100 MB, opened non-blocking: never /dev/zero, never a FIFO that waits for ever.
    text = readRegularFile(resolve(io.cwd, flags.ambtsgebied), 100 * 1024 * 1024).toString('utf8')
  } catch (e) {
    const reason = e instanceof NotRegularFile ? e.message : 'het bestaat niet of is niet leesbaar'
    throw new UsageError(`--ambtsgebied: '${flags.ambtsgebied}' is niet te lezen: ${reason}.`)
  }
  const { readContextGeoJson } = await import('../../preview/context-geojson.js')
  const read = readContextGeoJson(text, flags.ambtsgebied)
  if (!read.ok) throw new UsageError(`--ambtsgebied: ${read.message}`)
  return { ambtsgebied: { naam: 'ambtsgebied', geometrie: read.geometrie } }
}

/** --schemas, else VISIE_SCHEMAS, else the user cache, as `visie validate` and `visie build` do. */
function schemasDir(flags: PreviewFlags, io: Io): string {
  if (flags.schemas) return resolve(io.cwd, flags.schemas)
  if (io.env.VISIE_SCHEMAS) return resolve(io.cwd, io.env.VISIE_SCHEMAS)
  return defaultSchemasDir(io.env, homedir())
}

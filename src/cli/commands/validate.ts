/**
 * `visie validate PACKAGE`: reads a .zip or folder, runs all validation layers, prints the report (text, json or
 * junit) or writes it with --out (temp file, then rename). Exit 0 nothing blocking, 1 blocking, 2 unreadable input.
 * `--regels` prints the rule list with the VISIE-<n> codes. The one place that reads the clock: today's Dutch date
 * for LVBB1501, or `--datum` (reproducible CI runs).
 */
import { readdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { UsageError } from '../../model/errors.js'
import { defaultSchemasDir } from '../../schemas/default-dir.js'
import { dayNumber } from '../../validate/lvbb/dates.js'
import { IN_WORKER_BYTES } from '../../validate/layer.js'
import type { Report } from '../../validate/index.js'
import type { CommandRegistration, Io } from '../io.js'
import { today } from '../today.js'
import { canonical, inside, isFolder, samePath, scratchPath, watchRounds } from '../watch.js'
import { writeAtomically } from '../write-atomic.js'

interface ValidateOptions {
  readonly format: 'text' | 'json' | 'junit'
  readonly out?: string
  readonly schemas?: string
  readonly regels?: boolean
  readonly lagen?: string
  readonly datum?: string
  readonly vorige?: string
  readonly cache?: string
  readonly watch?: boolean
}

/**
 * The layer names in execution order, as `layers` in src/validate/index.ts has them (a test keeps the two equal);
 * written out here so that `--help` does not load the validators.
 */
export const LAYER_NAMES: readonly string[] = ['pakket', 'stop', 'xsd', 'lvbb', 'geo', 'ow']

/** The report format's module only (each loads what it alone needs). */
async function formatter(format: ValidateOptions['format']): Promise<(r: Report) => string> {
  if (format === 'junit') return (await import('../../validate/report/junit.js')).formatJunit
  if (format === 'json') return (await import('../../validate/report/json.js')).formatJson
  return (await import('../../validate/report/text.js')).formatText
}

export const registerValidate: CommandRegistration = (program, io, exit) => {
  program
    .command('validate')
    .description('valideer een aanleverpakket (.zip of map) offline: pakket, XSD, Schematron, LVBB, geometrie, OW')
    .argument('[pakket]', 'een .zip of een map met de bestanden van het pakket')
    .addOption(new Option('--format <formaat>', 'rapportformaat').choices(['text', 'json', 'junit']).default('text'))
    .option('--out <bestand>', 'schrijf het rapport naar dit bestand in plaats van naar de uitvoer')
    .option('--schemas <map>', 'de schemaset (standaard: de geïnstalleerde set, zie visie schemas install)')
    .option('--regels', 'toon de eigen controles (VISIE-codes en ketencodes) en stop')
    .option('--datum <JJJJ-MM-DD>', 'de datum van vandaag voor LVBB1501 (standaard: de klok, Nederlandse tijd)')
    .option('--vorige <pakket>', 'de vorige versie (ZIP of map): pas de RegelingMutatie van dit wijzigingsbesluit erop toe en controleer de renvooi')
    .option('--lagen <lagen>', `alleen deze lagen, met komma's (standaard alle: ${LAYER_NAMES.join(',')})`)
    .option('--cache <map>', 'bewaar de XSD- en Schematron-bevindingen per bestand in deze map (sleutel: inhoud, schemaset, versie van visie) en sla ongewijzigde bestanden de volgende keer over')
    .option('--watch', 'valideer opnieuw zodra het pakket (de ZIP, of een bestand in de map) verandert, in hetzelfde proces; Ctrl-C stopt')
    .action(async (pakket: string | undefined, options: ValidateOptions, command: Command) => {
      if (options.regels) {
        io.out(await ruleList())
        return
      }
      if (!pakket) throw new UsageError("geef een pakket op: 'visie validate PAKKET.zip' of een map.")
      const debug = command.optsWithGlobals<{ debug?: boolean }>().debug === true
      exit(options.watch ? await watchValidations(pakket, options, io, debug) : await validateOnce(pakket, options, io))
    })
}

/**
 * `--watch`: the validation, then again after each change to the package (watchRounds): a ZIP (its folder is watched,
 * so that a tool that writes a new file and renames it into place is seen) or the files of a folder (its top level,
 * as readPackage reads it; hidden files, backups and temporary files do not count, nor the --out report or the
 * --cache folder).
 */
async function watchValidations(pakket: string, options: ValidateOptions, io: Io, debug: boolean): Promise<number> {
  const given = resolve(io.cwd, pakket)
  const zip = statSync(given, { throwIfNoEntry: false })?.isFile() === true || /\.zip$/i.test(given)
  // A package (folder) that is not there: the validation says so, as without --watch. A ZIP may still come.
  if (!isFolder(zip ? dirname(given) : given)) return validateOnce(pakket, options, io)
  const dir = canonical(zip ? dirname(given) : given)
  const path = zip ? join(dir, basename(given)) : dir
  const report = options.out ? canonical(resolve(io.cwd, options.out)) : undefined
  const cacheDir = options.cache ? canonical(resolve(io.cwd, options.cache)) : undefined
  const ignore = (changed: string): boolean => {
    if (zip) return !samePath(changed, path)
    if (!samePath(dirname(changed), dir) || scratchPath(dir, changed)) return true
    return (report !== undefined && samePath(changed, report)) || (cacheDir !== undefined && inside(cacheDir, changed))
  }
  const context = { command: 'validate', json: options.format === 'json' }
  return watchRounds({ folders: [{ dir, recursive: false }], ignore, what: path, base: dir, again: 'opnieuw valideren', io, debug, context }, () =>
    validateOnce(pakket, options, io),
  )
}

/** One validation of `pakket`: the report printed (or written with --out); its exit code. */
async function validateOnce(pakket: string, options: ValidateOptions, io: Io): Promise<number> {
  const chosen = options.lagen?.split(',').map((l) => l.trim())
  const unknown = chosen?.filter((l) => !LAYER_NAMES.includes(l)) ?? []
  if (unknown.length > 0) throw new UsageError(`onbekende laag: ${unknown.join(', ')}`)
  const vandaag = options.datum ?? today()
  if (dayNumber(vandaag) === undefined) throw new UsageError(`--datum '${vandaag}' is geen datum in de vorm JJJJ-MM-DD.`)
  // saxon-js and the rule files load in their worker thread while the package is read and the first layers run,
  // as in `visie build` (not with --cache, whose hits may leave the layer nothing to run, nor for a package that
  // may be too large for the worker: then the layer runs in process and the worker would only cost memory).
  const path = resolve(io.cwd, pakket)
  if (!options.cache && (chosen === undefined || chosen.includes('stop')) && smallPackage(path)) {
    ;(await import('../../validate/schematron/thread.js')).warmSchematron(schemasDir(options, io))
  }
  // Loaded on use, so the CLI starts fast for other commands and for --help.
  const { readPackage } = await import('../../package/read.js')
  const { validatePackage } = await import('../../validate/index.js')
  const started = new Date()
  const pkg = await readPackage(path)
  const vorige = options.vorige ? await readPackage(resolve(io.cwd, options.vorige)) : undefined
  const validated = await validatePackage({ ...pkg, source: pakket }, { schemasDir: schemasDir(options, io), vandaag }, {
    ...(chosen ? { layers: chosen } : {}),
    ...(vorige ? { vorige } : {}),
    ...(options.cache ? { cache: { dir: resolve(io.cwd, options.cache) } } : {}),
  })
  const report = { ...validated, tijd: { start: started.toISOString(), ms: Date.now() - started.getTime() } }
  const output = (await formatter(options.format))(report)
  if (options.out) await writeAtomically(resolve(io.cwd, options.out), output)
  else io.out(output)
  return report.samenvatting.blokkerend > 0 ? 1 : 0
}

/** A ZIP this small holds far less XML than the Schematron worker takes (IN_WORKER_BYTES, 32 MB) in any ordinary package. */
const SMALL_ZIP_BYTES = 2 * 1024 * 1024

/**
 * Whether a package is small enough to warm the Schematron worker before it is read: a folder whose .xml/.gml files
 * (top level, as readPackage takes them) have at most IN_WORKER_BYTES together, a GML counted at a quarter (the rules
 * read it with its coordinate texts reduced, which are most of a GIO), or a ZIP of at most 2 MB. A guess only: the
 * layer decides again on the package as read (schematronOffThread).
 */
function smallPackage(path: string): boolean {
  try {
    const stat = statSync(path)
    if (stat.isFile()) return stat.size <= SMALL_ZIP_BYTES
    if (!stat.isDirectory()) return false
    let bytes = 0
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isFile() && /\.(xml|gml)$/i.test(entry.name)) bytes += statSync(join(path, entry.name)).size / (/\.gml$/i.test(entry.name) ? 4 : 1)
      if (bytes > IN_WORKER_BYTES) return false
    }
    return true
  } catch {
    return false
  }
}

/** --schemas, else VISIE_SCHEMAS, else the user cache (`$XDG_CACHE_HOME/visie/schemas` or `~/.cache/visie/schemas`). */
function schemasDir(options: ValidateOptions, io: Io): string {
  if (options.schemas) return resolve(io.cwd, options.schemas)
  if (io.env.VISIE_SCHEMAS) return resolve(io.cwd, io.env.VISIE_SCHEMAS)
  return defaultSchemasDir(io.env, homedir())
}

async function ruleList(): Promise<string> {
  const { catalogue } = await import('../../validate/catalogue.js')
  const lines = ['Alle bevindingen van visie (code, laag, ernst, bron: keten of eigen, omschrijving):', '']
  for (const e of catalogue) lines.push(`  ${e.code.padEnd(13)} ${e.layer.padEnd(7)} ${e.severity.padEnd(12)} ${e.source.padEnd(6)} ${e.title}`)
  lines.push('', 'Daarnaast de officiële Schematron-regels van STOP en LVBB met hun eigen codes (STOPxxxx, BHKVxxxx).')
  return `${lines.join('\n')}\n`
}

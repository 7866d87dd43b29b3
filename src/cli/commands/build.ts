/**
 * `visie build [PROJECT]`: builds the package and writes exactly one `<idLevering>.zip` into --out (default
 * PROJECT/dist). The ZIP goes to a temporary name first and is renamed into place only when complete (write-atomic.ts).
 */
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { type Finding, type Severity, UsageError, compareFindings, isBlocking } from '../../model/index.js'
import type { BuildResult } from '../../build/index.js'
import { namedFiles } from '../../config/project-files.js'
import { defaultSchemasDir } from '../../schemas/default-dir.js'
import type { Report } from '../../validate/index.js'
import { VERSION } from '../version.js'
import type { CommandRegistration, Io } from '../io.js'
import { createProgress } from '../progress.js'
import { canonical, inside, isFolder, samePath, scratchPath, watchRounds } from '../watch.js'
import { writeAtomically } from '../write-atomic.js'
import { today } from '../today.js'
import { dayNumber } from '../../validate/lvbb/dates.js'

interface BuildFlags {
  out?: string
  geo?: string
  opdracht?: 'validatie' | 'publicatie'
  omgeving?: 'pre' | 'prod'
  format: 'text' | 'json'
  schemas?: string
  force?: boolean
  quiet?: boolean
  datum?: string
  wijzigt?: string
  intrek?: boolean
  ontwerp?: boolean
  levering?: 'kennisgeving' | 'procedure'
  cache?: string
  watch?: boolean
}

export const registerBuild: CommandRegistration = (program, io, exit) => {
  program
    .command('build')
    .description('bouw het aanleverpakket (ZIP) uit een projectmap')
    .argument('[project]', 'de projectmap met visie.json (of het pad van visie.json zelf)', '.')
    .option('--out <map>', 'waar de ZIP komt (standaard: PROJECT/dist)')
    .option('--geo <bestand>', 'gebruik deze GeoJSON (features met eigenschap "gio") in plaats van de geometrie uit visie.json')
    .addOption(new Option('--opdracht <soort>', 'soort opdracht.xml (standaard: validatie; publicatie met --omgeving prod)').choices(['validatie', 'publicatie']))
    .addOption(new Option('--omgeving <omgeving>', "LVBB-omgeving: OIN's en idLevering uit visie.json omgevingen; pre bouwt een validatieopdracht en houdt dist/pre-productie.json bij, prod een publicatieopdracht").choices(['pre', 'prod']))
    .addOption(new Option('--format <formaat>', 'wat build afdrukt').choices(['text', 'json']).default('text'))
    .option('--schemas <map>', 'de geïnstalleerde schemaset (standaard: de gebruikerscache van visie schemas install)')
    .option('--datum <JJJJ-MM-DD>', 'de datum van vandaag voor de datumregels, zoals bij visie validate (standaard: de klok, Nederlandse tijd)')
    .option('--wijzigt <vorige>', 'bouw een wijzigingsbesluit in renvooi tegen deze vorige versie: het eerder aangeleverde pakket (ZIP of map) of een DSO-download van de regeling')
    .option('--ontwerp', 'bouw het ontwerpbesluit (datums uit visie.json "ontwerp"), ook als "fase" vaststelling is')
    .option('--force', 'schrijf de ZIP ook bij blokkerende bevindingen (het pakket is dan niet aan te leveren)')
    .option('--quiet', 'geen voortgang tonen')
    .option('--cache <map>', 'bewaar de XSD- en Schematron-bevindingen per bestand in deze map en valideer ongewijzigde bestanden (zoals GIO\'s) de volgende keer niet opnieuw')
    .option('--watch', 'bouw opnieuw zodra een bestand in de projectmap (of --geo) verandert, in hetzelfde proces; Ctrl-C stopt')
    .action(async (project: string, flags: BuildFlags, command: Command) => {
      const debug = command.optsWithGlobals<{ debug?: boolean }>().debug === true
      exit(flags.watch ? await watchBuilds(project, flags, io, debug) : await runBuild(project, flags, io))
    })
}

/** `visie intrek VORIGE [PROJECT]`: the besluit that withdraws the whole visie, built and written as `build` does. */
export const registerIntrek: CommandRegistration = (program, io, exit) => {
  program
    .command('intrek')
    .description('bouw het intrekkingsbesluit voor de hele visie (regeling en OW-objecten) tegen de vorige versie')
    .argument('<vorige>', 'de vorige versie: het eerder aangeleverde pakket (ZIP of map) of een DSO-download van de regeling')
    .argument('[project]', 'de projectmap met visie.json (werk, datums en OIN\'s van het intrekkingsbesluit)', '.')
    .option('--out <map>', 'waar de ZIP komt (standaard: PROJECT/dist)')
    .addOption(new Option('--opdracht <soort>', 'soort opdracht.xml (standaard: validatie; publicatie met --omgeving prod)').choices(['validatie', 'publicatie']))
    .addOption(new Option('--omgeving <omgeving>', "LVBB-omgeving: OIN's en idLevering uit visie.json omgevingen; pre bouwt een validatieopdracht en houdt dist/pre-productie.json bij, prod een publicatieopdracht").choices(['pre', 'prod']))
    .addOption(new Option('--format <formaat>', 'wat intrek afdrukt').choices(['text', 'json']).default('text'))
    .option('--schemas <map>', 'de geïnstalleerde schemaset')
    .option('--datum <JJJJ-MM-DD>', 'de datum van vandaag voor de datumregels')
    .option('--force', 'schrijf de ZIP ook bij blokkerende bevindingen')
    .option('--quiet', 'geen voortgang tonen')
    .action(async (vorige: string, project: string, flags: BuildFlags) => exit(await runBuild(project, { ...flags, wijzigt: vorige, intrek: true }, io)))
}

/** `visie kennisgeving [PROJECT]` and `visie procedure [PROJECT]`: an AanleveringKennisgeving, built and written as `build` does. */
function registerKennisgevingCommand(naam: 'kennisgeving' | 'procedure', beschrijving: string): CommandRegistration {
  return (program, io, exit) => {
    program
      .command(naam)
      .description(beschrijving)
      .argument('[project]', 'de projectmap met visie.json', '.')
      .option('--out <map>', 'waar de ZIP komt (standaard: PROJECT/dist)')
      .addOption(new Option('--opdracht <soort>', 'soort opdracht.xml (standaard: validatie; publicatie met --omgeving prod)').choices(['validatie', 'publicatie']))
    .addOption(new Option('--omgeving <omgeving>', "LVBB-omgeving: OIN's en idLevering uit visie.json omgevingen; pre bouwt een validatieopdracht en houdt dist/pre-productie.json bij, prod een publicatieopdracht").choices(['pre', 'prod']))
      .addOption(new Option('--format <formaat>', `wat ${naam} afdrukt`).choices(['text', 'json']).default('text'))
      .option('--schemas <map>', 'de geïnstalleerde schemaset')
      .option('--datum <JJJJ-MM-DD>', 'de datum van vandaag voor de datumregels')
      .option('--force', 'schrijf de ZIP ook bij blokkerende bevindingen')
      .option('--quiet', 'geen voortgang tonen')
      .action(async (project: string, flags: BuildFlags) => exit(await runBuild(project, { ...flags, levering: naam }, io)))
  }
}

export const registerKennisgeving = registerKennisgevingCommand(
  'kennisgeving',
  'bouw de kennisgeving: bij "fase": "ontwerp" de terinzagelegging van het ontwerp (begin en einde inzagetermijn), anders die van het vastgestelde besluit',
)

export const registerProcedure = registerKennisgevingCommand(
  'procedure',
  'lever procedurestappen na de bekendmaking aan (einde bezwaar- of beroepstermijn uit visie.json "procedure") als kennisgeving met procedureverloopmutatie',
)

/**
 * `--watch`: the build, then again after each change under the project folder, to the --geo file, or to a file
 * visie.json names outside the project (allowed there with "bestandenBuitenProjectmap"; learnt from each round's
 * configuration) (watchRounds). Not watched: the output (--out, PROJECT/dist, the ZIP), the --cache folder, hidden
 * files and folders, editors' backups (`…~`) and temporary files. Paths compared as the watcher sees them (canonical:
 * links resolved).
 */
async function watchBuilds(project: string, flags: BuildFlags, io: Io, debug: boolean): Promise<number> {
  const given = resolve(io.cwd, projectFolder(project))
  // A project folder that is not there: the build says so, as without --watch.
  if (!isFolder(given)) return runBuild(project, flags, io)
  const projectDir = canonical(given)
  const outDir = canonical(resolve(io.cwd, flags.out ?? join(projectFolder(project), 'dist')))
  const cacheDir = flags.cache ? canonical(resolve(io.cwd, flags.cache)) : undefined
  const geo = flags.geo ? [canonical(resolve(io.cwd, flags.geo))] : []
  /** The files outside the project folder that count: --geo, and those the last round's visie.json named there. */
  let outside = geo.filter((f) => !inside(projectDir, f))
  const learn = (result: BuildResult): void => {
    const named = namedFiles(result.context.config).map(({ path }) => canonical(resolve(given, path)))
    outside = [...new Set([...geo, ...named])].filter((f) => !inside(projectDir, f))
  }
  const ignore = (path: string): boolean => {
    if (outside.some((f) => samePath(path, f))) return false
    if (!inside(projectDir, path) || scratchPath(projectDir, path)) return true
    if (inside(join(projectDir, 'dist'), path) || (cacheDir !== undefined && inside(cacheDir, path))) return true
    if (inside(outDir, path) && !inside(outDir, projectDir)) return true
    // --out is the project folder or above it: only the ZIP there is ours.
    return samePath(dirname(path), outDir) && /\.zip$/i.test(path)
  }
  const folders = () => [{ dir: projectDir, recursive: true }, ...[...new Set(outside.map((f) => dirname(f)))].map((dir) => ({ dir, recursive: false }))]
  const context = { command: 'build', json: flags.format === 'json' }
  return watchRounds({ folders, ignore, what: projectDir, base: projectDir, again: 'opnieuw bouwen', io, debug, context }, () => runBuild(project, flags, io, learn))
}

/** `visie build path/to/visie.json` means its folder. */
function projectFolder(project: string): string {
  return basename(project) === 'visie.json' ? dirname(project) : project
}

/** One build: the report printed, the ZIP written unless blocked; its exit code. `seen` gets the build's result (--watch). */
async function runBuild(project: string, flags: BuildFlags, io: Io, seen?: (result: BuildResult) => void): Promise<number> {
  const projectArg = projectFolder(project)
  const projectDir = resolve(io.cwd, projectArg)
  const vandaag = flags.datum ?? today()
  if (dayNumber(vandaag) === undefined) throw new UsageError(`--datum '${vandaag}' is geen datum in de vorm JJJJ-MM-DD.`)
  const progress = createProgress(io, !flags.quiet && flags.format === 'text')
  // The same schema location as `visie validate`: --schemas, else VISIE_SCHEMAS, else the user cache.
  const schemasDir = flags.schemas
    ? resolve(io.cwd, flags.schemas)
    : io.env.VISIE_SCHEMAS
      ? resolve(io.cwd, io.env.VISIE_SCHEMAS)
      : defaultSchemasDir(io.env, homedir())
  // saxon-js and the rule files load in their worker thread while the package is made (not with --cache, whose hits
  // may leave the Schematron layer nothing to run).
  if (!flags.cache) (await import('../../validate/schematron/thread.js')).warmSchematron(schemasDir)
  // Loaded on use, so `visie --help` and the other commands start without the writers and validators.
  const { buildPackage } = await import('../../build/index.js')
  const [{ formatJson }, { formatText }] = await Promise.all([import('../../validate/report/json.js'), import('../../validate/report/text.js')])
  const { formatSummary } = await import('../../parse/summary.js')
  const result = await buildPackage(projectDir, {
    ...(flags.geo ? { geo: resolve(io.cwd, flags.geo) } : {}),
    // The opdracht follows from the environment: pre-productie validates, productie publishes; --opdracht overrules.
    opdracht: flags.opdracht ?? (flags.omgeving === 'prod' ? 'publicatie' : 'validatie'),
    ...(flags.omgeving ? { omgeving: flags.omgeving } : {}),
    ...(flags.wijzigt ? { wijzigt: resolve(io.cwd, flags.wijzigt) } : {}),
    ...(flags.intrek ? { intrek: true } : {}),
    ...(flags.ontwerp ? { ontwerp: true } : {}),
    ...(flags.levering ? { levering: flags.levering } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.cache ? { cache: resolve(io.cwd, flags.cache) } : {}),
    schemasDir,
    vandaag,
    onStep: (step, ms, detail) => progress.step(step, ms, detail),
  })
  progress.done()
  seen?.(result)

  const outDir = resolve(io.cwd, flags.out ?? join(projectArg, 'dist'))
  const target = join(outDir, result.zipName)
  const omgeving = await omgevingRecord(flags.omgeving, result, join(projectDir, 'dist'))
  const findings = omgeving.finding ? [...result.findings, omgeving.finding].sort(compareFindings) : result.findings
  const blocking = findings.some(isBlocking)
  let written = false
  if (result.zip && (!blocking || flags.force)) {
    await writeAtomically(target, result.zip)
    written = true
    if (!blocking) await omgeving.write()
  }
  const report = {
    ...reportFor(written ? target : projectDir, written, findings, result.context.config.standaarden.imow),
    ...(result.gelezen ? { gelezen: { bron: result.context.config.tekst, ...result.gelezen } } : {}),
  }
  io.out(flags.format === 'json' ? formatJson(report) : formatText(report))
  if (flags.format === 'text' && result.gelezen) io.out(formatSummary(result.gelezen, result.context.config.tekst))
  if (flags.format === 'text') {
    io.out(
      written && blocking
        ? `Pakket toch geschreven (--force): ${target}. Het heeft blokkerende bevindingen en is niet aan te leveren.\n`
        : written
          ? `Pakket geschreven: ${target} (${result.files.length} bestanden)\n`
          : 'Geen pakket geschreven: los eerst de blokkerende bevindingen op.\n',
    )
  }
  return blocking ? 1 : 0
}

/**
 * `--omgeving prod`: VISIE-934 when the project's dist/pre-productie.json has no pre build of this content;
 * `--omgeving pre`: `write` adds this build to that record (called only once its ZIP is written without blocking findings).
 */
async function omgevingRecord(
  omgeving: 'pre' | 'prod' | undefined, result: BuildResult, distDir: string,
): Promise<{ finding?: Finding; write: () => Promise<void> }> {
  const none = { write: async () => {} }
  if (!omgeving || result.files.length === 0) return none
  const { inhoudDigest, preFinding, readPreRecord, serializePreRecord, withPre, PRE_RECORD } = await import('../../build/omgeving.js')
  const { config, levering } = result.context
  const inhoud = inhoudDigest(result.files, config.idLevering)
  const record = await readPreRecord(distDir)
  if (omgeving === 'prod') {
    const finding = preFinding(record, levering, inhoud, distDir)
    return finding ? { finding, write: none.write } : none
  }
  return { write: () => writeAtomically(join(distDir, PRE_RECORD), serializePreRecord(withPre(record, { soort: levering, idLevering: config.idLevering, inhoud }))) }
}

function reportFor(pakket: string, geschreven: boolean, findings: readonly Finding[], imow: string): Report {
  const samenvatting: Record<Severity, number> = { blokkerend: 0, waarschuwing: 0, informatie: 0 }
  for (const f of findings) samenvatting[f.severity]++
  return { tool: 'visie', versie: VERSION, pakket, standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow }, findings, samenvatting, geschreven }
}

/**
 * `visie build [PROJECT]`: builds the package and writes exactly one `<idLevering>.zip` into --out (default
 * PROJECT/dist). The ZIP goes to a temporary name first and is renamed into place only when complete.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { Option } from 'commander'
import { type Finding, type Severity, isBlocking } from '../../model/index.js'
import { defaultSchemasDir } from '../../schemas/index.js'
import type { Report } from '../../validate/index.js'
import { VERSION } from '../version.js'
import type { CommandRegistration } from '../io.js'
import { createProgress } from '../progress.js'

interface BuildFlags {
  out?: string
  geo?: string
  opdracht: 'validatie' | 'publicatie'
  format: 'text' | 'json'
  schemas?: string
  force?: boolean
  quiet?: boolean
}

export const registerBuild: CommandRegistration = (program, io, exit) => {
  program
    .command('build')
    .description('bouw het aanleverpakket (ZIP) uit een projectmap')
    .argument('[project]', 'de projectmap met visie.json', '.')
    .option('--out <map>', 'waar de ZIP komt (standaard: PROJECT/dist)')
    .option('--geo <bestand>', 'gebruik deze GeoJSON (features met eigenschap "gio") in plaats van de geometrie uit visie.json')
    .addOption(new Option('--opdracht <soort>', 'soort opdracht.xml').choices(['validatie', 'publicatie']).default('validatie'))
    .addOption(new Option('--format <formaat>', 'wat build afdrukt').choices(['text', 'json']).default('text'))
    .option('--schemas <map>', 'de geïnstalleerde schemaset (standaard: de gebruikerscache van visie schemas install)')
    .option('--force', 'schrijf de ZIP ook bij blokkerende bevindingen')
    .option('--quiet', 'geen voortgang tonen')
    .action(async (project: string, flags: BuildFlags) => {
      const projectDir = resolve(io.cwd, project)
      const progress = createProgress(io, !flags.quiet && flags.format === 'text')
      const schemasDir = flags.schemas
        ? resolve(io.cwd, flags.schemas)
        : io.env.VISIE_SCHEMAS
          ? resolve(io.cwd, io.env.VISIE_SCHEMAS)
          : defaultSchemasDir(io.env, homedir())
      // Loaded on use, so `visie --help` and the other commands start without the writers and validators.
      const { buildPackage } = await import('../../package/build.js')
      const { formatJson, formatText } = await import('../../validate/report/index.js')
      const result = await buildPackage(projectDir, {
        ...(flags.geo ? { geo: resolve(io.cwd, flags.geo) } : {}),
        opdracht: flags.opdracht,
        ...(flags.force ? { force: true } : {}),
        ...(existsSync(schemasDir) ? { schemasDir } : {}),
        onStep: (step, ms, detail) => progress.step(step, ms, detail),
      })
      progress.done()

      const outDir = resolve(io.cwd, flags.out ?? join(project, 'dist'))
      const target = join(outDir, result.zipName)
      const report = reportFor(target, result.findings, result.context.config.standaarden.imow)
      const blocking = result.findings.some(isBlocking)
      let written = false
      if (result.zip && (!blocking || flags.force)) {
        await writeAtomically(target, result.zip)
        written = true
      }
      io.out(flags.format === 'json' ? formatJson(report) : formatText(report))
      if (flags.format === 'text') {
        io.out(written ? `Pakket geschreven: ${target} (${result.files.length} bestanden)\n` : 'Geen pakket geschreven: los eerst de blokkerende bevindingen op.\n')
      }
      exit(blocking ? 1 : 0)
    })
}

function reportFor(pakket: string, findings: readonly Finding[], imow: string): Report {
  const samenvatting: Record<Severity, number> = { blokkerend: 0, waarschuwing: 0, informatie: 0 }
  for (const f of findings) samenvatting[f.severity]++
  return { tool: 'visie', versie: VERSION, pakket, standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow }, findings, samenvatting }
}

/** Write to a temporary name beside the target and rename: never a partial ZIP under the real name. */
async function writeAtomically(target: string, bytes: Buffer): Promise<void> {
  const dir = resolve(target, '..')
  await mkdir(dir, { recursive: true })
  const tmp = `${target}.${process.pid}.tmp`
  try {
    await writeFile(tmp, bytes)
    await rename(tmp, target)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
}

/**
 * `visie verslag VERSLAG.xml [PROJECT]`: the LVBB's validation or publication report read back (src/verslag). Each
 * melding with its code, the package file and element; with PROJECT the package is built again (the delivery whose
 * idLevering the report names: besluit, ontwerp, kennisgeving or procedure, in any environment) to trace meldingen to
 * the source and to list apart the meldingen visie's own validation did not give. Exit 1 when the LVBB refused.
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, resolve } from 'node:path'
import { Option } from 'commander'
import { type Finding, InputError, type Severity, compareFindings, isBlocking } from '../../model/index.js'
import { defaultSchemasDir } from '../../schemas/default-dir.js'
import type { Report } from '../../validate/index.js'
import type { CommandRegistration, Io } from '../io.js'
import { VERSION } from '../version.js'
import { writeAtomically } from '../write-atomic.js'

interface VerslagFlags {
  format: 'text' | 'json' | 'junit'
  out?: string
  schemas?: string
}

/** Outcomes of the LVBB that mean the delivery was refused (lvbb-transport.xsd ValidatieUitkomstCode, PublicatieUitkomstCode). */
const AFGEKEURD = new Set(['niet-valide', 'consolidatie-niet-valide', 'opdracht-niet-valide', 'behandeling-afgebroken'])

export const registerVerslag: CommandRegistration = (program, io, exit) => {
  program
    .command('verslag')
    .description('lees het verslag van de LVBB (validatie of publicatie): elke melding met code, bestand en element; met PROJECT ook de regel in de bron en welke meldingen visie zelf niet gaf')
    .argument('<verslag>', 'het XML-verslag van de LVBB (validatieVerzoekResultaat, publicatieVerzoekResultaat, …)')
    .argument('[project]', 'de projectmap waaruit het pakket is gebouwd')
    .addOption(new Option('--format <formaat>', 'rapportformaat').choices(['text', 'json', 'junit']).default('text'))
    .option('--out <bestand>', 'schrijf het rapport naar dit bestand in plaats van naar de uitvoer')
    .option('--schemas <map>', 'de schemaset voor de eigen validatie van het pakket (standaard: de geïnstalleerde set)')
    .action(async (verslagPath: string, project: string | undefined, flags: VerslagFlags) => {
      const { readVerslag, meldingFindings } = await import('../../verslag/index.js')
      const file = resolve(io.cwd, verslagPath)
      let bytes: Uint8Array
      try {
        bytes = await readFile(file)
      } catch {
        throw new InputError(`Kan het verslag ${verslagPath} niet lezen.`)
      }
      const verslag = readVerslag(bytes, verslagPath)
      const built = project ? await buildFor(project, verslag.idLevering, flags, io) : undefined
      const meldingen = meldingFindings(verslag, built?.traceable)
      const findings = [...meldingen, ...(built?.mismatch ? [built.mismatch] : [])].sort(compareFindings)
      const samenvatting: Record<Severity, number> = { blokkerend: 0, waarschuwing: 0, informatie: 0 }
      for (const f of findings) samenvatting[f.severity]++
      const report: Report = {
        tool: 'visie', versie: VERSION, pakket: verslagPath,
        standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: built?.imow ?? '3.0' },
        findings, samenvatting,
      }
      const apart = project ? meldingen.filter((m) => m.data.visie === 'niet gemeld') : []
      const kop = {
        soort: verslag.soort,
        ...(verslag.idLevering ? { idLevering: verslag.idLevering } : {}),
        ...(verslag.tijdstip ? { tijdstip: verslag.tijdstip } : {}),
        ...(verslag.verzoek ? { verzoek: verslag.verzoek } : {}),
        ...(verslag.uitkomst ? { uitkomst: verslag.uitkomst } : {}),
        ...(verslag.voortgang ? { voortgang: verslag.voortgang } : {}),
      }
      const output =
        flags.format === 'json'
          ? `${JSON.stringify({ ...(JSON.parse((await import('../../validate/report/json.js')).formatJson(report)) as object), verslag: { ...kop, ...(project ? { nietDoorVisieGemeld: apart.map(kort) } : {}) } }, null, 2)}\n`
          : flags.format === 'junit'
            ? (await import('../../validate/report/junit.js')).formatJunit(report)
            : textReport(kop, report, (await import('../../validate/report/text.js')).formatText, project ? apart : undefined)
      if (flags.out) await writeAtomically(resolve(io.cwd, flags.out), output)
      else io.out(output)
      exit(findings.some(isBlocking) || AFGEKEURD.has(verslag.uitkomst ?? '') ? 1 : 0)
    })
}

function kort(f: Finding): Record<string, unknown> {
  return { code: f.code, ernst: f.severity, ...(f.at ? { bestand: f.at.file } : {}), melding: f.message }
}

function textReport(
  kop: Readonly<Record<string, string>>, report: Report, formatText: (r: Report) => string, apart: readonly Finding[] | undefined,
): string {
  const lines = [
    `Verslag van de LVBB (${kop.soort}): idLevering ${kop.idLevering ?? '(onbekend)'}, ${kop.tijdstip ?? 'zonder tijdstip'}`,
    `Uitkomst: ${[kop.verzoek ? `verzoek ${kop.verzoek}` : '', kop.uitkomst ?? kop.voortgang ?? ''].filter(Boolean).join(', ') || '(niet vermeld)'}; ${report.findings.length} melding${report.findings.length === 1 ? '' : 'en'}`,
    '',
  ]
  const tail = apart === undefined
    ? []
    : ['', `== Meldingen die visie validate niet gaf (${apart.length}) ==`, ...(apart.length === 0
        ? ['  geen: visie meldde elke code van dit verslag zelf ook']
        : apart.map((f) => `  ${f.code} (${f.severity})${f.at ? ` ${f.at.file}` : ''}: ${f.message}`))]
  return `${lines.join('\n')}${formatText(report)}${tail.length > 0 ? `${tail.join('\n')}\n` : ''}`
}

/**
 * The package the report is about, built from the project: the delivery (and environment) whose idLevering the report
 * names; when none matches, the project's own delivery and VISIE-935.
 */
async function buildFor(
  project: string, idLevering: string | undefined, flags: VerslagFlags, io: Io,
): Promise<{ traceable: { files: readonly import('../../model/index.js').PackageFile[]; sourceFile: string; findings: readonly Finding[] }; imow: string; mismatch?: Finding }> {
  const projectDir = resolve(io.cwd, basename(project) === 'visie.json' ? dirname(project) : project)
  const { loadConfig } = await import('../../config/index.js')
  const { leveringConfig } = await import('../../build/context.js')
  const { buildPackage } = await import('../../build/index.js')
  const config = await loadConfig(projectDir)
  const kandidaten = (['besluit', 'ontwerp', 'kennisgeving', 'procedure'] as const).flatMap((levering) =>
    ([undefined, 'pre', 'prod'] as const).flatMap((omgeving) => {
      try {
        return [{ levering, omgeving, id: leveringConfig(config, levering, omgeving).idLevering }]
      } catch {
        return []
      }
    }))
  const match = kandidaten.find((k) => k.id === idLevering)
  const schemasDir = flags.schemas
    ? resolve(io.cwd, flags.schemas)
    : io.env.VISIE_SCHEMAS ? resolve(io.cwd, io.env.VISIE_SCHEMAS) : defaultSchemasDir(io.env, homedir())
  const levering = match?.levering
  const result = await buildPackage(projectDir, {
    schemasDir,
    ...(levering === 'kennisgeving' || levering === 'procedure' ? { levering } : {}),
    ...(levering === 'ontwerp' ? { ontwerp: true } : {}),
    ...(match?.omgeving ? { omgeving: match.omgeving } : {}),
  })
  const mismatch: Finding | undefined = match
    ? undefined
    : {
        code: 'VISIE-935', severity: 'waarschuwing', layer: 'pakket',
        message: `Het verslag gaat over idLevering ${idLevering ?? '(geen)'}, maar geen levering van dit project heeft die (wel: ${[...new Set(kandidaten.map((k) => k.id))].join(', ')}); de meldingen zijn herleid naar ${result.zipName}.`,
        data: { idLevering: idLevering ?? '', project: result.zipName },
      }
  return {
    traceable: { files: result.files, sourceFile: result.context.sourceFile, findings: result.findings },
    imow: result.context.config.standaarden.imow,
    ...(mismatch ? { mismatch } : {}),
  }
}

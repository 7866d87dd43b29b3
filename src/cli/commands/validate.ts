/**
 * `visie validate PACKAGE`: reads a .zip or folder, runs all validation layers, prints the report (text, json or
 * junit) or writes it with --out (temp file, then rename). Exit 0 nothing blocking, 1 blocking, 2 unreadable input.
 * `--regels` prints the rule list with the VISIE-<n> codes.
 */
import { rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { Option } from 'commander'
import { UsageError } from '../../model/errors.js'
import { readPackage } from '../../package/read.js'
import { defaultSchemasDir } from '../../schemas/index.js'
import { layers, rules, validatePackage, type Report } from '../../validate/index.js'
import { formatJson, formatJunit, formatText } from '../../validate/report/index.js'
import type { CommandRegistration, Io } from '../io.js'

interface ValidateOptions {
  readonly format: 'text' | 'json' | 'junit'
  readonly out?: string
  readonly schemas?: string
  readonly regels?: boolean
  readonly lagen?: string
}

const formatters: Readonly<Record<ValidateOptions['format'], (r: Report) => string>> = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
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
    .option('--lagen <lagen>', `alleen deze lagen, met komma's (standaard alle: ${layers.map((l) => l.name).join(',')})`)
    .action(async (pakket: string | undefined, options: ValidateOptions) => {
      if (options.regels) {
        io.out(ruleList())
        return
      }
      if (!pakket) throw new UsageError("geef een pakket op: 'visie validate PAKKET.zip' of een map.")
      const pkg = await readPackage(resolve(io.cwd, pakket))
      const chosen = options.lagen?.split(',').map((l) => l.trim())
      const unknown = chosen?.filter((l) => !layers.some((x) => x.name === l)) ?? []
      if (unknown.length > 0) throw new UsageError(`onbekende laag: ${unknown.join(', ')}`)
      const report = await validatePackage({ ...pkg, source: pakket }, { schemasDir: schemasDir(options, io) }, chosen ? { layers: chosen } : {})
      const output = formatters[options.format](report)
      if (options.out) await writeAtomically(resolve(io.cwd, options.out), output)
      else io.out(output)
      exit(report.samenvatting.blokkerend > 0 ? 1 : 0)
    })
}

/** --schemas, else VISIE_SCHEMAS, else the user cache (`$XDG_CACHE_HOME/visie/schemas` or `~/.cache/visie/schemas`). */
function schemasDir(options: ValidateOptions, io: Io): string {
  if (options.schemas) return resolve(io.cwd, options.schemas)
  if (io.env.VISIE_SCHEMAS) return resolve(io.cwd, io.env.VISIE_SCHEMAS)
  return defaultSchemasDir(io.env, homedir())
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-visie`
  await writeFile(tmp, content)
  await rename(tmp, path)
}

function ruleList(): string {
  const lines = ['Controles van visie validate (laag, code, ernst, omschrijving):', '']
  for (const r of rules) lines.push(`  ${r.layer.padEnd(7)} ${r.code.padEnd(10)} ${r.severity.padEnd(12)} ${r.title}`)
  lines.push(
    '',
    'Daarnaast: het lezen van het pakket (LVBB1001, LVBB1004, LVBB1040-1042, VISIE-502 ZIP-bom,',
    'VISIE-503 te veel bestanden, VISIE-504 map of symbolische link), de XSD-laag (code XSD; VISIE-800',
    'niet welgevormd, VISIE-801 DOCTYPE, VISIE-802/803 onbekend root-element of schema) en de officiële',
    'Schematron-regels van STOP 1.3.0 en LVBB 1.2.0 (STOPxxxx, BHKVxxxx).',
  )
  return `${lines.join('\n')}\n`
}

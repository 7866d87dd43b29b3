/** `visie schemas install|list`: install the official schema set (digest-checked against schemas/manifest.json) and show it. */
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { defaultSchemasDir } from '../../schemas/default-dir.js'
import type { InstalledSet } from '../../schemas/index.js'
import type { CommandRegistration, Io } from '../io.js'
import { writeAtomically } from '../write-atomic.js'

/** --to/--dir, else VISIE_SCHEMAS (as `visie validate` reads it), else the user cache. */
function targetDir(io: Io, to: string | undefined): string {
  if (to) return resolve(io.cwd, to)
  if (io.env.VISIE_SCHEMAS) return resolve(io.cwd, io.env.VISIE_SCHEMAS)
  return defaultSchemasDir(io.env, io.env.HOME ?? homedir())
}

export const registerSchemas: CommandRegistration = (program, io, exit) => {
  const schemas = program.command('schemas').description('installeer en toon de officiële XSD-, Schematron- en waardelijstbestanden')
  schemas
    .command('install')
    .description('installeer de set en controleer elk bestand tegen schemas/manifest.json (SHA-256)')
    .option('--from <bron>', 'map, ZIP of URL met de bestanden (herhaalbaar; zonder --from: de officiële URL’s)', collect, [])
    .option('--to <map>', 'installatiemap (standaard $VISIE_SCHEMAS, anders $XDG_CACHE_HOME/visie/schemas of ~/.cache/visie/schemas)')
    .action(async (opts: { from: string[]; to?: string }) => {
      // Loaded on use, so `visie --help` and the other commands start without the installer.
      const { installSchemas, loadManifest, officialSource, sourceFor } = await import('../../schemas/index.js')
      const manifest = await loadManifest()
      const sources = opts.from.length > 0
        ? await Promise.all(opts.from.map((f) => sourceFor(/^https?:/i.test(f) ? f : resolve(io.cwd, f))))
        : [officialSource()]
      let result: Awaited<ReturnType<typeof installSchemas>>
      try {
        result = await installSchemas(manifest, sources, targetDir(io, opts.to), writeAtomically)
      } finally {
        for (const s of sources) s.close?.()
      }
      const per = [...result.perSource].map(([label, n]) => `${n} uit ${label}`).join(', ')
      io.out(`${result.files} bestanden geïnstalleerd in ${result.dir} (${per}); alle SHA-256-waarden kloppen.\n`)
      // Compile the Schematron rules now (seconds per file, once), so validate and build never pay for it.
      const { precompileSchematron } = await import('../../validate/schematron/index.js')
      const problems = precompileSchematron({ schemasDir: result.dir })
      for (const p of problems) io.err(`visie: ${p.message}\n`)
      if (problems.length > 0) exit(1)
      else io.out('Schematron-regels van STOP en LVBB vertaald en klaargezet.\n')
    })
  schemas
    .command('list')
    .description('toon wat er is geïnstalleerd: set, versie, bestanden, digest-status')
    .option('--dir <map>', 'installatiemap (standaard als bij install)')
    .action(async (opts: { dir?: string }) => {
      const dir = targetDir(io, opts.dir)
      const { listInstalled, loadManifest } = await import('../../schemas/index.js')
      const sets = await listInstalled(await loadManifest(), dir)
      io.out(`Schemaset in ${dir}:\n${sets.map(formatSet).join('')}`)
      if (sets.some((s) => s.ok !== s.files)) exit(1)
    })
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function formatSet(s: InstalledSet): string {
  const status = s.ok === s.files ? 'in orde' : `${s.missing.length} ontbreken, ${s.changed.length} gewijzigd`
  const details = [...s.missing.map((p) => `    ontbreekt: ${p}\n`), ...s.changed.map((p) => `    gewijzigd: ${p}\n`)]
  return `  ${s.id.padEnd(20)} ${s.version.padEnd(9)} ${String(s.ok).padStart(3)}/${String(s.files).padEnd(3)} ${status}  (${s.name})\n${details.join('')}`
}

/**
 * `visie init DIR [--bevoegd-gezag CODE --naam NAAM] [--oin OIN] [--tekst FILE]`: a first project that builds —
 * visie.json (with $schema), its JSON Schema, a skeleton omgevingsvisie.txt (or a copy of the user's own text, PDF or
 * DOCX given with --tekst, which visie.json then names) and a schematic GeoJSON for the one GIO of Bijlage I.
 * Overwrites nothing.
 */
import { lstat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { bevoegdGezagInfo } from '../../config/bevoegd-gezag.js'
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'
import { today } from '../today.js'
import { writeAllAtomically } from '../write-atomic.js'

interface InitFlags {
  readonly bevoegdGezag?: string
  readonly naam?: string
  readonly oin?: string
  readonly tekst?: string
}

const SCHEMA_FILE = 'visie.schema.json'

export const registerInit: CommandRegistration = (program, io) => {
  program
    .command('init')
    .description('maak een nieuwe projectmap die meteen bouwt: visie.json, een voorbeeldtekst en schematische geometrie')
    .argument('<map>', 'de nieuwe projectmap')
    .option('--bevoegd-gezag <code>', 'code van het bevoegd gezag: gm0757 (gemeente), pv22 (provincie), ws0155 (waterschap), mnre1034 (ministerie)')
    .option('--naam <naam>', 'naam van het bevoegd gezag, bijvoorbeeld "Gemeente Boxtel" of "Provincie Drenthe"')
    .option('--oin <oin>', 'OIN (20 cijfers) van het bevoegd gezag, ook gebruikt als OIN van de aanleveraar')
    .option('--tekst <bestand>', 'uw eigen tekst (.txt, .md, .pdf of .docx): wordt in de projectmap gekopieerd en in visie.json opgenomen')
    .action(async (dir: string, flags: InitFlags) => {
      const code = flags.bevoegdGezag?.trim().toLowerCase()
      if (code !== undefined && !bevoegdGezagInfo(code)) {
        throw new UsageError(`--bevoegd-gezag '${flags.bevoegdGezag}' is geen code als gm0757, pv22, ws0155 of mnre1034.`)
      }
      if ((code === undefined) !== (flags.naam === undefined)) {
        throw new UsageError('geef --bevoegd-gezag en --naam samen, bijvoorbeeld: visie init MAP --bevoegd-gezag pv22 --naam "Provincie Drenthe".')
      }
      if (flags.oin !== undefined && !/^\d{20}$/.test(flags.oin)) throw new UsageError(`--oin '${flags.oin}' is geen OIN van 20 cijfers.`)
      const target = resolve(io.cwd, dir)
      // Loaded on use, so `visie --help` and the other commands start without zod and the readers.
      const { configJsonSchema } = await import('../../config/index.js')
      const { GEO_BESTAND, starterProject } = await import('../../config/starter.js')
      const project = starterProject({
        ...(code ? { bevoegdGezag: code } : {}),
        ...(flags.naam ? { naam: flags.naam.trim() } : {}),
        ...(flags.oin ? { oin: flags.oin } : {}),
        vandaag: today(),
        schema: `./${SCHEMA_FILE}`,
      })
      const own = flags.tekst !== undefined ? await ownText(io.cwd, flags.tekst) : undefined
      const text: [string, string | Uint8Array] = own ? [own.name, own.bytes] : ['omgevingsvisie.txt', project.tekst]
      const config = own ? { ...project.config, tekst: own.name } : project.config
      const files: readonly [string, string | Uint8Array][] = [
        ['visie.json', `${JSON.stringify(config, null, 2)}\n`],
        [SCHEMA_FILE, `${JSON.stringify(configJsonSchema(), null, 2)}\n`],
        text,
        [GEO_BESTAND, project.geojson],
      ]
      for (const [name] of files) {
        if (await exists(join(target, name))) throw new UsageError(`${join(target, name)} bestaat al; visie init overschrijft niets.`)
      }
      // Never write through a link: a (dangling) symbolic link at geo/ or afbeeldingen/ would put the files elsewhere.
      for (const sub of ['geo', 'afbeeldingen']) {
        if ((await lstat(join(target, sub)).catch(() => undefined))?.isSymbolicLink()) {
          throw new UsageError(`${join(target, sub)} is een symbolische link; visie init schrijft alleen in gewone mappen.`)
        }
      }
      // All or nothing: a full disk or Ctrl-C halfway leaves no half project (issue 16 D5–D7).
      await writeAllAtomically([...files.map(([name, content]) => [join(target, name), content] as const), [join(target, 'afbeeldingen'), 'map']])
      io.out(
        [
          `Projectmap ${target} gemaakt: visie.json, ${SCHEMA_FILE}, ${text[0]} en ${GEO_BESTAND}.`,
          code
            ? `Bouw het voorbeeld met 'visie build ${dir}'; vervang daarna de tekst en de schematische geometrie door de uwe.`
            : "Vul in visie.json het bevoegd gezag, de naam en de OIN's in (of gebruik --bevoegd-gezag en --naam); tot dan schrijft 'visie build' geen pakket.",
          '',
        ].join('\n'),
      )
    })
}

/** The user's own text for --tekst: its bytes (within the reader's size limits) and the name it gets in the project. */
async function ownText(cwd: string, given: string): Promise<{ name: string; bytes: Uint8Array }> {
  const path = resolve(cwd, given)
  let read: { bytes: Uint8Array; size: number }
  const { readSourceFile } = await import('../../parse/index.js')
  const { NotRegularFile } = await import('../../config/project-files.js')
  try {
    read = await readSourceFile(path)
  } catch (e) {
    if (e instanceof NotRegularFile) throw new UsageError(`--tekst '${given}' is niet te lezen: ${e.message}.`)
    const code = (e as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `--tekst '${given}' bestaat niet.` : `--tekst '${given}' is niet te lezen (${code ?? 'onbekende fout'}).`)
  }
  if (read.bytes.length === 0 && read.size > 0) throw new UsageError(`--tekst '${given}' is te groot (${read.size} bytes) voor een tekst, PDF of Word-bestand van een omgevingsvisie.`)
  const name = basename(path)
  if (name === 'visie.json' || name === SCHEMA_FILE) throw new UsageError(`--tekst '${given}' heeft de naam van een bestand dat visie init zelf schrijft; geef het een andere naam.`)
  return { name, bytes: read.bytes }
}

/** lstat, not access: a dangling symbolic link exists too, and init writes nothing through it. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

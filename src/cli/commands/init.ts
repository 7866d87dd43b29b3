/** `visie init DIR`: a new project folder with a visie.json to fill in and an empty text file. */
import { mkdir, writeFile, access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'
import { starterConfig } from '../../config/starter.js'

export const registerInit: CommandRegistration = (program, io) => {
  program
    .command('init')
    .description('maak een nieuwe projectmap met een visie.json om in te vullen')
    .argument('<map>', 'de nieuwe projectmap')
    .action(async (dir: string) => {
      const target = resolve(io.cwd, dir)
      const configFile = join(target, 'visie.json')
      if (await exists(configFile)) throw new UsageError(`${configFile} bestaat al; visie init overschrijft niets.`)
      await mkdir(join(target, 'geo'), { recursive: true })
      await mkdir(join(target, 'afbeeldingen'), { recursive: true })
      await writeFile(configFile, `${JSON.stringify(starterConfig(), null, 2)}\n`)
      io.out(`Projectmap ${target} gemaakt. Zet de tekst in omgevingsvisie.txt, de geometrie in geo/ en vul visie.json aan.\n`)
    })
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

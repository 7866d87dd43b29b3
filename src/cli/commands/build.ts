/** `visie build`: placeholder until its issue lands; it registers the command so --help lists it. */
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'

export const registerBuild: CommandRegistration = (program) => {
  program
    .command('build')
    .description('(nog niet beschikbaar)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UsageError("'visie build' is nog niet beschikbaar in deze versie.")
    })
}

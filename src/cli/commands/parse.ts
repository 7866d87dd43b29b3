/** `visie parse`: placeholder until its issue lands; it registers the command so --help lists it. */
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'

export const registerParse: CommandRegistration = (program) => {
  program
    .command('parse')
    .description('(nog niet beschikbaar)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UsageError("'visie parse' is nog niet beschikbaar in deze versie.")
    })
}

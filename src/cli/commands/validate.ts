/** `visie validate`: placeholder until its issue lands; it registers the command so --help lists it. */
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'

export const registerValidate: CommandRegistration = (program) => {
  program
    .command('validate')
    .description('(nog niet beschikbaar)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UsageError("'visie validate' is nog niet beschikbaar in deze versie.")
    })
}

/** `visie preview`: placeholder until its issue lands; it registers the command so --help lists it. */
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'

export const registerPreview: CommandRegistration = (program) => {
  program
    .command('preview')
    .description('(nog niet beschikbaar)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UsageError("'visie preview' is nog niet beschikbaar in deze versie.")
    })
}

/** `visie schemas`: placeholder until its issue lands; it registers the command so --help lists it. */
import { UsageError } from '../../model/errors.js'
import type { CommandRegistration } from '../io.js'

export const registerSchemas: CommandRegistration = (program) => {
  program
    .command('schemas')
    .description('(nog niet beschikbaar)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UsageError("'visie schemas' is nog niet beschikbaar in deze versie.")
    })
}

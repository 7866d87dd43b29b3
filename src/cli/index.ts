/**
 * The command line: parses options, calls one library function per command, prints the result,
 * returns the exit code (0 ok, 1 blocking findings, 2 usage/input/internal error). Only src/cli prints.
 */
import { Command } from 'commander'
import { commands } from './commands/index.js'
import { handleError, type UsageContext } from './errors.js'
import { createIo, type Io } from './io.js'
import { VERSION } from './version.js'

export async function main(argv: readonly string[], io: Io = createIo()): Promise<number> {
  const program = new Command('visie')
  let exitCode = 0
  program
    .description('Van omgevingsvisie-tekst naar LVBB-aanleverpakket (STOP 1.3.0 / LVBB 1.2.0 / IMOW), met offline validatie')
    .version(VERSION, '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .option('--debug', 'toon bij een interne fout de volledige stacktrace')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} })
    .configureHelp({
      styleTitle: (title) => helpTitles[title] ?? title,
      commandUsage: (cmd) => dutchUsage(cmd),
      optionDescription: (option) => withExtras(option.description, option.argChoices, option.defaultValue),
      argumentDescription: (argument) => withExtras(argument.description, argument.argChoices, argument.defaultValue),
    })
  for (const register of commands) {
    register(program, io, (code) => {
      exitCode = Math.max(exitCode, code)
    })
  }
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: () => {} })
  // Bare `visie`, as git and npm do: the help, and exit 1 (nothing was done).
  if (argv.length <= 2) {
    io.out(program.helpInformation())
    return 1
  }
  try {
    await program.parseAsync(argv as string[])
    return exitCode
  } catch (e) {
    return handleError(e, io, program.opts<{ debug?: boolean }>().debug === true, usageContext(program, argv))
  }
}

function usageContext(program: Command, argv: readonly string[]): UsageContext {
  const args = argv.slice(2)
  const names = new Set(program.commands.map((c) => c.name()))
  const command = args.find((a) => names.has(a))
  const json = args.some((a, i) => a === '--format=json' || (a === '--format' && args[i + 1] === 'json'))
  return { ...(command ? { command } : {}), json }
}

/** commander's section titles in --help, in Dutch (subcommands inherit this setting). */
const helpTitles: Readonly<Record<string, string>> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
}

function dutchUsage(cmd: Command): string {
  const names: string[] = []
  for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name())
  const usage = cmd.usage().replace('[options]', '[opties]').replace('[command]', '[opdracht]')
  return [...names, cmd.name(), usage].join(' ')
}

function withExtras(description: string, choices: readonly string[] | undefined, defaultValue: unknown): string {
  const extras = [
    ...(choices ? [`keuze uit: ${choices.map((c) => `"${c}"`).join(', ')}`] : []),
    ...(defaultValue !== undefined ? [`standaard: ${JSON.stringify(defaultValue)}`] : []),
  ]
  return extras.length > 0 ? `${description} (${extras.join('; ')})` : description
}

/**
 * The command line: parses options, calls one library function per command, prints the result,
 * returns the exit code (0 ok, 1 blocking findings, 2 usage/input/internal error). Only src/cli prints.
 */
import { Command, CommanderError } from 'commander'
import { InputError, UsageError } from '../model/errors.js'
import { commands } from './commands/index.js'
import { describeFsError, isFsError } from './fs-errors.js'
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

interface UsageContext {
  /** The subcommand named on the command line, if any (`build`). */
  readonly command?: string
  /** `--format json` was asked for: errors are reported as JSON on stdout too. */
  readonly json: boolean
}

function usageContext(program: Command, argv: readonly string[]): UsageContext {
  const args = argv.slice(2)
  const names = new Set(program.commands.map((c) => c.name()))
  const command = args.find((a) => names.has(a))
  const json = args.some((a, i) => a === '--format=json' || (a === '--format' && args[i + 1] === 'json'))
  return { ...(command ? { command } : {}), json }
}

function handleError(e: unknown, io: Io, debug: boolean, context: UsageContext): number {
  const fail = (soort: 'gebruik' | 'invoer' | 'intern', melding: string, hint?: string): number => {
    io.err(`visie: ${melding}\n${hint ? `${hint}\n` : ''}`)
    if (context.json) io.out(`${JSON.stringify({ tool: 'visie', versie: VERSION, fout: { soort, melding, ...(hint ? { hint } : {}) }, exitcode: 2 }, null, 2)}\n`)
    return 2
  }
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0
    const hint = context.command
      ? `Gebruik 'visie ${context.command} --help' voor de opties van ${context.command}.`
      : "Gebruik 'visie --help' voor de mogelijke opdrachten en opties."
    return fail('gebruik', dutchCommanderMessage(e), hint)
  }
  if (e instanceof UsageError) return fail('gebruik', e.message)
  if (e instanceof InputError) return fail('invoer', e.message)
  // An ordinary disk problem (full, read-only, a folder where a file goes) names the path and the cause.
  if (isFsError(e)) return fail('invoer', describeFsError(e))
  const err = e as Error
  if (debug && err?.stack) io.err(`${err.stack}\n`)
  return fail('intern', `interne fout: ${err?.message ?? String(e)}`, debug ? undefined : 'Start opnieuw met --debug voor details en meld dit als fout.')
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

const commanderMessages: Readonly<Record<string, (m: string) => string>> = {
  'commander.unknownOption': (m) => `onbekende optie ${quoted(m)}`,
  'commander.unknownCommand': (m) => `onbekende opdracht ${quoted(m)}`,
  'commander.missingArgument': (m) => `argument ${quoted(m)} ontbreekt`,
  'commander.optionMissingArgument': (m) => `optie ${quoted(m)} heeft een waarde nodig`,
  'commander.missingMandatoryOptionValue': (m) => `verplichte optie ${quoted(m)} ontbreekt`,
  'commander.invalidArgument': (m) => `ongeldige waarde: ${m.replace(/^error: /, '')}`,
  'commander.excessArguments': () => 'te veel argumenten',
}

function dutchCommanderMessage(e: CommanderError): string {
  const render = commanderMessages[e.code]
  return render ? render(e.message) : e.message.replace(/^error: /, '')
}

function quoted(message: string): string {
  const m = /'([^']*)'/.exec(message)
  return m ? `'${m[1]}'` : ''
}

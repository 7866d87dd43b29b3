/**
 * How the CLI reports an error that ends a command (exit 2): a usage error (commander's, in Dutch, or ours), an input
 * error, an ordinary disk problem, or an internal failure (its stack with --debug); with `--format json` also as JSON
 * on stdout. `visie build --watch` reports a failed rebuild the same way and goes on watching.
 */
import { CommanderError } from 'commander'
import { InputError, UsageError } from '../model/errors.js'
import { describeFsError, isFsError } from './fs-errors.js'
import type { Io } from './io.js'
import { VERSION } from './version.js'

export interface UsageContext {
  /** The subcommand named on the command line, if any (`build`). */
  readonly command?: string
  /** `--format json` was asked for: errors are reported as JSON on stdout too. */
  readonly json: boolean
}

export function handleError(e: unknown, io: Io, debug: boolean, context: UsageContext): number {
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

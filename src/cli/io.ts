/** Where the CLI writes; tests pass their own to capture output. */
export interface Io {
  readonly out: (s: string) => void
  readonly err: (s: string) => void
  /** True when stderr is a terminal and progress may be shown. */
  readonly tty: boolean
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Ends `visie build --watch` (a test's; the CLI's watch lasts until Ctrl-C). */
  readonly stop?: AbortSignal
}

export function createIo(): Io {
  // `visie … | head`: the reader went away. Stop quietly, as other command-line tools do, with no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    })
  }
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    tty: Boolean(process.stderr.isTTY) && !process.env.CI,
    cwd: process.cwd(),
    env: process.env,
  }
}

/** Registers one command on the program; `exit` raises the process exit code (the highest wins). */
export type CommandRegistration = (
  program: import('commander').Command,
  io: Io,
  exit: (code: number) => void,
) => void

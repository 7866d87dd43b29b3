/** Typed errors at the edges; src/cli maps them to exit code 2 with their Dutch message. */

/** Wrong command-line usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Input that cannot be read at all (missing file, not JSON, not text). Problems *in* readable input are findings. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/**
 * The user cache dir for the installed set: `$XDG_CACHE_HOME/visie/schemas`, else `<home>/.cache/visie/schemas`.
 * Only src/cli calls this, with its environment; library code gets the dir as a parameter. Its own module, so the
 * commands can name the default without loading the installer.
 */
import { isAbsolute, join } from 'node:path'

export function defaultSchemasDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_CACHE_HOME
  return xdg && isAbsolute(xdg) ? join(xdg, 'visie', 'schemas') : join(home, '.cache', 'visie', 'schemas')
}

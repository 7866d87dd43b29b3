/**
 * The official schema set: the committed manifest, installing it from folders/ZIPs/URLs with digest checks,
 * listing what is installed, and resolving official URLs to installed files for the validation layers.
 */
import { isAbsolute, join } from 'node:path'

export { defaultManifestFile, loadManifest, type SchemaManifest, type SchemaManifestFile, type SchemaSetInfo } from './manifest.js'
export { installSchemas, SchemaInstallError, sha256, type InstallProblem, type InstallResult } from './install.js'
export { listInstalled, type InstalledSet } from './list.js'
export { openSchemaSet, schemaSetFrom, type SchemaSet } from './resolve.js'
export { dirSource, officialSource, sourceFor, urlSource, zipSource, type SchemaSource } from './sources.js'

/**
 * The user cache dir for the installed set: `$XDG_CACHE_HOME/visie/schemas`, else `<home>/.cache/visie/schemas`.
 * Only src/cli calls this, with its environment; library code gets the dir as a parameter.
 */
export function defaultSchemasDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_CACHE_HOME
  return xdg && isAbsolute(xdg) ? join(xdg, 'visie', 'schemas') : join(home, '.cache', 'visie', 'schemas')
}

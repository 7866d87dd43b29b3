/**
 * The official schema set: the committed manifest, installing it from folders/ZIPs/URLs with digest checks,
 * listing what is installed, and resolving official URLs to installed files for the validation layers.
 */
export { defaultManifestFile, loadManifest, type SchemaManifest, type SchemaManifestFile, type SchemaSetInfo } from './manifest.js'
export { installSchemas, SchemaInstallError, sha256, type InstallProblem, type InstallResult } from './install.js'
export { listInstalled, type InstalledSet } from './list.js'
export { openSchemaSet, schemaSetFrom, type SchemaSet } from './resolve.js'
export { dirSource, officialSource, schemaZipLimits, sourceFor, urlSource, zipSource, type SchemaSource } from './sources.js'
export { defaultSchemasDir } from './default-dir.js'

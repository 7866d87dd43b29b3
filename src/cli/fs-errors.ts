/**
 * A failing file-system call (ENOSPC, EROFS, EISDIR, …) → one Dutch sentence that names the path and the cause.
 * Used for every write of the CLI (--out, init, the ZIP) and as the fallback of the CLI's error handler, so an
 * ordinary disk problem is never reported as "interne fout".
 */

const causes: Readonly<Record<string, string>> = {
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'het schijfquotum is op',
  EROFS: 'het bestandssysteem is alleen-lezen',
  EACCES: 'geen toegang (rechten)',
  EPERM: 'niet toegestaan (rechten)',
  EEXIST: 'er bestaat al een bestand of (symbolische) link met die naam',
  EISDIR: 'dat is een map, geen bestand',
  ENOTDIR: 'een deel van het pad is geen map',
  ENOENT: 'het pad bestaat niet',
  ENAMETOOLONG: 'de naam is te lang',
  ELOOP: 'te veel symbolische links (een kring?)',
  EMFILE: 'te veel open bestanden',
  EBUSY: 'het bestand is in gebruik',
  EXDEV: 'het tijdelijke bestand en het doel staan op verschillende bestandssystemen',
  EIO: 'invoer-/uitvoerfout van de schijf',
  EFBIG: 'het bestand wordt te groot voor dit bestandssysteem',
  ETXTBSY: 'het bestand is in gebruik',
}

const actions: Readonly<Record<string, string>> = {
  open: 'openen', write: 'schrijven', read: 'lezen', rename: 'schrijven', mkdir: 'aanmaken', mkdtemp: 'aanmaken',
  scandir: 'lezen', stat: 'lezen', lstat: 'lezen', close: 'schrijven', fsync: 'schrijven', copyfile: 'schrijven',
  unlink: 'verwijderen', rmdir: 'verwijderen', access: 'lezen', realpath: 'lezen',
}

/** True for a Node errno error (`code` like 'ENOSPC' and a `syscall`). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code ?? '')
}

/**
 * "Kan /x/rapport.json niet schrijven: de schijf is vol (ENOSPC)." `path` overrides the error's own path (a
 * temporary name means nothing to the user; the target does).
 */
export function describeFsError(e: NodeJS.ErrnoException, path?: string, action?: string): string {
  const code = e.code ?? 'onbekend'
  const where = path ?? (e as { dest?: string }).dest ?? e.path
  const verb = action ?? actions[e.syscall ?? ''] ?? 'gebruiken'
  const cause = causes[code] ?? e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/, '')
  return `Kan ${where ? `'${where}'` : 'een bestand'} niet ${verb}: ${cause} (${code}).`
}

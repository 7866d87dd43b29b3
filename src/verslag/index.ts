/**
 * The LVBB's answer read back (issue 19, `visie verslag`): a validatie- or publicatieVerzoekResultaat (or its
 * …StatusVerzoekResultaat) of lvbb-transport.xsd 1.2.0 — uitkomst, verslag with idLevering, tijdstipVerslag,
 * uitkomst/voortgang and meldingen/melding (stop:melding of stop_toevoeging.xsd: code, ernst, soort, categorie?,
 * beschrijving) — into findings. Each melding is placed in the package by the identifiers its beschrijving names
 * (file names, wId, OW identificatie, AKN/JOIN ids, OINs): the first package file and element holding one, and the
 * source line through the writers' trace. A melding whose code visie's own validation did not report is marked
 * (`data.visie` = 'niet gemeld'): that is where the offline checks fall short.
 */
import { type Finding, InputError, type Layer, type PackageFile, type Severity } from '../model/index.js'
import { type XmlElement, child, childText, childrenNamed, readXml, textOf } from '../package/xml-tree.js'

export interface Melding {
  readonly code: string
  /** fout | waarschuwing | informatie, as the LVBB writes it. */
  readonly ernst: string
  readonly soort: string
  readonly categorie?: string
  readonly beschrijving: string
}

export interface Verslag {
  /** `validatieVerzoekResultaat`, `publicatieStatusVerzoekResultaat`, … */
  readonly soort: string
  /** succes | mislukt: whether the LVBB could carry out the request. */
  readonly verzoek?: string
  readonly idLevering?: string
  readonly tijdstip?: string
  /** valide, niet-valide, gepubliceerd, … or the voortgang when the treatment is not finished. */
  readonly uitkomst?: string
  readonly voortgang?: string
  readonly meldingen: readonly Melding[]
}

const ROOTS = new Set(['validatieVerzoekResultaat', 'validatieStatusVerzoekResultaat', 'publicatieVerzoekResultaat', 'publicatieStatusVerzoekResultaat'])

export function readVerslag(bytes: Uint8Array, file: string): Verslag {
  const { root, error } = readXml(bytes)
  if (!root || error) throw new InputError(`${file} is geen leesbaar XML-verslag van de LVBB${error ? ` (${error})` : ''}.`)
  if (!ROOTS.has(root.name)) {
    throw new InputError(`${file} is geen verslag van de LVBB: het rootelement is ${root.name}; verwacht ${[...ROOTS].join(', ')} (lvbb-transport.xsd).`)
  }
  const verslag = child(root, 'verslag')
  const meldingen = [...childrenNamed(child(root, 'meldingen'), 'melding'), ...childrenNamed(child(verslag, 'meldingen'), 'melding')].map(melding)
  const opt = (k: string, v: string | undefined) => (v === undefined ? {} : { [k]: v.trim() })
  return {
    soort: root.name,
    ...opt('verzoek', childText(root, 'uitkomst')),
    ...opt('idLevering', childText(verslag, 'idLevering')),
    ...opt('tijdstip', childText(verslag, 'tijdstipVerslag')),
    ...opt('uitkomst', childText(verslag, 'uitkomst')),
    ...opt('voortgang', childText(verslag, 'voortgang')),
    meldingen,
  }
}

function melding(m: XmlElement): Melding {
  const t = (name: string) => childText(m, name)?.trim()
  const categorie = t('categorie')
  return {
    code: t('code') ?? '',
    ernst: t('ernst') ?? '',
    soort: t('soort') ?? '',
    ...(categorie ? { categorie } : {}),
    beschrijving: textOf(child(m, 'beschrijving')).replace(/\s+/g, ' ').trim(),
  }
}

const ERNST: Readonly<Record<string, Severity>> = { fout: 'blokkerend', waarschuwing: 'waarschuwing', informatie: 'informatie', informatief: 'informatie' }

/** The layer a chain code belongs to, as visie's own findings of that code have it. */
function layerOf(code: string): Layer {
  if (/^(STOP|BHKV)/.test(code)) return 'stop'
  if (/^(TPOD|OZON)/.test(code)) return 'ow'
  if (/^GEOMETRY/.test(code)) return 'geo'
  if (/^LVBB1\d{3}$/.test(code)) return 'pakket'
  return 'lvbb'
}

export interface Traceable {
  /** The package as built from the project (files with their wId/OW-identificatie traces). */
  readonly files: readonly PackageFile[]
  /** The source text's name for `source`. */
  readonly sourceFile: string
  /** What visie's own build and validation found in the same package. */
  readonly findings: readonly Finding[]
}

/** The meldingen as findings, each placed in the package and the source where its beschrijving says enough. */
export function meldingFindings(v: Verslag, project?: Traceable): Finding[] {
  const texts = new Map((project?.files ?? []).map((f) => [f.path, Buffer.from(f.bytes).toString('utf8')]))
  const trace = new Map<string, number>()
  for (const f of project?.files ?? []) for (const [id, span] of f.trace ?? []) trace.set(id, span.start.line)
  const gemeld = new Set((project?.findings ?? []).map((f) => f.code))
  return v.meldingen.map((m) => {
    const place = project ? locate(m.beschrijving, texts, trace) : undefined
    const at = place?.at
    const line = place?.sourceLine
    return {
      code: m.code || 'LVBB',
      severity: ERNST[m.ernst] ?? 'informatie',
      layer: layerOf(m.code),
      message: m.beschrijving,
      data: {
        ernst: m.ernst, soort: m.soort, ...(m.categorie ? { categorie: m.categorie } : {}),
        ...(project ? { visie: gemeld.has(m.code) ? 'gemeld' : 'niet gemeld' } : {}),
      },
      ...(at ? { at } : {}),
      ...(line !== undefined && project ? { source: { file: project.sourceFile, line } } : {}),
    }
  })
}

/** Identifiers a melding may name: file names, wIds, OW ids, AKN/JOIN ids, OINs (longest first within a kind). */
const TOKENS: readonly RegExp[] = [
  /\b[\w-]+\.(?:xml|gml|png|jpe?g|pdf)\b/g,
  /\bnl\.imow-[a-z]+\d+\.[a-z]+\.[A-Za-z0-9]+/g,
  /\/(?:akn|join)\/[^\s"'<>(),]+/g,
  /\b(?:gm|pv|ws|mnre)\d+_\d+__[\w.]+/g,
  /\b\d{20}\b/g,
]

function tokensOf(text: string): string[] {
  // Sentence punctuation after an identifier is no part of it.
  return TOKENS.flatMap((re) => [...text.matchAll(re)].map((m) => m[0].replace(/[.:;]+$/, '')))
}

function locate(
  text: string, files: ReadonlyMap<string, string>, trace: ReadonlyMap<string, number>,
): { at?: Finding['at']; sourceLine?: number } | undefined {
  const tokens = tokensOf(text)
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const sourceLine = tokens.map((t) => trace.get(t) ?? tracedTag(t, sorted, trace)).find((l) => l !== undefined)
  const line = sourceLine !== undefined ? { sourceLine } : {}
  for (const t of tokens) {
    if (files.has(t)) return { at: { file: t }, ...line }
    // Where the object is defined (its identificatie) before where it is referred to; else the first file naming it.
    const defined = sorted.map(([path, content]) => [path, content, content.search(new RegExp(`identificatie>${escape(t)}<`))] as const).find(([, , i]) => i >= 0)
    const first = sorted.map(([path, content]) => [path, content, content.indexOf(t)] as const).find(([, , i]) => i >= 0)
    const hit = defined ? ([defined[0], defined[1], defined[1].indexOf(t, defined[2])] as const) : first
    if (!hit) continue
    const [path, content, i] = hit
    const el = enclosing(content, i)
    return { at: { file: path, line: content.slice(0, i).split('\n').length, ...(el ? { xpath: `//${el}` } : {}) }, ...line }
  }
  return sourceLine !== undefined ? { sourceLine } : undefined
}

/**
 * The source line for a token that is no traced id itself (a GIO expression in an ExtIoRef): the last element with a
 * traced wId that starts before the token's occurrence, up to and including its own start tag (the token's element
 * or the Divisietekst/Begrip around it). Occurrences before any traced element (the metadata) are skipped.
 */
function tracedTag(token: string, files: readonly (readonly [string, string])[], trace: ReadonlyMap<string, number>): number | undefined {
  for (const [, content] of files) {
    // Only the STOP text: an OW file's wIds say which text an object annotates, not where the token comes from.
    if (!content.includes('wId="') || content.includes('owBestand')) continue
    for (let i = content.indexOf(token); i >= 0; i = content.indexOf(token, i + 1)) {
      const end = content.indexOf('>', i)
      const wIds = [...content.slice(0, end < 0 ? content.length : end + 1).matchAll(/\swId="([^"]+)"/g)].map((m) => m[1] as string)
      for (let k = wIds.length - 1; k >= 0; k--) {
        const line = trace.get(wIds[k] as string)
        if (line !== undefined) return line
      }
    }
  }
  return undefined
}

/** The element whose start tag or text holds position `i`: the last start tag before it (`tekst:ExtIoRef`). */
function enclosing(content: string, i: number): string | undefined {
  const before = content.slice(0, i)
  const tags = [...before.matchAll(/<([A-Za-z][\w.-]*(?::[\w.-]+)?)[\s>/]/g)]
  return tags[tags.length - 1]?.[1]
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

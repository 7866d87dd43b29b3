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
  const index = project ? new PackageIndex(texts, trace) : undefined
  return v.meldingen.map((m) => {
    const place = index?.locate(m.beschrijving)
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

/**
 * The package's texts, with what placing a melding looks up made once: where each OW object is defined (its
 * identificatie), the line starts of each file, the wIds of the STOP texts. A verslag of 2 000 meldingen on a package
 * with a 74 MB GML searched every file for each melding (60 s; 20 000 meldingen did not finish in 5 minutes).
 */
class PackageIndex {
  /** The files in name order: the first one that holds a token is where a melding is placed. */
  private readonly sorted: readonly (readonly [string, string])[]
  /** Token → the first `identificatie>token<` (file in name order, offset of the token). */
  private readonly definitions = new Map<string, { readonly path: string; readonly content: string; readonly at: number }>()
  /** The STOP texts (with wIds, no OW file): each wId attribute with the offset where its match ends. */
  private readonly stopTexts: readonly { readonly content: string; readonly wIds: readonly { readonly end: number; readonly wId: string }[] }[]
  private readonly lineStarts = new Map<string, number[]>()

  constructor(
    files: ReadonlyMap<string, string>,
    private readonly trace: ReadonlyMap<string, number>,
  ) {
    this.sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    for (const [path, content] of this.sorted) {
      for (const m of content.matchAll(/identificatie>([^<]*)</g)) {
        const token = m[1] as string
        if (!this.definitions.has(token)) this.definitions.set(token, { path, content, at: (m.index as number) + 'identificatie>'.length })
      }
    }
    // Only the STOP text: an OW file's wIds say which text an object annotates, not where the token comes from.
    this.stopTexts = this.sorted
      .filter(([, content]) => content.includes('wId="') && !content.includes('owBestand'))
      .map(([, content]) => ({ content, wIds: [...content.matchAll(/\swId="([^"]+)"/g)].map((m) => ({ end: (m.index as number) + m[0].length, wId: m[1] as string })) }))
  }

  locate(text: string): { at?: Finding['at']; sourceLine?: number } | undefined {
    const tokens = tokensOf(text)
    let sourceLine: number | undefined
    for (const t of tokens) {
      sourceLine = this.trace.get(t) ?? this.tracedTag(t)
      if (sourceLine !== undefined) break
    }
    const line = sourceLine !== undefined ? { sourceLine } : {}
    for (const t of tokens) {
      if (this.sorted.some(([path]) => path === t)) return { at: { file: t }, ...line }
      // Where the object is defined (its identificatie) before where it is referred to; else the first file naming it.
      const defined = this.definitions.get(t)
      const hit = defined ? ([defined.path, defined.content, defined.at] as const) : this.firstOccurrence(t)
      if (!hit) continue
      const [path, content, i] = hit
      const el = enclosing(content, i)
      return { at: { file: path, line: this.lineOf(path, content, i), ...(el ? { xpath: `//${el}` } : {}) }, ...line }
    }
    return sourceLine !== undefined ? { sourceLine } : undefined
  }

  private firstOccurrence(token: string): readonly [string, string, number] | undefined {
    for (const [path, content] of this.sorted) {
      const i = content.indexOf(token)
      if (i >= 0) return [path, content, i]
    }
    return undefined
  }

  /** The line (from 1) of offset `i`. */
  private lineOf(path: string, content: string, i: number): number {
    let starts = this.lineStarts.get(path)
    if (starts === undefined) {
      starts = [0]
      for (let n = content.indexOf('\n'); n >= 0; n = content.indexOf('\n', n + 1)) starts.push(n + 1)
      this.lineStarts.set(path, starts)
    }
    return lastAtOrBefore(starts, i, (s) => s) + 1
  }

  /**
   * The source line for a token that is no traced id itself (a GIO expression in an ExtIoRef): the last element with a
   * traced wId that starts before the token's occurrence, up to and including its own start tag (the token's element
   * or the Divisietekst/Begrip around it). Occurrences before any traced element (the metadata) are skipped.
   */
  private tracedTag(token: string): number | undefined {
    for (const { content, wIds } of this.stopTexts) {
      for (let i = content.indexOf(token); i >= 0; i = content.indexOf(token, i + 1)) {
        const end = content.indexOf('>', i)
        const limit = end < 0 ? content.length : end + 1
        // The wId attributes that lie wholly before the limit, the last one first.
        for (let k = lastAtOrBefore(wIds, limit, (w) => w.end); k >= 0; k--) {
          const line = this.trace.get((wIds[k] as { wId: string }).wId)
          if (line !== undefined) return line
        }
      }
    }
    return undefined
  }
}

/** The index of the last item whose key is at most `value` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid] as T) <= value) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The element whose start tag or text holds position `i`: the last start tag before it (`tekst:ExtIoRef`). */
function enclosing(content: string, i: number): string | undefined {
  // Backwards from `i` to the first `<` that opens a start tag wholly before `i` (what the last match in the text
  // before `i` is), so that a melding far down a large file does not read the file up to it.
  const tag = /<([A-Za-z][\w.-]*(?::[\w.-]+)?)[\s>/]/y
  for (let j = content.lastIndexOf('<', i - 1); j >= 0; j = j === 0 ? -1 : content.lastIndexOf('<', j - 1)) {
    tag.lastIndex = j
    const m = tag.exec(content)
    if (m !== null && j + m[0].length <= i) return m[1]
  }
  return undefined
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

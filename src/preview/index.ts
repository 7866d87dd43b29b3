/**
 * `writePreview`: a delivery package (anyone's) + findings → one self-contained HTML page: besluit and regeling
 * text, GIO maps as inline SVG, OW annotations beside the text, findings inline and summarised (issue 6).
 * No network, no external assets; the only script shows Locatie names on the maps.
 */
import { type Finding, type Span, visibleControls } from '../model/index.js'
import type { PackageContents, PackageEntry } from '../validate/layer.js'
import { shownFindings } from '../validate/report/repeats.js'
import { besluitTekst, besluitTitel, renderBesluit, renderToc, type TocEntry, tocEntries } from './besluit.js'
import { type FindingPlacement, findingsSummary, placeFindings, wIdLines } from './findings.js'
import { renderInformatieobjecten, type MapContext } from './gio-section.js'
import { type HostIndex, indexHosts } from './hosts.js'
import { type Html, h } from './html.js'
import { renderPage } from './page.js'
import { readOw, type OwView } from './ow.js'
import { extIoRefTargets, type Informatieobject, type PackageView, readPackageView } from './package-view.js'
import { anchors, type TekstContext } from './tekst-context.js'
import { type XmlElement, elements } from '../package/xml-tree.js'

export type { MapContext } from './gio-section.js'
export type { Geometrie } from './gml.js'

export interface PreviewOptions {
  /** Outline drawn as context on every map (e.g. the gemeente's ambtsgebied), in RD New like the GIOs. */
  readonly ambtsgebied?: MapContext
  /** wId → source span, from the writers' traces (visie's own build), to place findings that only know their source line. */
  readonly trace?: ReadonlyMap<string, Span>
  /** The geometry is drawn for demonstration only (visie.json `geo.schematisch`): every map says so. */
  readonly schematisch?: boolean
  /** A sentence shown under the findings heading, e.g. that the package was not validated. */
  readonly findingsNote?: string
}

export function writePreview(pkg: PackageContents, findings: readonly Finding[], options: PreviewOptions = {}): string {
  const view = readPackageView(pkg)
  const hosts = indexHosts(view.besluit)
  const lines = view.besluitText ? wIdLines(view.besluitText) : []
  const ow = readOw(view.owFiles, view.informatieobjecten)
  // A long run of one code in one file: the first ones and one entry for the rest (repeats.ts), as in the text report.
  const shown = shownFindings(findings).map(({ finding, rest }) => (rest === undefined ? finding : restOf(finding, rest)))
  const placement = placeFindings(shown, view, { ...hosts, lines, ...(options.trace ? { sourceSpans: options.trace } : {}) }, ow.places)
  const ctx = tekstContext(view, hosts, placement, ow)
  const tekst = besluitTekst(view.besluit)
  // The text is rendered first so that the summary links only to findings that were placed inline.
  const body = tekst ? renderBesluit(tekst, ctx) : h('p', { class: 'missing' }, 'Geen besluit (AanleveringBesluit) in het pakket gevonden.')
  const maps = renderInformatieobjecten(view.informatieobjecten, placement, options)
  const summary = findingsSummary(options.findingsNote, {
    ...placement,
    all: placement.all.map((p) => (p.href?.startsWith('#w-') && !ctx.rendered.has(p.href.slice(3)) ? { finding: p.finding, id: p.id } : p)),
  }, findings)
  const toc: TocEntry[] = [
    { href: '#bevindingen', label: 'Bevindingen', children: [] },
    ...(tekst ? besluitToc(tekst) : []),
    { href: '#informatieobjecten', label: 'Informatieobjecten', children: view.informatieobjecten.map((io) => ({ href: `#${io.anchor}`, label: io.naam, children: [] })) },
    ...(view.owFiles.length > 0 ? [{ href: '#ow-objecten', label: 'OW-objecten', children: [] }] : []),
  ]
  const main = [summary, body, maps, view.owFiles.length > 0 ? owOverview(ow) : undefined]
  // Names from the package (ZIP entries, texts) with control characters are shown as text, never passed raw.
  return visibleControls(renderPage(besluitTitel(view.besluit) ?? 'Aanleverpakket', packageMeta(view), renderToc(toc), main))
}

/** The entry that stands for the `rest` findings of `first`'s code in its file that the page does not list. */
function restOf(first: Finding, rest: number): Finding {
  return {
    code: first.code,
    severity: first.severity,
    layer: first.layer,
    message: `… en nog ${rest} keer ${first.code} in dit bestand; alle bevindingen staan in het rapport van 'visie validate --format json'.`,
    data: { weggelaten: rest },
    ...(first.at ? { at: { file: first.at.file } } : first.source ? { source: { file: first.source.file, line: first.source.line } } : {}),
  }
}

function tekstContext(view: PackageView, hosts: HostIndex, placement: FindingPlacement, ow: OwView): TekstContext {
  const extTargets = extIoRefTargets(view.besluit)
  return {
    informatieobject: ioLookup(view.informatieobjecten),
    extIoRefTarget: (ref) => extTargets.get(ref),
    intRefTarget: (ref) => {
      const id = ref.replace(/^!.*#/, '')
      return hosts.hostOf.has(id) ? id : hosts.wIdOfEId.get(id)
    },
    imageUri: imageUris(view.entries),
    placement,
    ow,
    rendered: new Set(),
    anchor: anchors(),
  }
}

/** The besluit's own parts under "Besluit"; each WijzigBijlage (the regeling) as a top-level entry. */
function besluitToc(tekst: XmlElement): TocEntry[] {
  const parts = elements(tekst)
  const besluit = parts.filter((p) => p.name !== 'WijzigBijlage').flatMap((p) => tocEntries({ ...p, children: [p] }))
  return [{ href: '#besluit', label: 'Besluit', children: besluit }, ...tocEntries({ ...tekst, children: parts.filter((p) => p.name === 'WijzigBijlage') })]
}

function ioLookup(ios: readonly Informatieobject[]): (ref: string) => Informatieobject | undefined {
  const byRef = new Map<string, Informatieobject>()
  for (const io of ios) {
    if (io.work && !byRef.has(io.work)) byRef.set(io.work, io)
    if (io.expression) byRef.set(io.expression, io)
  }
  return (ref) => byRef.get(ref.trim()) ?? byRef.get(ref.trim().replace(/\/nld@.*$/, ''))
}

const MIME: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif' }

function imageUris(entries: ReadonlyMap<string, PackageEntry>): (naam: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return (naam) => {
    if (!cache.has(naam)) {
      const bytes = entries.get(naam)?.bytes
      const mime = MIME[naam.slice(naam.lastIndexOf('.') + 1).toLowerCase()]
      cache.set(naam, bytes && mime ? `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` : undefined)
    }
    return cache.get(naam)
  }
}

function packageMeta(view: PackageView): Html {
  const rows: (readonly [string, string | undefined])[] = [
    ['Pakket', view.source],
    ['Besluit', view.besluitFile],
    ...(view.opdracht?.fields.filter(([k]) => k !== 'publicatie') ?? []),
    ...view.unreadable.map(([file, reason]) => [`Niet (volledig) leesbaar: ${file}`, reason] as const),
  ]
  return h(
    'dl',
    { class: 'pkg-meta' },
    rows.filter(([, v]) => v).map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
  )
}

function owOverview(ow: OwView): Html {
  const list = (items: readonly { label: string; href?: string }[]) =>
    items.length === 0 ? h('p', {}, 'Geen.') : h('ul', {}, items.map((i) => h('li', {}, i.href ? h('a', { href: i.href }, i.label) : i.label)))
  return h(
    'section',
    { id: 'ow-objecten', 'aria-labelledby': 'ow-kop' },
    h('h2', { id: 'ow-kop' }, 'OW-objecten'),
    h('p', {}, `${ow.byWId.size} tekstonderdelen hebben OW-annotaties; die staan naast de tekst.`),
    h('h3', {}, 'Hoofdlijnen'),
    list(ow.hoofdlijnen),
    h('h3', {}, 'Gebiedsaanwijzingen'),
    list(ow.gebiedsaanwijzingen),
  )
}

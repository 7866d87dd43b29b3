/**
 * The informatieobjecten part of the page: an overview map of every GIO, then per informatieobject a section
 * (`#gio-<n>`, the target of ExtIoRef/IntIoRef links) with its identification, its map and its findings.
 */
import { type FindingPlacement, inlineFindings } from './findings.js'
import type { Geometrie } from './gml.js'
import { type Html, h } from './html.js'
import { type MapLayer, renderMap } from './map.js'
import type { Informatieobject } from './package-view.js'

export interface MapContext {
  readonly naam: string
  readonly geometrie: Geometrie
}

export function renderInformatieobjecten(
  ios: readonly Informatieobject[],
  placement: FindingPlacement,
  options: { readonly ambtsgebied?: MapContext; readonly schematisch?: boolean },
): Html {
  const context = options.ambtsgebied
  const note = options.schematisch ? 'De geometrie is schematisch getekend voor de demonstratie; het is geen echte begrenzing.' : undefined
  // On the overview a Locatie's name says which GIO it belongs to.
  const layers = ios
    .map((io, i) => layerOf(io, i))
    .filter((l): l is MapLayer => l !== undefined)
    .map((l) => ({ ...l, shapes: l.shapes.map((s) => ({ ...s, naam: s.naam === l.label ? s.naam : `${l.label}: ${s.naam}` })) }))
  return h(
    'section',
    { id: 'informatieobjecten', 'aria-labelledby': 'informatieobjecten-kop' },
    h('h2', { id: 'informatieobjecten-kop' }, 'Informatieobjecten'),
    ios.length === 0 ? h('p', {}, 'Het pakket bevat geen informatieobjecten.') : undefined,
    layers.length > 0 ? renderMap({ id: 'kaart-overzicht', title: "Overzichtskaart van alle GIO's", layers, context, note }) : undefined,
    ios.map((io, i) => {
      const layer = layerOf(io, i)
      return h(
        'section',
        { id: io.anchor, class: 'gio', 'aria-labelledby': `${io.anchor}-kop`, tabindex: -1 },
        h('h3', { id: `${io.anchor}-kop` }, io.naam),
        h(
          'dl',
          { class: 'io-meta' },
          meta('Identificatie', io.expression ?? io.work),
          meta('IO-bestand', io.ioFile),
          meta('Databestand', io.dataFile),
          meta('Locaties', io.gml ? String(io.gml.locaties.length) : undefined),
        ),
        inlineFindings(placement.byGio.get(io.anchor)),
        layer
          ? renderMap({ id: `kaart-${io.anchor}`, title: `Kaart: ${io.naam}`, layers: [layer], context, note, focus: true })
          : h('p', {}, io.dataFile ? `${io.dataFile} is geen GIO-geometrie; geen kaart.` : 'Geen databestand gevonden.'),
      )
    }),
  )
}

function layerOf(io: Informatieobject, colour: number): MapLayer | undefined {
  if (!io.gml || io.gml.locaties.length === 0) return undefined
  return {
    label: io.naam,
    colour,
    href: `#${io.anchor}`,
    shapes: io.gml.locaties.map((l) => ({ naam: l.naam ?? io.naam, geometrie: l.geometrie })),
  }
}

function meta(label: string, value: string | undefined): Html {
  return value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : undefined
}

/**
 * c06 — gemeente Bunnik: a large bare chapter number on its own line above the chapter title, Word-Symbol
 * bullets (U+F0B7 in OpenSymbol: shown in the PDF, but the glyph does not survive extraction, as with many Word
 * PDFs) and "▪", a right-aligned running header with the chapter (named page per
 * chapter), footer "Omgevingsvisie Bunnik" + page number.
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Bunnik'
const gio = (naam: string, at: [number, number], r = 0.8): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0312/2026/${hex32(`c06 ${naam}`)}/nld@2026-01-05;1`,
  at,
  r,
})
const GIOS: Gio[] = [gio('Kromme Rijngebied', [0, 0], 2), gio('Nieuwe Hollandse Waterlinie', [-3, 2], 1.2), gio('Bedrijventerrein Kosterijland', [1.5, -1], 0.4)]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="chnr">${k.nummer}</div><h1>${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer}&#8195;${k.opschrift}</h${k.niveau}>`
const sym: Marker[] = [{ glyph: '\uf0b7', font: 'OpenSymbol' }, { glyph: 'o', font: 'Liberation Mono' }]
const sq: Marker[] = [{ glyph: '▪' }]

const HOOFDSTUKKEN: Array<[string, string]> = [
  ['1', 'Aanleiding en doel'],
  ['2', 'Bunnik in de regio'],
  ['3', 'Wonen en leven'],
  ['4', 'Landschap, water en natuur'],
  ['5', 'Werken en bereikbaarheid'],
  ['6', 'Van visie naar uitvoering'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const hfst = (i: number): void => {
    const h = HOOFDSTUKKEN[i]
    if (!h) throw new Error('no chapter')
    d.page(`ch${h[0]}`).kop(1, h[0], h[1])
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="btitel">Besluit van de raad van de gemeente Bunnik tot vaststelling van de Omgevingsvisie Bunnik 2040</p>
<p>De raad van de gemeente Bunnik;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 2 december 2025;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Bunnik 2040, zoals opgenomen in Bijlage I, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op 16 februari 2026.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 22 januari 2026.</p>
<p>De griffier,<br><br><br>mr. E.L. de Gier</p>
<p>De voorzitter,<br><br><br>M. van Rooij</p>
</div>`)
  d.page('voor').raw('<div class="intro"><p class="bij">Bijlage I – Omgevingsvisie Bunnik 2040</p><p class="ttl">Omgevingsvisie<br>Bunnik 2040</p><p class="sub">Groen, verbonden en dorps</p></div>')
  d.enter('visie')

  hfst(0)
  d.kop(2, '1.1', 'Waarom deze visie')
  d.ps(...alineas('inleiding', 0, 3, P))
  d.kop(2, '1.2', 'Wat de visie wel en niet doet')
  d.p('De omgevingsvisie beschrijft de koers op hoofdlijnen. Zij:')
  d.list(
    [
      'geeft richting aan keuzes over de fysieke leefomgeving tot 2040;',
      'biedt een kader voor initiatieven en voor het omgevingsplan;',
      { text: 'regelt zelf niets voor inwoners en bedrijven; daarvoor zijn', sub: ['het omgevingsplan en', 'de verordeningen van de gemeente.'] },
    ],
    sym,
  )
  d.kop(2, '1.3', 'Participatie')
  d.ps(alinea('proces', 0, P), alinea('proces', 2, P))

  hfst(1)
  d.kop(2, '2.1', 'Drie kernen in het Kromme Rijngebied')
  d.p('Bunnik, Odijk en Werkhoven liggen in het rivierenlandschap van de Kromme Rijn, ingeklemd tussen de stad Utrecht en de Utrechtse Heuvelrug. De nabijheid van de stad en het groene buitengebied maken de gemeente aantrekkelijk om te wonen.')
  d.kop(2, '2.2', 'Regionale opgaven')
  d.ps(alinea('wonen', 0, P), alinea('mobiliteit', 2, P))

  hfst(2)
  d.kop(2, '3.1', 'Woningbouw')
  d.ps(alinea('wonen', 1, P), alinea('wonen', 3, P))
  d.list(['bouwen voor jongeren en ouderen uit de eigen kernen;', 'een derde sociale huur;', 'kleinschalige uitbreiding aan de randen van Odijk en Werkhoven.'], sq)
  d.kop(2, '3.2', 'Voorzieningen')
  d.p('Scholen, sportvelden, huisartsen en winkels in de kernen willen we behouden. Waar het draagvlak te klein wordt, zoeken we naar combinaties in multifunctionele accommodaties.')
  d.kop(2, '3.3', 'Gezondheid')
  d.ps(alinea('gezondheid', 0, P), alinea('gezondheid', 1, P))

  hfst(3)
  d.kop(2, '4.1', 'Kromme Rijn en landgoederen')
  d.ps(alinea('landschap', 0, P), alinea('erfgoed', 0, P))
  d.kop(2, '4.2', 'Waterlinie')
  d.p('De Nieuwe Hollandse Waterlinie is werelderfgoed. De forten, inundatievelden en schootsvelden houden we herkenbaar; nieuwe functies in de forten zijn welkom als zij het erfgoed versterken.')
  d.kop(2, '4.3', 'Klimaat en water')
  d.ps(...alineas('klimaat', 0, 3, P))
  d.kop(2, '4.4', 'Natuur en biodiversiteit')
  d.ps(alinea('natuur', 1, P))
  d.list(['bloemrijke bermen langs gemeentelijke wegen;', 'natuurvriendelijke oevers langs de Kromme Rijn;', 'nestkasten en groene daken bij nieuwbouw.'], sq)

  hfst(4)
  d.kop(2, '5.1', 'Economie')
  d.ps(alinea('economie', 0, P), alinea('economie', 2, P))
  d.kop(2, '5.2', 'Energie')
  d.ps(alinea('energie', 0, P), alinea('energie', 1, P))
  d.kop(2, '5.3', 'Mobiliteit')
  d.ps(...alineas('mobiliteit', 0, 3, P))

  hfst(5)
  d.kop(2, '6.1', 'Rol van de gemeente')
  d.p(alinea('uitvoering', 3, P))
  d.kop(2, '6.2', 'Programma\'s en omgevingsplan')
  d.p(alinea('uitvoering', 0, P))
  d.kop(2, '6.3', 'Monitoring')
  d.p(alinea('uitvoering', 1, P))

  d.page('bijlagen')
  d.bijlage('II', 'Werkingsgebieden', '<h1 class="bijl">Bijlage II&#8195;Werkingsgebieden</h1>')
  d.gioTabel(GIOS, ['Werkingsgebied', 'GIO-identificatie'], 'gio', ['38%', '62%'])

  const chapterPages = HOOFDSTUKKEN.map(
    ([n, t]) => `@page ch${n} { @top-right { content: "${n} | ${t}"; font: 8pt 'DejaVu Sans'; color: #6a6a6a; } }`,
  ).join('\n')

  const spec: DocSpec = {
    id: 'c06',
    set: 'dev', // held out in session 1, scored once, then developed on
    bron: 'Bewerkt naar de omgevingsvisie van de gemeente Bunnik, ingekort; eigen opmaak',
    bevoegdGezag: 'gm0312',
    naam: 'Gemeente Bunnik',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Bunnik tot vaststelling van de Omgevingsvisie Bunnik 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-02-16',
    },
    visieOpschrift: 'Omgevingsvisie Bunnik 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-01-22', ondertekening: '2026-01-22', bekendmaking: '2026-01-29', inwerkingtreding: '2026-02-16' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0312',
      oin: '00000001000000003120',
      achtergrondActualiteit: '2025-10-01',
    },
    geo: { origin: [142000, 452000] },
    meubilair: ['^\\d \\| [A-Z][a-z]', '^Omgevingsvisie Bunnik( \\d{1,3})?$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Bunnik 2040',
    css: `
@page { size: A4; margin: 26mm 22mm 22mm 26mm;
  @bottom-left { content: "Omgevingsvisie Bunnik"; font: 8pt 'DejaVu Sans'; color: #6a6a6a; }
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; } }
@page besluit { @bottom-left { content: none; } @bottom-right { content: none; } }
@page voor { @bottom-left { content: none; } @bottom-right { content: none; } }
${chapterPages}
body { font: 10pt/1.5 'Liberation Serif', serif; }
p { margin: 0 0 2.5mm; }
.btitel { font: bold 13pt 'DejaVu Sans'; margin-bottom: 8mm; }
.art { font-weight: bold; margin-top: 4mm; }
.aldus { margin: 8mm 0 4mm; }
.intro { padding-top: 60mm; }
.intro .bij { font: 9pt 'DejaVu Sans'; }
.intro .ttl { font: bold 30pt 'DejaVu Sans'; color: #245f3a; margin: 8mm 0; }
.intro .sub { font: italic 14pt 'Liberation Serif'; }
.chnr { font: bold 64pt/1 'DejaVu Sans'; color: #9cc3a8; margin: 10mm 0 2mm; }
h1 { font: bold 20pt 'DejaVu Sans'; color: #245f3a; margin: 0 0 8mm; }
h2 { font: bold 11.5pt 'DejaVu Sans'; color: #245f3a; margin: 5mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 3mm; }
table.gio { width: 100%; font: 9pt 'DejaVu Sans'; } table.gio th, table.gio td { text-align: left; padding: 1.3mm; border: 0.4pt solid #245f3a; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}

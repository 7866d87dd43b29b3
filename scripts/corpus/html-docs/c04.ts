/**
 * c04 — Waterschap Aa en Maas: besluit of the algemeen bestuur, "b e s l u i t :" spaced, the visie introduced
 * as lower-case "bijlage A", chapters "Hoofdstuk 2" with the title on the next line, "a)" "b)" lists.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Aa en Maas'
const G = 'beheergebied'
const gio = (naam: string, werk: string, at: [number, number], r = 1.6): Gio => ({
  naam,
  identificatie: `/join/id/regdata/ws0155/2026/${werk}/nld@2026-01-20;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Beekdal Aa', 'beekdal_aa', [0, 0], 2.2),
  gio('Beekdal Dommel', 'beekdal_dommel', [-9, -6], 2),
  gio('Waterbergingsgebied Oijen', 'waterberging-oijen', [6, 12], 1.2),
  gio('Maasdijken', 'maasdijken-2026', [10, 16], 1.4),
  gio('Kwetsbaar grondwatergebied Peel', 'kwetsbaar-grondwater-peel', [14, -8], 2.5),
  gio('Rioolwaterzuivering Land van Cuijk', 'rwzi-land-van-cuijk', [20, 8], 0.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hfst">Hoofdstuk ${k.nummer}</span><span class="htitel">${k.opschrift}</span></h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`
const abc: Marker[] = [{ counter: 'a', suffix: ')' }, { glyph: '-' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Waterschap Aa en Maas</p>
<p class="ab">Algemeen bestuur</p>
<p class="btitel">Besluit van het algemeen bestuur van Waterschap Aa en Maas tot vaststelling van de Omgevingsvisie water Aa en Maas 2050</p>
<p>Het algemeen bestuur van Waterschap Aa en Maas;</p>
<p>gelezen het voorstel van het dagelijks bestuur van 2 december 2025, nummer DB-2025-214;</p>
<p>gelet op artikel 56 van de Waterschapswet en op artikel 3.1 van de Omgevingswet, in samenhang met de taken van het waterschap voor het beheer van watersystemen en zuiveringtechnische werken;</p>
<p>overwegende dat het waterschap met deze omgevingsvisie zijn langetermijnkoers voor veiligheid, voldoende en schoon water vastlegt en die afstemt met de visies van provincie en gemeenten;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie water Aa en Maas 2050, zoals opgenomen in bijlage A bij dit besluit, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>Het Waterbeheerprogramma 2022-2027 blijft van kracht totdat het in overeenstemming met deze visie is herzien.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 2 maart 2026.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van 28 januari 2026.</p>
<p>de secretaris-directeur,<br><br><br>ir. P.W.M. van der Linden</p>
<p>de dijkgraaf,<br><br><br>L. Kerstens</p>
</div>
<div class="intro"><p class="bij">bijlage A</p><p class="ttl">Omgevingsvisie water<br>Aa en Maas 2050</p><p class="sub">Water verbindt: veilig, voldoende en schoon water voor iedereen</p></div>`)
  d.page('std').enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie water')
  d.p('Een waterschap is niet verplicht een omgevingsvisie vast te stellen. Toch kiezen wij ervoor om onze langetermijnkoers in één samenhangend document vast te leggen. Zo kunnen gemeenten en provincie onze ambities meenemen in hun eigen visies en plannen.')
  d.ps(alinea('inleiding', 2, P, G), alinea('inleiding', 3, P, G))
  d.kop(2, '1.2', 'Ons werkgebied')
  d.p('Ons beheergebied ligt in het oosten van Noord-Brabant en omvat de stroomgebieden van de Aa, de Dommel-oost, de Raam en de Beerze, en een deel van de Maasvallei. Het gebied loopt van de Peelhorst in het zuidoosten naar de rivierklei langs de Maas in het noorden.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft de opgaven voor het watersysteem. In hoofdstuk 3 staan onze ambities voor veiligheid, voldoende water en schoon water; hoofdstuk 4 gaat over de afvalwaterketen en hoofdstuk 5 over samenwerking en uitvoering. De geometrische informatieobjecten staan in bijlage 1.')

  d.kop(1, '2', 'Opgaven voor het watersysteem')
  d.kop(2, '2.1', 'Klimaatverandering')
  d.ps(...alineas('klimaat', 0, 3, P, G))
  d.kop(2, '2.2', 'Droogte en grondwater')
  d.p('De droge zomers van de afgelopen jaren hebben laten zien hoe kwetsbaar de hoge zandgronden zijn. Grondwaterstanden herstellen zich niet altijd in de winter. Wij zien drie oorzaken:')
  d.list(
    [
      'een versnelde afvoer van neerslag door ontwatering en verharding;',
      'een grote onttrekking van grondwater voor beregening, drinkwater en industrie;',
      { text: 'een toenemende verdamping door hogere temperaturen, met name in:', sub: ['de maanden april tot en met september;', 'gebieden met naaldbos op droge zandgrond.'] },
    ],
    abc,
  )
  d.kop(2, '2.3', 'Waterkwaliteit')
  d.ps(alinea('water', 2, P, G), alinea('natuur', 2, P, G))

  d.kop(1, '3', 'Onze ambities')
  d.kop(2, '3.1', 'Veilig tegen overstromingen')
  d.ps(alinea('water', 0, P, G))
  d.list(
    [
      'de Maasdijken voldoen in 2050 aan de wettelijke norm;',
      'we reserveren ruimte voor toekomstige dijkversterking in een zone langs de dijk;',
      'we geven rivier en beek ruimte waar dat kan, in plaats van dijken steeds hoger te maken.',
    ],
    abc,
  )
  d.kop(2, '3.2', 'Voldoende water')
  d.ps(alinea('water', 1, P, G), alinea('klimaat', 2, P, G))
  d.kop(2, '3.3', 'Schoon en gezond water')
  d.ps(alinea('water', 2, P, G))
  d.list(
    [
      'in 2027 voldoen zoveel mogelijk waterlichamen aan de doelen van de Kaderrichtlijn Water;',
      'we beperken de uitspoeling van nutriënten met bufferstroken langs beken;',
      'we maken afspraken met gemeenten over het afkoppelen van verhard oppervlak.',
    ],
    abc,
  )
  d.kop(2, '3.4', 'Natuurlijke beekdalen')
  d.ps(alinea('natuur', 0, P, G), alinea('landschap', 0, P, G))

  d.kop(1, '4', 'Afvalwaterketen')
  d.kop(2, '4.1', 'Zuiveren als energiefabriek')
  d.p(alinea('water', 3, P, G))
  d.kop(2, '4.2', 'Samen in de keten')
  d.p('Samen met de gemeenten in ons gebied werken wij aan een doelmatige afvalwaterketen. Het rioolstelsel, de gemalen en de zuiveringen vormen één systeem dat we ook als één systeem willen beheren.')

  d.kop(1, '5', 'Samenwerking en uitvoering')
  d.kop(2, '5.1', 'Doorwerking in plannen van anderen')
  d.p('Deze visie werkt door in de omgevingsvisies en omgevingsplannen van gemeenten en in de omgevingsverordening van de provincie. In de watertoets brengen wij onze belangen in bij ruimtelijke plannen.')
  d.kop(2, '5.2', 'Waterschapsverordening en programma')
  d.ps(alinea('uitvoering', 0, P, G), alinea('uitvoering', 1, P, G))

  d.bijlage('1', 'Geometrische informatieobjecten', '<h2 class="bijl">bijlage 1 Geometrische informatieobjecten</h2>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['40%', '60%'])

  const spec: DocSpec = {
    id: 'c04',
    set: 'dev', // held out in session 1, scored once, then developed on
    bron: 'Bewerkt naar waterbeheerprogramma\'s en watervisies van Brabantse waterschappen, ingekort; eigen opmaak',
    bevoegdGezag: 'ws0155',
    naam: 'Waterschap Aa en Maas',
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Aa en Maas tot vaststelling van de Omgevingsvisie water Aa en Maas 2050',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-03-02',
    },
    visieOpschrift: 'Omgevingsvisie water Aa en Maas 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-water', regeling: 'omgevingsvisie-water', doel: 'omgevingsvisie-water' },
      datums: { vaststelling: '2026-01-28', ondertekening: '2026-01-28', bekendmaking: '2026-02-04', inwerkingtreding: '2026-03-02' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
      ambtsgebied: 'WS0155',
      oin: '00000001000000001550',
      achtergrondActualiteit: '2025-12-01',
    },
    geo: { origin: [170000, 405000] },
    meubilair: ['^pagina \\d+ \\| \\d+$', '^Omgevingsvisie water 2050$'],
    title: 'Omgevingsvisie water Aa en Maas 2050',
    css: `
@page { size: A4; margin: 24mm 28mm 24mm 22mm; }
@page std {
  @top-right { content: "Omgevingsvisie water 2050"; font: bold 8pt 'DejaVu Sans'; color: #1d5c8c; }
  @bottom-left { content: "pagina " counter(page) " | " counter(pages); font: 8pt 'DejaVu Sans'; color: #1d5c8c; } }
body { font: 10pt/1.5 'DejaVu Serif', serif; }
p { margin: 0 0 2.4mm; }
.org { font: bold 13pt 'DejaVu Sans'; color: #1d5c8c; margin: 0; }
.ab { font: 10pt 'DejaVu Sans'; color: #1d5c8c; margin-bottom: 10mm; }
.btitel { font: bold 12pt 'DejaVu Sans'; margin-bottom: 6mm; }
.bs { margin: 5mm 0 3mm; }
.art { font-style: italic; margin: 4mm 0 1mm; }
.aldus { margin: 8mm 0 4mm; }
.intro { break-before: page; break-after: page; padding-top: 60mm; }
.intro .bij { font: 10pt 'DejaVu Sans'; color: #555; }
.intro .ttl { font: bold 24pt 'DejaVu Sans'; color: #1d5c8c; margin: 6mm 0; }
.intro .sub { font: italic 12pt 'DejaVu Serif'; }
h1 { break-before: page; margin: 0 0 6mm; color: #1d5c8c; font-family: 'DejaVu Sans'; }
h1 .hfst { display: block; font-size: 11pt; font-weight: normal; text-transform: none; letter-spacing: 1pt; }
h1 .htitel { display: block; font-size: 19pt; font-weight: bold; margin-top: 2mm; }
h2 { font: bold 11pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 5mm; }
h2.bijl { break-before: page; }
table.gio { width: 100%; font: 8.5pt 'DejaVu Sans'; } table.gio th { text-align: left; border-bottom: 1pt solid #1d5c8c; padding: 1mm; } table.gio td { padding: 1mm; border-bottom: 0.3pt solid #aaa; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}

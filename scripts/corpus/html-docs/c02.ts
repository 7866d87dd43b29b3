/**
 * c02 — provincie Overijssel: Statenbesluit ("Provinciale Staten van Overijssel", "BESLUIT:", Artikel 1–3), the
 * visie introduced as "Bijlage bij besluit PS/2025/…" with its own title page, chapters "Hoofdstuk 2 – Titel",
 * paragraphs "2.1 Titel", the document title as running header on every page, numbered lists "1. Wij willen …"
 * inside chapters, GIO list as lines in a bijlage.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Overijssel'
const G = 'provincie'
const gio = (naam: string, werk: string, at: [number, number], r = 2.5): Gio => ({
  naam,
  identificatie: `/join/id/regdata/pv23/2025/${werk}/nld@2025-10-21;2`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Natuurnetwerk Nederland', 'natuurnetwerk-nederland', [0, 0], 4),
  gio('Nationaal Landschap IJsseldelta', 'nationaal_landschap_ijsseldelta', [-18, 14], 3),
  gio('Stedelijk netwerk Zwolle-Kampen', 'stedelijk-netwerk-zwolle-kampen', [-12, 8]),
  gio('Stedelijk netwerk Twente', 'stedelijk-netwerk-twente', [30, -12], 4),
  gio('Grondwaterbeschermingsgebieden', 'grondwaterbeschermingsgebieden', [10, -4], 2),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', [18, 10], 3),
  gio('Landbouwontwikkelingsgebieden', 'log-overijssel', [4, 18], 2),
  gio('Hoofdvaarwegen', 'hoofdvaarwegen', [-6, -10], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Hoofdstuk ${k.nummer} – ${k.opschrift}</h1>`
    : `<h${k.niveau}><span class="nr">${k.nummer}</span> ${k.opschrift}</h${k.niveau}>`
const num: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('std').raw(`
<div class="besluit">
<p class="wapen">PROVINCIE OVERIJSSEL</p>
<p class="b-nr">Statenbesluit nummer PS/2025/1187</p>
<p class="b-titel">Besluit van Provinciale Staten van Overijssel tot vaststelling van de Omgevingsvisie Overijssel 2050</p>
<p>Provinciale Staten van Overijssel,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 11 november 2025, kenmerk 2025/0391845;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet en artikel 16.26 van die wet;</p>
<p>overwegende dat de ontwerp-omgevingsvisie met het bijbehorende milieueffectrapport van 3 juni tot en met 15 juli 2025 voor eenieder ter inzage heeft gelegen; dat naar aanleiding daarvan 64 zienswijzen zijn ontvangen, die zijn beantwoord in de Nota van antwoord; dat de Staten de visie op een aantal punten hebben aangescherpt;</p>
<p class="besl">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Overijssel 2050, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Overijssel 2017 wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking met ingang van 1 april 2026.</p>
<p class="aldus">Zwolle, 17 december 2025</p>
<p>Provinciale Staten voornoemd,</p>
<p class="sig">de voorzitter,<br><br><br>A.P. Heidema</p>
<p class="sig">de griffier,<br><br><br>H. Tjalma-den Oudsten</p>
</div>
<div class="intro">
<p class="bij">Bijlage bij besluit PS/2025/1187</p>
<p class="ttl">Omgevingsvisie Overijssel 2050</p>
<p class="sub">Ruimte voor kwaliteit</p>
</div>`)
  d.enter('visie')

  d.kop(1, '1', 'Over deze visie')
  d.kop(2, '1.1', 'Wat is de Omgevingsvisie')
  d.ps(...alineas('inleiding', 0, 4, P, G))
  d.kop(2, '1.2', 'Onze rol als provincie')
  d.p('Als provincie richten we ons op de onderwerpen waarvoor we vanuit ons provinciaal belang verantwoordelijk zijn. Daarbij zijn vier rollen te onderscheiden:')
  d.list(
    [
      'Wij willen kaders stellen waar een provinciaal belang in het geding is, bijvoorbeeld voor het Natuurnetwerk Nederland, de drinkwatervoorziening en de ruimtelijke kwaliteit van het landschap.',
      'Wij willen verbinden: we brengen partijen bij elkaar en zoeken samen naar oplossingen voor opgaven die de grenzen van een gemeente overstijgen.',
      'Wij willen stimuleren met kennis, geld en menskracht waar initiatieven bijdragen aan onze ambities.',
      'Wij willen uitvoeren waar we zelf aan de lat staan, zoals bij provinciale wegen en vaarwegen.',
    ],
    num,
  )
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('In hoofdstuk 2 schetsen we Overijssel nu en de trends die op ons afkomen. Hoofdstuk 3 bevat onze ambities per opgave. Hoofdstuk 4 gaat over de gebieden, hoofdstuk 5 over de samenwerking en de uitvoering. De geometrische informatieobjecten staan in bijlage 1.')

  d.kop(1, '2', 'Overijssel in beweging')
  d.kop(2, '2.1', 'Kwaliteiten van Overijssel')
  d.p('Overijssel is een provincie van contrasten: de stedelijke netwerken van Zwolle-Kampen en Twente, de open IJsseldelta, het coulisselandschap van Salland en Twente en de uitgestrekte natuurgebieden van de Weerribben, de Sallandse Heuvelrug en de Vecht. Die verscheidenheid is een kracht die we willen behouden.')
  d.ps(alinea('erfgoed', 0, P, G), alinea('landschap', 0, P, G))
  d.kop(2, '2.2', 'Trends en ontwikkelingen')
  d.ps(alinea('klimaat', 0, P, G), alinea('energie', 2, P, G), alinea('natuur', 2, P, G))
  d.kop(2, '2.3', 'Onze ambitie')
  d.p('Onze ambitie voor 2050 laat zich samenvatten in drie zinnen:')
  d.list(
    [
      'Wij willen dat Overijssel een provincie blijft waar het goed wonen, werken en recreëren is, in stad en land.',
      { text: 'Wij willen dat de ontwikkelingen bijdragen aan de kwaliteit van de leefomgeving, met name aan:', sub: ['het behoud van de landschappelijke verscheidenheid;', 'een gezond en robuust water- en bodemsysteem;', 'een vitale economie met werk in de regio.'] },
      'Wij willen dat Overijssel in 2050 klimaatbestendig en energieneutraal is.',
    ],
    num,
  )

  d.kop(1, '3', 'Opgaven en ambities')
  d.kop(2, '3.1', 'Water en bodem sturend')
  d.ps(...alineas('water', 0, 3, P, G))
  d.kop(2, '3.2', 'Energietransitie')
  d.ps(...alineas('energie', 0, 3, P, G))
  d.list(
    [
      'Wij willen dat in 2030 minimaal 20 procent van de energie in Overijssel duurzaam wordt opgewekt.',
      'Wij willen windenergie bundelen in de zoekgebieden die op de kaart zijn aangeduid.',
    ],
    num,
  )
  d.kop(2, '3.3', 'Natuur en landbouw')
  d.ps(...alineas('natuur', 0, 3, P, G))
  d.kop(2, '3.4', 'Wonen en verstedelijking')
  d.ps(...alineas('wonen', 0, 3, P, G))
  d.kop(2, '3.5', 'Bereikbaarheid')
  d.ps(...alineas('mobiliteit', 0, 3, P, G))
  d.kop(2, '3.6', 'Gezondheid en veiligheid')
  d.ps(...alineas('gezondheid', 0, 3, P, G))

  d.kop(1, '4', 'Gebieden')
  d.kop(2, '4.1', 'Stedelijke netwerken')
  d.p('In de stedelijke netwerken Zwolle-Kampen en Twente concentreren we de verstedelijking. De steden en hun omliggende kernen vullen elkaar aan in voorzieningen, werkgelegenheid en woonmilieus.')
  d.kop(2, '4.2', 'Landelijk gebied')
  d.ps(alinea('landschap', 1, P, G), alinea('natuur', 1, P, G))
  d.kop(2, '4.3', 'IJsseldelta en Vechtdal')
  d.p('De rivieren IJssel en Vecht vragen om ruimte voor water, ook op lange termijn. Binnen het Nationaal Landschap IJsseldelta houden we de openheid van het landschap vast en combineren we waterveiligheid met natuur en recreatie.')

  d.kop(1, '5', 'Samenwerken en uitvoeren')
  d.kop(2, '5.1', 'Samen met partners')
  d.ps(alinea('uitvoering', 3, P, G), alinea('uitvoering', 2, P, G))
  d.kop(2, '5.2', 'Instrumenten')
  d.p(alinea('uitvoering', 0, P, G))
  d.kop(2, '5.3', 'Monitoring')
  d.p(alinea('uitvoering', 1, P, G))

  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijlkop">Bijlage 1 – Geometrische informatieobjecten</h1><p>De volgende geometrische informatieobjecten horen bij deze omgevingsvisie:</p>')
  d.gioRegels(GIOS, ': ')

  const spec: DocSpec = {
    id: 'c02',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Overijssel (Statenbesluit en kennisgeving in de Staatscourant), ingekort; eigen opmaak: Liberation Serif 11 pt, hoofdstukken "Hoofdstuk n – Titel", paragrafen "n.n Titel", documenttitel als kopregel op elke pagina, paginanummer rechtsonder, genummerde lijsten "1. Wij willen …" binnen hoofdstukken, GIO-lijst als regels "naam: identificatie"',
    bevoegdGezag: 'pv23',
    naam: 'Provincie Overijssel',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Overijssel tot vaststelling van de Omgevingsvisie Overijssel 2050',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Overijssel 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2025', besluit: 'omgevingsvisie-2050', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2050' },
      datums: { vaststelling: '2025-12-17', ondertekening: '2025-12-17', bekendmaking: '2026-01-08', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV23',
      oin: '00000001000000230000',
      achtergrondActualiteit: '2025-09-01',
    },
    geo: { origin: [225000, 495000] },
    meubilair: ['^Omgevingsvisie Overijssel 2050 \\| Ruimte voor kwaliteit$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Overijssel 2050',
    css: `
@page std { size: A4; margin: 25mm 24mm 22mm 24mm;
  @top-center { content: "Omgevingsvisie Overijssel 2050 | Ruimte voor kwaliteit"; font: italic 8.5pt 'Liberation Serif'; color: #555; border-bottom: 0.4pt solid #999; }
  @bottom-right { content: counter(page); font: 9pt 'Liberation Serif'; } }
body { font: 11pt/1.4 'Liberation Serif', serif; }
p { margin: 0 0 2.5mm; text-align: justify; }
.wapen { font: bold 10pt 'Liberation Sans'; letter-spacing: 2pt; color: #8b1a1a; }
.b-nr { font-size: 9pt; }
.b-titel { font-size: 14pt; font-weight: bold; margin: 6mm 0; text-align: left; }
.besl { font-weight: bold; margin-top: 5mm; }
.art { font-weight: bold; margin: 4mm 0 1mm; }
.aldus { margin-top: 8mm; }
.sig { margin-top: 5mm; }
.intro { break-before: page; padding-top: 50mm; text-align: center; break-after: page; }
.intro .bij { font-size: 10pt; text-align: center; }
.intro .ttl { font: bold 24pt 'Liberation Sans'; color: #8b1a1a; margin: 12mm 0 4mm; text-align: center; }
.intro .sub { font: italic 14pt 'Liberation Serif'; text-align: center; }
h1 { font: bold 17pt 'Liberation Sans'; color: #8b1a1a; break-before: page; margin: 0 0 5mm; }
h2 { font: bold 12pt 'Liberation Sans'; margin: 5mm 0 2mm; break-after: avoid; }
.lst { margin: 1mm 0 3mm 6mm; }
.bijlkop { }
.gioregel { text-align: left; margin-bottom: 1.5mm; }
`,
  }
  return { spec, doc: d }
}

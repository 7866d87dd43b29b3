/**
 * h195 — gemeente Beverwijk (gm0375), holdout (session 13): the IJmondgemeente of Beverwijk and Wijk aan Zee, between
 * the North Sea Canal area, Tata Steel, the A9/A22 and the dunes. Content after the public pages on the Omgevingsvisie
 * Beverwijk (the Koersdocument of 16 November 2021 "een eerste inhoudelijke stap in de richting van een integrale,
 * strategische langetermijnvisie"; the "Week van mijn Beverwijk van Morgen"; the ontwerp-visie with the
 * Omgevingseffectrapportage (OER) ter inzage from 8 November 2023 to 8 January 2024; "zeven welvaartsversnellers"
 * "die zich laten vertalen in beleid, programma's, projecten en afspraken met partners"; the Commissie mer on the
 * pressure on the leefomgeving — air quality, noise and smell, sources such as the motorways and Tata Steel — and on
 * the ambitions that do not all fit; the Spoorzone), here as a visie of 2028, shortened and partly in our own words.
 * Layout: A4, Liberation Serif 10 pt; CHAPTER LABEL ON A LINE ABOVE THE TITLE ("Hoofdstuk 3" over "Zeven
 * welvaartsversnellers", nummer "3"); sections "3.1" and a third level "3.2.1"; no table of contents; running header
 * "Omgevingsvisie Beverwijk · Wijk aan Zee" left on even and right on odd pages, footer "pagina n van m"; lists "–" and "a."; two
 * tables; raadsbesluit with Artikel 1–2 (in werking the day after publication); GIO table Naam |
 * Identificatie in "Bijlage 2" after a "Bijlage 1 Begrippen".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('gm0375', '2028', '2028-07-06', '1')
const GIOS: Gio[] = [
  gio('Gemeente Beverwijk', 'gemeente-beverwijk', [0, 0], 3.5),
  gio('Spoorzone Beverwijk', 'spoorzone-beverwijk', [0.3, 0.2], 0.6),
  gio('Kustzone Wijk aan Zee', 'kustzone-wijk-aan-zee', [-2.5, 0.5], 1),
  gio('Bedrijventerrein De Pijp', 'bedrijventerrein-de-pijp', [1.5, -1], 0.6),
  gio('Groene Scheg Beverwijk-Heemskerk', 'groene-scheg-beverwijk-heemskerk', [0, 2], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hl">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Beverwijk houdende vaststelling van de Omgevingsvisie Beverwijk en Wijk aan Zee</p>
<p class="kenm">Zaaknummer Z-28-204113</p>
<p>De raad van de gemeente Beverwijk;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 mei 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat:</p>
<ul class="ov">
<li>de ontwerp-Omgevingsvisie met de Omgevingseffectrapportage (OER) ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van zienswijzen;</li>
<li>de Commissie voor de milieueffectrapportage een toetsingsadvies heeft uitgebracht en de OER daarop is aangevuld;</li>
<li>de visie het Koersdocument Omgevingsvisie Beverwijk van 2021 uitwerkt;</li>
</ul>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Beverwijk en Wijk aan Zee, bestaande uit de visie en de geografische informatieobjecten in bijlage 2, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na die waarop het bekend is gemaakt.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Beverwijk van 6 juli 2028.</p>
<p>De griffier,&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;De voorzitter,</p>
<p>drs. L.M. de Groot&emsp;&emsp;&emsp;&emsp;&emsp;&ensp;&ensp;M.R. Smit</p>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t0">Gemeente Beverwijk</p>
<p class="t1">Omgevingsvisie Beverwijk en Wijk aan Zee</p>
<p class="t2">Mijn Beverwijk van morgen</p>
</div>`)

  d.page('std')
  d.enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.p('Beverwijk wil een volwaardige en aangename gemeente zijn om in te wonen, werken en leven. Samen met inwoners, ondernemers en ketenpartners hebben wij de ambities voor de gemeente opgehaald.')
  d.kop(2, '1.1', 'Van koersdocument naar omgevingsvisie')
  d.p('Het Koersdocument van 2021 was een eerste inhoudelijke stap in de richting van een integrale, strategische langetermijnvisie voor de fysieke leefomgeving. In de Week van mijn Beverwijk van Morgen haalden wij de wensen van inwoners op.')
  d.kop(2, '1.2', 'Status van de visie')
  d.p('De visie is een beleidsdocument waar de gemeente zich aan houdt. Zij vormt de basis voor het omgevingsplan.')
  d.kop(2, '1.3', 'De omgevingseffectrapportage')
  d.p('De OER beoordeelt in hoeverre de ambities haalbaar zijn. De druk op de leefomgeving is in Beverwijk hoger dan gemiddeld: luchtkwaliteit, geluid en geur vragen om keuzes.')

  d.kop(1, '2', 'Beverwijk en Wijk aan Zee nu')
  d.kop(2, '2.1', 'Ligging in de IJmond')
  d.p('Beverwijk ligt tussen het Noordzeekanaalgebied, de duinen en de polders, met de A9 en de A22 en het station als knooppunt.')
  d.kop(2, '2.2', 'De staat van de leefomgeving')
  d.table(['Thema', 'Staat', 'Belangrijkste bron'], [
    ['Luchtkwaliteit', 'onvoldoende', 'industrie, snelwegen'],
    ['Geluid', 'matig', 'A9, A22, spoor'],
    ['Geur', 'onvoldoende', 'industrie'],
    ['Groen per woning', 'laag', '—'],
  ], 'tbl', ['30%', '25%', '45%'])

  d.kop(1, '3', 'Zeven welvaartsversnellers')
  d.p('De ambities laten zich vertalen in zeven welvaartsversnellers, elk met beleid, programma’s, projecten en afspraken met partners.')
  d.kop(2, '3.1', 'Een gezonde leefomgeving')
  d.p('Gezondheid gaat voor. Bij elke ontwikkeling wegen wij lucht, geluid en geur mee:')
  d.list(['geen nieuwe gevoelige functies in de zwaarst belaste zones;', { text: 'afspraken met Rijk en provincie', sub: ['over de industrie;', 'over de snelwegen.'] }, 'meer groen als buffer.'], streep)
  d.kop(2, '3.2', 'Wonen voor iedereen')
  d.p('Wij bouwen tot 2040 ongeveer 6.000 woningen.')
  d.kop(3, '3.2.1', 'Spoorzone')
  d.p('De Spoorzone rond het station wordt een gemengd stadsdeel met wonen, werken en voorzieningen.')
  d.kop(3, '3.2.2', 'Bestaande wijken')
  d.p('In de bestaande wijken verduurzamen en verdichten wij met zorg.')
  d.kop(2, '3.3', 'Een levendig centrum')
  d.p('Het centrum en de Beverwijkse Bazaar trekken bezoekers uit de hele regio.')
  d.kop(2, '3.4', 'Werken in de IJmond')
  d.p('Wij behouden werkgelegenheid op De Pijp en Kagerweg en vragen de industrie om schoner te produceren.')
  d.kop(2, '3.5', 'Groen en water')
  d.p('De Groene Scheg tussen Beverwijk en Heemskerk blijft open.')
  d.kop(2, '3.6', 'Bereikbaarheid')
  d.p('Lopen, fietsen en het openbaar vervoer krijgen voorrang.')
  d.kop(2, '3.7', 'Energietransitie')
  d.p('Restwarmte uit de IJmond kan in de toekomst woningen verwarmen.')

  d.kop(1, '4', 'Wijk aan Zee')
  d.p('Wijk aan Zee is een kustdorp met een eigen karakter, ingeklemd tussen zee, duin en industrie.')
  d.kop(2, '4.1', 'Dorp en strand')
  d.p('Wij beschermen het dorpse karakter en houden het strand toegankelijk.')
  d.kop(2, '4.2', 'Leefbaarheid naast de industrie')
  d.p('Voor Wijk aan Zee gelden de volgende prioriteiten:')
  d.list(['de gezondheid van de inwoners;', 'een schone lucht en minder neerslag van stof;', 'een levendige dorpskern.'], let_)

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Schuurpunten en keuzes')
  d.p('Er is te weinig ruimte om alle ambities tegelijk uit te voeren. Wij maken daarom keuzes per gebied.')
  d.table(['Schuurpunt', 'Keuze'], [
    ['Woningbouw en milieuhinder', 'eerst hinder verminderen, dan bouwen'],
    ['Groen en verdichting', 'groen compenseren in dezelfde wijk'],
  ], 'tbl', ['45%', '55%'])
  d.kop(2, '5.2', 'Programma’s en omgevingsplan')
  d.p('Wij werken de visie uit in programma’s en in het omgevingsplan.')

  d.page('std').bijlage('1', 'Begrippen', '<div class="hfd brk"><p class="hl">Bijlage 1</p><h1>Begrippen</h1></div>')
  d.p('<b>OER</b> — omgevingseffectrapportage: een onderzoek naar de gevolgen van de visie voor de fysieke leefomgeving.')
  d.p('<b>Welvaartsversneller</b> — een ambitie die bijdraagt aan de brede welvaart van Beverwijk en Wijk aan Zee.')
  d.page('std').bijlage('2', 'Geografische informatieobjecten', '<div class="hfd brk"><p class="hl">Bijlage 2</p><h1>Geografische informatieobjecten</h1></div>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Liberation Serif'; color: #333;"
  const spec: DocSpec = {
    id: 'h195',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de Omgevingsvisie Beverwijk (het Koersdocument van 16 november 2021, "een eerste inhoudelijke stap in de richting van een integrale, strategische langetermijnvisie"; de Week van mijn Beverwijk van Morgen; de ontwerp-visie met de Omgevingseffectrapportage (OER) ter inzage van 8 november 2023 tot 8 januari 2024; zeven welvaartsversnellers; het toetsingsadvies van de Commissie mer over de druk op de leefomgeving — lucht, geluid, geur, snelwegen en Tata Steel — en over ambities die niet allemaal passen; de Spoorzone), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4, Liberation Serif 10 pt, HOOFDSTUKLABEL OP EEN REGEL BOVEN DE TITEL ("Hoofdstuk 3" boven "Zeven welvaartsversnellers", nummer "3"), paragrafen "3.1" en een derde niveau "3.2.1", geen inhoudsopgave, kopregel "Omgevingsvisie Beverwijk · Wijk aan Zee" links op even en rechts op oneven pagina\'s, voettekst "pagina n van m", lijsten "–" en "a.", twee tabellen, raadsbesluit met Artikel 1–2 (in werking de dag na bekendmaking), GIO-tabel Naam | Identificatie in "Bijlage 2" na een "Bijlage 1 Begrippen" (holdout)',
    bevoegdGezag: 'gm0375',
    naam: 'Gemeente Beverwijk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Beverwijk houdende vaststelling van de Omgevingsvisie Beverwijk en Wijk aan Zee',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Beverwijk en Wijk aan Zee',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-beverwijk', regeling: 'omgevingsvisie-beverwijk', doel: 'omgevingsvisie-beverwijk' },
      datums: { vaststelling: '2028-07-06', ondertekening: '2028-07-06', bekendmaking: '2028-07-13' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0375',
      oin: '00000001000000003750',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [104000, 499000] },
    meubilair: ['^Omgevingsvisie Beverwijk · Wijk aan Zee$', '^pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Beverwijk en Wijk aan Zee',
    css: `
@page { size: A4; margin: 24mm 22mm 22mm 22mm; }
@page std:left { @top-left { content: "Omgevingsvisie Beverwijk · Wijk aan Zee"; ${ft} } @bottom-left { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
@page std:right { @top-right { content: "Omgevingsvisie Beverwijk · Wijk aan Zee"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
body { font: 10pt/1.4 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.4mm; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 2mm; }
.kenm { font-size: 8pt; color: #555; margin-bottom: 6mm; }
ul.ov { margin: 0 0 2.4mm 5mm; padding-left: 4mm; }
.bs { margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 12pt 'Liberation Sans'; color: #B0122C; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #B0122C; margin: 2mm 0 5mm; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
.hfd { break-before: page; margin: 0 0 6mm; border-bottom: 1pt solid #B0122C; padding-bottom: 2mm; }
.hfd .hl { font: 11pt 'Liberation Sans'; color: #B0122C; margin: 0; text-transform: none; }
.hfd h1 { font: bold 20pt 'Liberation Sans'; margin: 1mm 0 0; }
h2 { font: bold 12pt 'Liberation Sans'; color: #B0122C; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; margin: 4mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 3mm; }
table.tbl { width: 100%; font-size: 9pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #999; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #F6E1E5; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #999; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}

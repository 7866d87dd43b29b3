/**
 * h62 — gemeente Haarlem (gm0392), holdout (session 9): a large city in a magazine look. Content after the public
 * pages of the gemeente Haarlem about the Omgevingsvisie Haarlem 2045 (six strategic choices, growth within the city, eight ontwikkelzones along the
 * Spaarne, the Spoorzone and Zuidwest, Schalkwijk and the Waarderpolder, the historic binnenstad with the Grote Markt,
 * the Haarlemmerhout and the dunes and Spaarnwoude nearby, cycling and the HOV-lijn, heat and climate adaptation),
 * shortened and in our own words. Layout: a long document (30 numbered headings) on A4 with a full-width chapter
 * heading in large type ("Hoofdstuk 3 – Titel") above a two-column body, sections "3.1 Titel" and "3.1.1 Titel" in the
 * columns, one section title that wraps onto a second line starting with a capital word, pull quotes across the
 * columns, •-lists with –-items, a "1)" list, a table with multi-line cells, a drawn map "Kaart 2", footer "Haarlem
 * groeit groen" left and "Pagina n van m" right, a raadsbesluit with "overwegende dat", "gelet op", "BESLUIT:",
 * Artikel I–II (inwerkingtreding "op de dag na die waarop het is bekendgemaakt"), signatures in two columns, a lower-case
 * "bijlage 1" before the visie and a GIO table Naam | Identificatie of fourteen objects.
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0392', '2027', '2027-09-30', '1', 'h62')
const GIOS = [
  gio('Gemeente Haarlem', [0, 0], 5),
  gio('Binnenstad (beschermd stadsgezicht)', [0, 0.3], 0.8),
  gio('Ontwikkelzone Spoorzone', [0.3, 1], 0.6),
  gio('Ontwikkelzone Zuidwest', [-1.5, -1.5], 0.9),
  gio('Ontwikkelzone Oostpoort', [1.5, 0.5], 0.6),
  gio('Ontwikkelzone Spaarndamseweg', [0.5, 2], 0.6),
  gio('Ontwikkelzone Europaweg', [2, -1.5], 0.7),
  gio('Schalkwijk, centrum en Europawijk', [2.5, -2.5], 1.2),
  gio('Waarderpolder', [2, 2], 1),
  gio('Haarlemmerhout en Dreef', [0, -1], 0.5),
  gio('Spaarne en Spaarneoevers', [0.8, 0], 1.5),
  gio('HOV-tracé Schalkwijk–station', [1.5, -1], 1.2),
  gio('Groene scheggen naar Spaarnwoude en de duinen', [-2, 2], 2),
  gio('Hittegevoelige wijken (prioriteit vergroening)', [0, -0.5], 2.5),
]

const WRAP = 'Verbinden met Schalkwijk en de Waarderpolder'
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">Hoofdstuk ${k.nummer} –</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift === WRAP ? 'Verbinden met<br>Schalkwijk en de Waarderpolder' : k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const stip: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

const KAART = `<figure class="kaart"><svg width="100%" height="44mm" viewBox="0 0 200 88" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="199" height="87" fill="#f6f2ea" stroke="#b5412b" stroke-width="0.6"/>
<path d="M100 0 C 95 25 110 50 104 88" fill="none" stroke="#5b8fb9" stroke-width="5"/>
<circle cx="92" cy="40" r="10" fill="#e9c9a0" stroke="#b5412b" stroke-width="0.8"/>
<rect x="120" y="8" width="40" height="22" fill="#cfcfcf" stroke="#666" stroke-width="0.5"/>
<path d="M110 60 Q 140 70 170 80" fill="none" stroke="#b5412b" stroke-width="1.6" stroke-dasharray="4 2"/>
<g fill="#8db77c"><rect x="10" y="10" width="40" height="60"/><circle cx="90" cy="72" r="8"/></g>
</svg><figcaption>Kaart 2 Ontwikkelzones langs het Spaarne en het spoor, met de HOV-lijn naar Schalkwijk</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Haarlem · raadsbesluit</p>
<p class="ttl">Besluit van de gemeenteraad van Haarlem tot vaststelling van de Omgevingsvisie Haarlem 2045</p>
<p>De raad van de gemeente Haarlem,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 4 juli 2027;</p>
<p>overwegende dat Haarlem tot 2045 wil groeien met ongeveer 10.000 woningen zonder het groen en de historische kwaliteit van de stad aan te tasten;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie zes weken ter inzage heeft gelegen en dat de zienswijzen hebben geleid tot de wijzigingen die in de nota van zienswijzen zijn beschreven;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Haarlem 2045, zoals opgenomen in bijlage 1, wordt vastgesteld, met de werkingsgebieden die in de bijlage bij de visie zijn genoemd.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op de dag na die waarop het is bekendgemaakt.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 30 september 2027.</p>
${handtekeningen(['De griffier,', 'mr. E.A. Klein'], ['De voorzitter,', 'drs. J. Wienen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">bijlage 1 bij het raadsbesluit van 30 september 2027</p>
<p class="t1">Omgevingsvisie Haarlem 2045</p>
<p class="t2">Toekomstgericht met aandacht voor historie</p>
</div>`)

  d.page('std').enter('visie')
  let open = false
  const ch = (n: string, t: string) => {
    if (open) d.raw('</div></div>')
    d.raw('<div class="chap">')
    d.kop(1, n, t)
    d.raw('<div class="cols">')
    open = true
  }
  ch('1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom deze visie')
  d.p('Haarlem is een geliefde stad om te wonen. Er is meer vraag naar woningen dan er zijn, en de stad moet zich voorbereiden op een heter en natter klimaat. In 2045 bestaat Haarlem 800 jaar als stad; deze visie zet de koers tot dat jaar uit. Zij bouwt voort op de Toekomstvisie Haarlem 2040, die de raad eerder vaststelde.')
  d.kop(2, '1.2', 'Wat de visie wel en niet doet')
  d.p('De visie bindt alleen de gemeente. Regels voor inwoners en bedrijven staan in het omgevingsplan. De visie vervangt de Structuurvisie Openbare Ruimte.')
  d.kop(2, '1.3', 'Hoe de visie tot stand kwam')
  d.p('Ruim 3.000 Haarlemmers deden mee aan wijkgesprekken, een stadspeiling en online sessies. Hun reacties zijn verwerkt in de keuzes van deze visie.')
  ch('2', 'Haarlem nu')
  d.kop(2, '2.1', 'Een compacte stad')
  d.p('Haarlem telt ruim 165.000 inwoners op 32 vierkante kilometer. Het is daarmee een van de dichtst bebouwde gemeenten van Nederland.')
  d.kop(2, '2.2', 'Kwaliteiten')
  d.p('De stad heeft een historische binnenstad, het Spaarne, de Haarlemmerhout en de duinen en Spaarnwoude op fietsafstand.')
  d.raw('<blockquote class="pull">“Wij groeien binnen de stad, zodat het landschap eromheen open blijft.”</blockquote>')
  d.kop(2, '2.3', 'Zorgen')
  d.list(['de woningnood, vooral voor starters;', { text: 'hittestress in versteende wijken, zoals:', sub: ['Schalkwijk;', 'de Amsterdamse wijk.'] }, 'drukte op de wegen naar de binnenstad.'], stip)
  ch('3', 'Ambities en keuzes')
  d.p('Zes strategische keuzes geven richting aan alle keuzes in deze visie:', 'intro')
  d.list(['mengen en verdichten;', 'buurtgericht ontwikkelen;', 'vergroenen en vernatten;', 'bevorderen van een gezonde leefomgeving;', 'ruimte voor de energietransitie;', 'de mobiliteitstransitie.'], haak)
  d.kop(2, '3.1', 'Mengen en verdichten')
  d.p('Wonen, werken en voorzieningen komen dichter bij elkaar. Nieuwe woningen en banen komen op plekken die goed bereikbaar zijn met fiets en openbaar vervoer.')
  d.kop(2, '3.2', 'Buurtgericht ontwikkelen')
  d.p('Elke buurt krijgt wat zij nodig heeft: in de ene buurt meer woningen, in de andere meer groen of een nieuwe school. Bewoners denken mee over hun eigen buurt.')
  d.kop(2, '3.3', WRAP)
  d.p('Nieuwe fiets- en wandelbruggen over het Spaarne verbinden de oostelijke wijken beter met de binnenstad en het station.')
  d.kop(2, '3.4', 'Vergroenen en vernatten')
  d.p('Elke Haarlemmer heeft binnen 300 meter een groene plek. Straten en pleinen worden zo ingericht dat ze hitte en hevige regen aankunnen.')
  ch('4', 'Ontwikkelzones')
  d.p('De groei van Haarlem vindt vooral plaats in acht ontwikkelzones, waaronder de Spaarndamseweg, Oostpoort en Zuidwest. Kaart 2 toont de belangrijkste.', 'intro')
  d.raw(KAART)
  d.kop(2, '4.1', 'Spoorzone')
  d.kop(3, '4.1.1', 'Stationsgebied')
  d.p('Rond het station komen woningen, kantoren en een nieuw fietsenpakhuis.')
  d.kop(3, '4.1.2', 'Oostpoort')
  d.p('Aan de oostkant van het spoor verandert een bedrijventerrein in een gemengde wijk.')
  d.kop(2, '4.2', 'Zuidwest')
  d.p('In de wijken Zuidwest vernieuwen wij woningen en openbare ruimte, met meer groen en een betere verbinding met de binnenstad.')
  d.kop(2, '4.3', 'Europaweg en Schalkwijk')
  d.p('Langs de Europaweg en rond het winkelcentrum van Schalkwijk komen woningen, voorzieningen en een HOV-halte.')
  d.table(['Zone', 'Woningen tot 2045', 'Bijzonder'], [['Spoorzone', '± 2.500', 'station, fietsenstalling'], ['Zuidwest', '± 1.500', 'wijkvernieuwing,<br>groen'], ['Europaweg', '± 2.000', 'HOV-lijn']], 'tbl')
  ch('5', 'Mobiliteit')
  d.kop(2, '5.1', 'Fiets en voetganger voorop')
  d.p('In de binnenstad en de wijken krijgen voetgangers en fietsers voorrang. Het autoverkeer wordt rond de stad geleid.')
  d.kop(2, '5.2', 'Openbaar vervoer')
  d.p('Een hoogwaardige buslijn verbindt Schalkwijk met het station. Wij zetten in op een snelle verbinding met Amsterdam-Zuid en Schiphol.')
  d.kop(2, '5.3', 'Parkeren')
  d.p('Nieuwe woningen krijgen minder parkeerplaatsen. Deelauto\'s en buurtgarages vangen de vraag op.')
  ch('6', 'Klimaat, groen en water')
  d.kop(2, '6.1', 'Hitte')
  d.p('In de hittegevoelige wijken planten wij bomen en vervangen wij stenen door groen.')
  d.raw('<blockquote class="pull">“Tegels eruit, groen erin: in elke straat.”</blockquote>')
  d.kop(2, '6.2', 'Water')
  d.p('Samen met het hoogheemraadschap maken wij ruimte voor waterberging in parken en langs het Spaarne.')
  d.kop(2, '6.3', 'Energie')
  d.p('Het warmtenet wordt uitgebreid naar Schalkwijk en de Waarderpolder. Zon komt op daken, niet in het groen.')
  ch('7', 'Uitvoering')
  d.kop(2, '7.1', 'Samen met de stad')
  d.p('Wij werken de visie uit met bewoners, ondernemers, corporaties en de buurgemeenten in Zuid-Kennemerland.')
  d.kop(2, '7.2', 'Monitoring')
  d.p('Elke twee jaar brengt het college in een stadsmonitor in beeld hoe de stad zich ontwikkelt.')
  d.raw('</div></div>')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage bij de visie: werkingsgebieden</h2><p>De volgende werkingsgebieden zijn als geometrische informatieobjecten vastgelegd.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['38%', '62%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #b5412b;"
  const spec: DocSpec = {
    id: 'h62',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Haarlem over de Omgevingsvisie Haarlem 2045 (zes strategische keuzes, groei binnen de stad, acht ontwikkelzones langs het Spaarne, de Spoorzone en Zuidwest, Schalkwijk en de Waarderpolder, de historische binnenstad met de Grote Markt, de Haarlemmerhout, de duinen en Spaarnwoude, fietsen en de HOV-lijn, hitte en klimaatadaptatie), ingekort en in eigen woorden; eigen opmaak: lang document (30 genummerde koppen) in tijdschriftstijl op A4, hoofdstukkop "Hoofdstuk 3 – Titel" in grote letters over de volle breedte boven een tweekoloms tekst, paragrafen "3.1 Titel" en "3.1.1 Titel" in de kolommen, één paragraaftitel die over twee regels loopt met een hoofdletterwoord aan het begin van de tweede regel, citaten over de kolommen, •-lijsten met –-items, lijst "1)", tabel met meerregelige cellen, getekende kaart "Kaart 2", voettekst "Haarlem groeit groen" links en "Pagina n van m" rechts, raadsbesluit met "overwegende dat", "gelet op", "BESLUIT:", Artikel I–II met inwerkingtreding op de dag na bekendmaking, handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie, GIO-tabel Naam | Identificatie van veertien objecten (holdout)',
    bevoegdGezag: 'gm0392',
    naam: 'Gemeente Haarlem',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Haarlem tot vaststelling van de Omgevingsvisie Haarlem 2045',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Haarlem 2045',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-haarlem-2045', regeling: 'omgevingsvisie-haarlem-2045', doel: 'omgevingsvisie-haarlem-2045' },
      datums: { vaststelling: '2027-09-30', ondertekening: '2027-09-30', bekendmaking: '2027-10-06', inwerkingtreding: '2027-10-07' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0392',
      oin: '00000001001608869000',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [104000, 488000] },
    meubilair: ['^Haarlem groeit groen$', '^Pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Haarlem 2045',
    css: `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
@page std { @bottom-left { content: "Haarlem groeit groen"; ${ft} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${ft} } }
@page bijl { @bottom-left { content: "Haarlem groeit groen"; ${ft} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${ft} } }
body { font: 9.5pt/1.45 'Liberation Serif', serif; color: #222; }
p { margin: 0 0 2.2mm; }
.gem { font: bold 9pt 'DejaVu Sans'; color: #b5412b; text-transform: uppercase; letter-spacing: 1pt; }
.ttl { font: bold 16pt 'DejaVu Serif'; margin: 3mm 0 6mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; font-size: 10.5pt; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 36pt/1.1 'DejaVu Serif'; color: #b5412b; margin: 4mm 0; }
.titel .t2 { font: italic 16pt 'Liberation Serif'; }
.chap { break-before: page; }
.chap:first-child { break-before: auto; }
h1 { font: bold 30pt/1.1 'DejaVu Serif'; color: #b5412b; margin: 0 0 6mm; padding-bottom: 3mm; border-bottom: 2pt solid #b5412b; column-span: all; }
h1 .hn { font-size: 13pt; color: #222; font-weight: normal; }
.cols { columns: 2; column-gap: 8mm; }
h2 { font: bold 12pt/1.25 'DejaVu Sans'; color: #b5412b; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
p.intro { font: italic 11pt/1.4 'Liberation Serif'; }
blockquote.pull { column-span: all; margin: 4mm 10mm; padding: 3mm 0; border-top: 1pt solid #b5412b; border-bottom: 1pt solid #b5412b; font: italic 15pt/1.3 'DejaVu Serif'; color: #b5412b; text-align: center; }
.lst { margin: 0 0 2.5mm 1mm; }
.kaart { margin: 2mm 0 3mm; break-inside: avoid; }
.kaart figcaption { font: 8pt 'DejaVu Sans'; color: #b5412b; }
table.tbl { width: 100%; font: 8pt 'DejaVu Sans'; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { text-align: left; border-bottom: 1pt solid #b5412b; padding: 0.8mm; }
table.tbl td { border-bottom: 0.4pt solid #ddd; padding: 0.8mm; vertical-align: top; }
h2.bijl { font: bold 15pt 'DejaVu Serif'; color: #b5412b; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #b5412b; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; border-bottom: 0.4pt solid #ddd; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

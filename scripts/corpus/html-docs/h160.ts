/**
 * h160 — gemeente Dronten (gm0303), holdout (session 13): the Flevolandse poldergemeente of some 43.000 inwoners with
 * the kernen Dronten, Biddinghuizen and Swifterbant, the grootschalige landbouw of Oostelijk Flevoland and the
 * Randmeren (Veluwemeer, Drontermeer). Content after the public texts of the Structuurvisie Dronten 2030 (vastgesteld
 * 29 november 2012: its heading forms "Hoofdstuk 1 Inleiding", "1.1 Wat is een structuurvisie?", "1.1.1 Integrale
 * ruimtelijke visie", the koersnotitie, three identiteiten — het grootschalige agrarische kerngebied, de
 * natuurlijk-recreatieve zone langs de Randmeren en de kernen binnen een groene omlijsting) and of Dronten's work on
 * an Integrale Visie 2050 (dronten.nl: "Ontstaan in de polder en gemaakt door mensen die met een duidelijk beeld zijn
 * gaan pionieren", 43.000 inwoners, groei onder voorwaarden, de Drontense principes), here as the Omgevingsvisie
 * Dronten 2050 of 2028, partly in our own words. Layout: A5 portrait in Liberation Serif 9 pt; chapters "Hoofdstuk 1
 * Inleiding" on one line (the label in the heading), sections as QUESTIONS ("1.1 Wat is een omgevingsvisie?"), a
 * third level "1.1.1"; no table of contents; header "gemeente Dronten | Omgevingsvisie 2050" on LEFT pages only, footer
 * "Vastgesteld 26 oktober 2028 · versie 1.0" with the page number beside it in the outer corner; a numbered list interrupted by
 * a page break; figure captions "Figuur 3.1 …" between paragraphs; a table; raadsbesluit with beslispunten I.–II. (in
 * werking the day after bekendmaking: no date); GIO table Nr. | Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0303', '2028', '2028-10-26', '1')
const GIOS = [
  { ...gio('Gemeente Dronten', 'gemeente-dronten', [0, 0], 8), toel: 'hele grondgebied' },
  { ...gio('Agrarisch kerngebied', 'agrarisch-kerngebied', [1, -2], 5), toel: 'paragraaf 3.1' },
  { ...gio('Randmerenzone', 'randmerenzone', [5, -6], 2), toel: 'paragraaf 3.2' },
  { ...gio('Zoekgebied uitbreiding Dronten-Oost', 'zoekgebied-dronten-oost', [2, 1], 1), toel: 'paragraaf 4.1' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">Hoofdstuk ${k.nummer} ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const nummer: Marker[] = [{ counter: '1', suffix: '.' }, { glyph: '–' }]
const punt: Marker[] = [{ glyph: '▪' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const fig = (t: string) => d.raw(`<div class="img"></div><p class="cap">${t}</p>`)

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Dronten · raadsvoorstel RV 28.061</p>
<p class="ttl">Besluit van de raad van de gemeente Dronten tot vaststelling van de Omgevingsvisie Dronten 2050</p>
<p>De raad van de gemeente Dronten;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 september 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Dronten 2050 van 4 mei tot en met 14 juni 2028 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Reactienota;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>I.</span> de Omgevingsvisie Dronten 2050 vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie;</p>
<p class="bp"><span>II.</span> de Structuurvisie Dronten 2030, de structuurvisie Hanzekwartier en het Addendum structuurvisie Dronten 2030 en structuurvisie Hanzekwartier in te trekken.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 26 oktober 2028.</p>
${handtekeningen(['De griffier,', 'mr. W. Zandstra'], ['De voorzitter,', 'drs. J. Gebben'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Dronten 2050</p>
<p class="t2">Pionieren in de polder, ook morgen</p>
</div>`)

  d.page('std')
  d.enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Wat is een omgevingsvisie?')
  d.kop(3, '1.1.1', 'Integrale visie')
  d.p('Voor u ligt de Omgevingsvisie Dronten 2050. Zij vervangt de Structuurvisie Dronten 2030 uit 2012 en de aanvullingen daarop. De visie beschrijft de huidige en gewenste waarden en kwaliteiten van Dronten en kijkt vooruit naar 2050.')
  d.p('Niet alleen de fysieke, maar ook de sociale en digitale wereld komen aan bod: in de belevingswereld van inwoners zijn die niet los van elkaar te zien.')
  d.kop(3, '1.1.2', 'Relatie met ander beleid')
  d.p('De visie bundelt het beleid voor wonen, werken, landbouw, natuur, water, energie en mobiliteit. Zij is het kader voor het omgevingsplan en de programma’s.')
  d.kop(2, '1.2', 'Hoe is de visie tot stand gekomen?')
  d.p('Met een omgevingsverkenning en een beleidsverkenning als feitelijke basis hebben wij het gesprek gevoerd met inwoners, bedrijven, organisaties en verenigingen, in Dronten, Biddinghuizen en Swifterbant.')
  d.kop(2, '1.3', 'Hoe leest u deze visie?')
  d.p('Hoofdstuk 2 schetst Dronten in 2050; hoofdstuk 3 de drie identiteiten van de gemeente; hoofdstuk 4 de keuzes per thema; hoofdstuk 5 de uitvoering.')

  d.kop(1, '2', 'Dronten in 2050')
  d.p('Ontstaan in de polder en gemaakt door mensen die met een duidelijk beeld zijn gaan pionieren: Dronten groeide uit tot een moderne gemeente met 43.000 inwoners, en groeit en vernieuwt nog steeds.')
  fig('Figuur 2.1 Het structuurplan van Dronten uit 1959')
  d.kop(2, '2.1', 'Waar komen we vandaan?')
  d.p('Om na te denken over de toekomst kijken wij eerst terug: waar komen wij als gemeente vandaan en op welke weg zitten wij?')
  d.p('Dronten is gebouwd op de bodem van de voormalige Zuiderzee. Na de drooglegging van Oostelijk Flevoland in 1957 werden de kernen Dronten, Biddinghuizen en Swifterbant volgens een vooraf bedacht plan aangelegd, met de landbouw als economische basis. De eerste bewoners kwamen uit het hele land; zij moesten alles zelf opbouwen, van de kerk tot de sportvereniging.')
  d.p('Dat pioniersklimaat is nog altijd voelbaar. Inwoners en ondernemers nemen zelf initiatief, en de gemeente denkt mee. De afgelopen decennia groeide Dronten gestaag, met nieuwe wijken, een hogeschool voor de landbouw en bedrijventerreinen langs de N23 en de Hanzelijn. Wat komt er uit de omgeving op ons af waar wij rekening mee moeten houden? Vergrijzing, de energietransitie, de landbouwtransitie, klimaatverandering en de woningnood vragen om nieuwe keuzes.')
  d.kop(2, '2.2', 'Welke principes houden we vast?')
  d.p('De Drontense principes geven richting aan alle keuzes in deze visie:')
  d.list([
    'ruimte en openheid van het polderlandschap blijven zichtbaar;',
    'elke kern houdt zijn eigen karakter;',
    'groen omlijst de kernen en dringt de wijken in;',
    'wij bouwen voor alle levensfasen;',
    'voorzieningen groeien mee met de kernen;',
    'de landbouw blijft de economische drager van het buitengebied;',
    'wij wekken meer energie op dan wij gebruiken;',
    'water is een kwaliteit en geen probleem;',
    'wegen, fietspaden en vaarten verbinden de kernen;',
    'de Randmeren zijn voor natuur en recreatie;',
    'wij werken samen met Rijk, provincie en regio;',
    'inwoners praten mee en doen mee.',
  ], nummer)
  d.kop(2, '2.3', 'Groeien onder voorwaarden?')
  d.p('De gemeente Dronten heeft de ambitie uitgesproken om – onder voorwaarden – te groeien: om de voorzieningen in stand te houden en te versterken, en om bij te dragen aan het oplossen van de woningnood in Nederland.')

  d.kop(1, '3', 'Drie identiteiten')
  d.p('De gemeente kent drie identiteiten, die elk om een eigen aanpak vragen.')
  d.kop(2, '3.1', 'Het grootschalige agrarische kerngebied')
  d.p('Het grootste deel van de gemeente is grootschalig en open landbouwgebied met rechte kavels, erven met windsingels en lange lanen.')
  fig('Figuur 3.1 Het agrarisch kerngebied tussen Dronten en Swifterbant')
  d.p('Wij houden het gebied open en bieden de landbouw ruimte om te vernieuwen.')
  d.kop(2, '3.2', 'De natuurlijk-recreatieve zone langs de Randmeren')
  d.p('Langs het Veluwemeer en het Drontermeer ligt een zone met bossen, natuur en recreatie, met Walibi Holland en het evenemententerrein bij Biddinghuizen.')
  d.kop(2, '3.3', 'De kernen in een groene omlijsting')
  d.p('De drie kernen liggen elk in een eigen groene omlijsting van bos en beplanting.')
  d.kop(3, '3.3.1', 'Dronten')
  d.p('De hoofdkern met het centrum, het Hanzekwartier en het station aan de Hanzelijn.')
  d.kop(3, '3.3.2', 'Biddinghuizen')
  d.p('Een dorp met een sterke band met de landbouw en de recreatie aan de Randmeren.')
  d.kop(3, '3.3.3', 'Swifterbant')
  d.p('Een dorp aan de Swiftervaart met een hechte gemeenschap en een eigen archeologische geschiedenis.')

  d.kop(1, '4', 'Keuzes per thema')
  d.kop(2, '4.1', 'Hoe wonen we in 2050?')
  d.p('Wij bouwen in alle drie kernen. De grootste uitbreiding zoeken wij aan de oostkant van Dronten.')
  d.table(['Kern', 'Inwoners 2027', 'Woningen tot 2040'], [
    ['Dronten', '30.500', '3.000 – 4.000'],
    ['Biddinghuizen', '6.400', '500 – 700'],
    ['Swifterbant', '6.600', '500 – 700'],
  ], 'tbl', ['40%', '30%', '30%'])
  d.kop(2, '4.2', 'Waar wekken we energie op?')
  d.p('Windenergie concentreren wij in de bestaande windparken; zonne-energie komt eerst op daken en bij bedrijven.')
  d.kop(2, '4.3', 'Hoe blijven we bereikbaar?')
  d.p('De Hanzelijn, de N23 en de N307 verbinden Dronten met Zwolle, Lelystad en de Randstad.')
  d.kop(2, '4.4', 'Welke landbouw past bij Dronten?')
  d.p('Wij zetten in op een vitale, innovatieve landbouw, met ruimte voor proeftuinen en kennisinstellingen.')

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Met wie werken we samen?')
  d.p('Wij werken samen met het Rijk, de provincie Flevoland en de regio Zwolle. Regionale samenwerking is essentieel voor de groeiopgave.')
  d.list(['Rijk: woningbouw en infrastructuur;', 'provincie Flevoland: landbouw, natuur en energie;', 'regio Zwolle: wonen, werken en bereikbaarheid.'], punt)
  d.kop(2, '5.2', 'Wanneer kijken we opnieuw?')
  d.p('Elke vier jaar, gelijk met de raadsperiode, bekijken wij of de visie moet worden bijgesteld.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie', 'Toelichting'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true), g.toel], 'gio', ['8%', '26%', '44%', '22%'])

  const ft = "font: 7pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h160',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de Structuurvisie Dronten 2030 (vastgesteld 29 november 2012: "Hoofdstuk 1 Inleiding", "1.1 Wat is een structuurvisie?", "1.1.1 Integrale ruimtelijke visie", de koersnotitie, de drie identiteiten grootschalig agrarisch kerngebied, natuurlijk-recreatieve zone langs de Randmeren en kernen in een groene omlijsting) en over de Integrale Visie Dronten 2050 (dronten.nl: "Ontstaan in de polder en gemaakt door mensen die met een duidelijk beeld zijn gaan pionieren", 43.000 inwoners, groei onder voorwaarden, Drontense principes), hier als Omgevingsvisie Dronten 2050 van 2028, deels in eigen woorden; eigen opmaak: A5 staand in Liberation Serif 9 pt, hoofdstukken "Hoofdstuk 1 Inleiding" op één regel, paragrafen als vragen ("1.1 Wat is een omgevingsvisie?"), een derde niveau "1.1.1", geen inhoudsopgave, kopregel "gemeente Dronten | Omgevingsvisie 2050" alleen op linkerbladzijden, voettekst "Vastgesteld 26 oktober 2028 · versie 1.0" met het paginanummer ernaast in de buitenhoek, een genummerde lijst die door een paginaovergang wordt onderbroken, figuurbijschriften "Figuur 3.1 …" tussen alinea\'s, een tabel, raadsbesluit met beslispunten I.–II. (in werking de dag na bekendmaking), GIO-tabel Nr. | Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0303',
    naam: 'Gemeente Dronten',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Dronten tot vaststelling van de Omgevingsvisie Dronten 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Dronten 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-dronten-2050', regeling: 'omgevingsvisie-dronten-2050', doel: 'omgevingsvisie-dronten-2050' },
      datums: { vaststelling: '2028-10-26', ondertekening: '2028-10-26', bekendmaking: '2028-11-02' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0303',
      oin: '00000001000000003030',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [176000, 505000] },
    meubilair: ['^gemeente Dronten \\| Omgevingsvisie 2050$', '^(\\d+ +)?Vastgesteld 26 oktober 2028 · versie 1\\.0( +\\d+)?$'],
    title: 'Omgevingsvisie Dronten 2050',
    css: `
@page { size: A5; margin: 16mm 14mm 17mm 14mm; }
@page std:left { @top-left { content: "gemeente Dronten | Omgevingsvisie 2050"; ${ft} } @bottom-left { content: counter(page) "    Vastgesteld 26 oktober 2028 · versie 1.0"; ${ft} } }
@page std:right { @bottom-right { content: "Vastgesteld 26 oktober 2028 · versie 1.0    " counter(page); ${ft} } }
body { font: 9pt/1.42 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2mm; }
.gem { font: 7.5pt 'Liberation Sans'; color: #777; }
.ttl { font: bold 11.5pt 'Liberation Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.bp { padding-left: 7mm; text-indent: -7mm; }
.bp span { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t1 { font: bold 20pt 'Liberation Sans'; color: #E36C0A; margin: 0 0 3mm; }
.titel .t2 { font: italic 12pt 'Liberation Serif'; color: #333; }
h1 { font: bold 14pt 'Liberation Sans'; color: #E36C0A; margin: 0 0 4mm; border-bottom: 0.8pt solid #E36C0A; padding-bottom: 1mm; }
h2 { font: bold 10.5pt 'Liberation Sans'; color: #333; margin: 4mm 0 1.2mm; break-after: avoid; }
h3 { font: italic 9.5pt 'Liberation Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 11.5pt; }
div.lst { margin: 0 0 2mm 1mm; }
.img { height: 34mm; background: #F5E1CF; margin: 3mm 0 1mm; }
p.cap { font: 7.5pt 'Liberation Sans'; color: #555; margin-bottom: 3mm; }
table.tbl { width: 100%; font: 8pt 'Liberation Sans'; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #E36C0A; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
table.gio { width: 100%; font: 7.5pt 'Liberation Sans'; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #E36C0A; text-align: left; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 6.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

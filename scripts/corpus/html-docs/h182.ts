/**
 * h182 — provincie Zuid-Holland (pv28), holdout (session 13): a LONG provincial visie in THREE PARTS. Content after the
 * Omgevingsvisie Zuid-Holland as it holds from 1 May 2024 (CVDR719176: "1. Inleiding" with "Leeswijzer" and "Doel en
 * opzet" — "De Zuid-Hollandse leefomgeving verbeteren, elke dag, dat is waar de provincie aan werkt. Zeven
 * vernieuwingsambities laten zien waar Zuid-Holland naartoe wil." —; "2. Sturingsfilosofie" with "Ruimte voor
 * ontwikkeling, met waarborg van kwaliteit" and "8 sturingsprincipes voor de fysieke leefomgeving"; chapter 3 where
 * the province stands now, chapter 4 the ambities as the core of the document, chapter 5 kaders en uitgangspunten,
 * chapter 6 how the beleid comes about, chapters 7 and 8 the beleidsdoelen, beleidskeuzes and kaarten) and the
 * ruimtelijkeplannen.nl consolidation listing its many wijzigingsbesluiten (Verzamelherziening 2020, tramtracé
 * Ridderkerk, Koers 2020, Herziening 2021, Module Nestgeluid), here as a new Omgevingsvisie of 2027; partly in our own
 * words. The corpus has the 2019 Zuid-Holland visie (h08, h113); this one follows the 2024 text. Layout: A4 in
 * Liberation Sans 9.5 pt; PART PAGES "DEEL I" / "Visie" (level 1, nummer "I"/"II"/"III") above chapters "1." … "8."
 * (level 2, numbered through the parts), sections "4.1" (level 3) and a fourth level "4.3.1" (level 4); a table of
 * contents of THREE LEVELS OVER TWO PAGES; RUNNING HEADERS THAT CHANGE PER PART ("Omgevingsvisie Zuid-Holland · Deel I
 * Visie" …), page number bottom right; numbered sturingsprincipes "1." … "8."; lists "•" with "–"; two tables; a
 * Statenbesluit with overwegingen and an artikel with a long list of intrekkingen (the wijzigingsbesluiten) running
 * over a page break; in "Bijlage 1 Overzicht geografische informatieobjecten" a GIO table Nr | Naam | Identificatie of 13 rows in a narrow identifier column (identifiers
 * WRAP inside their cell) that RUNS OVER A PAGE BREAK with the header row repeated.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('pv28', '2027', '2027-10-13', '1')
const GIOS: Gio[] = [
  gio('Provincie Zuid-Holland', 'provincie-zuid-holland', [0, 0], 25),
  gio('Bestaand stads- en dorpsgebied', 'bestaand-stads-en-dorpsgebied', [2, 3], 8),
  gio('Natuurnetwerk Nederland Zuid-Holland', 'natuurnetwerk-nederland-zuid-holland', [-6, 4], 6),
  gio('Groene Hart', 'groene-hart', [10, 8], 7),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', [-10, -12], 5),
  gio('Hoogstedelijke zone', 'hoogstedelijke-zone', [0, 2], 5),
  gio('Glastuinbouwconcentratiegebieden', 'glastuinbouwconcentratiegebieden', [-8, 2], 3),
  gio('Bollenteeltgebied Duin- en Bollenstreek', 'bollenteeltgebied-duin-en-bollenstreek', [-4, 16], 3),
  gio('Primaire waterkeringen', 'primaire-waterkeringen', [0, -6], 10),
  gio('Landschappelijke eenheden', 'landschappelijke-eenheden', [4, -2], 12),
  gio('Molenbiotopen', 'molenbiotopen', [14, -8], 2),
  gio('Nieuwe Hollandse Waterlinie', 'nieuwe-hollandse-waterlinie', [20, 0], 3),
  gio('Stiltegebieden', 'stiltegebieden', [-2, -18], 4),
]

/** [niveau, nummer, titel] — parts I–III, chapters 1–8 numbered through the parts, sections, a fourth level. */
const KOPPEN: Array<[number, string, string]> = [
  [1, 'I', 'Visie'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Leeswijzer'],
  [3, '1.2', 'Doel en opzet'],
  [3, '1.3', 'Eén digitaal geheel'],
  [2, '2', 'Sturingsfilosofie'],
  [3, '2.1', 'Ruimte voor ontwikkeling, met waarborg van kwaliteit'],
  [3, '2.2', 'Acht sturingsprincipes'],
  [3, '2.3', 'Vier sturingsstijlen'],
  [2, '3', 'Waar Zuid-Holland nu staat'],
  [3, '3.1', 'Drie deltalandschappen'],
  [3, '3.2', 'Een meerkernige metropool'],
  [3, '3.3', 'Strategische ligging'],
  [2, '4', 'Zeven vernieuwingsambities'],
  [3, '4.1', 'Participatie'],
  [3, '4.2', 'Bereikbaarheid'],
  [4, '4.2.1', 'Openbaar vervoer en knooppunten'],
  [4, '4.2.2', 'Fiets'],
  [4, '4.2.3', 'Goederenvervoer en haven'],
  [3, '4.3', 'Energie'],
  [4, '4.3.1', 'Windenergie op land'],
  [4, '4.3.2', 'Warmte'],
  [3, '4.4', 'Economie'],
  [3, '4.5', 'Natuur'],
  [4, '4.5.1', 'Natuurnetwerk'],
  [4, '4.5.2', 'Veenweide en bodemdaling'],
  [3, '4.6', 'Woningbouw'],
  [3, '4.7', 'Gezondheid en veiligheid'],
  [1, 'II', 'Kaders'],
  [2, '5', 'Kaders en uitgangspunten'],
  [3, '5.1', 'Omgevingskwaliteit'],
  [4, '5.1.1', 'Kwaliteitskaart'],
  [4, '5.1.2', 'Ruimtelijke kwaliteit bij ontwikkeling'],
  [3, '5.2', 'Water en bodem sturend'],
  [3, '5.3', 'Zorgvuldig ruimtegebruik'],
  [2, '6', 'Hoe ons beleid tot stand komt'],
  [3, '6.1', 'Beleidscyclus'],
  [3, '6.2', 'Monitor en evaluatie'],
  [1, 'III', 'Beleid'],
  [2, '7', 'Beleidsdoelen en beleidskeuzes'],
  [3, '7.1', 'Bebouwde ruimte'],
  [4, '7.1.1', 'Verstedelijking en wonen'],
  [4, '7.1.2', 'Werklocaties'],
  [3, '7.2', 'Landelijk gebied'],
  [4, '7.2.1', 'Landbouw'],
  [4, '7.2.2', 'Recreatie'],
  [3, '7.3', 'Water'],
  [2, '8', 'Kaarten'],
  [3, '8.1', 'Integraal kaartbeeld'],
  [3, '8.2', 'Geografische informatieobjecten'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const DEEL: Record<string, string> = { I: 'deel1', II: 'deel2', III: 'deel3' }
const kop = (k: Kop): string => {
  if (k.niveau === 1) return `<div class="deel"><p class="dl">DEEL ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
  if (k.niveau === 2) return `<h2 class="brk">${k.nummer}. ${k.opschrift}</h2>`
  return `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`
}

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

const TEKST: Record<string, string> = {
  '1.1': 'De Zuid-Hollandse leefomgeving verbeteren, elke dag, dat is waar de provincie aan werkt. Zeven vernieuwingsambities laten zien waar Zuid-Holland naartoe wil. Noem het gerust uitdagingen. Wie vooral benieuwd is naar de vergezichten en kansen gaat direct naar hoofdstuk 4, waar de ambities op een rij staan. Dat hoofdstuk is de kern van dit document.',
  '1.2': 'De Omgevingsvisie biedt een strategische blik op de lange termijn voor de gehele fysieke leefomgeving en bevat de hoofdzaken van het te voeren integrale beleid van de provincie. Zij vormt samen met de Omgevingsverordening en het Omgevingsprogramma het provinciale Omgevingsbeleid.',
  '1.3': 'Het Omgevingsbeleid is ook actueel te raadplegen als één digitaal geheel, waarin visie, verordening en programma naar elkaar verwijzen.',
  '2.1': 'De provincie geeft ruimte voor ontwikkeling, met waarborg van kwaliteit. Dat betekent vertrouwen in partners, en duidelijkheid over wat niet kan.',
  '2.3': 'Per opgave kiest de provincie een sturingsstijl: presterend, netwerkend, participerend of faciliterend.',
  '3.1': 'Zuid-Holland kent drie unieke deltalandschappen: de kust met duinen, het veenweidegebied van het Groene Hart en het rivierengebied met de eilanden.',
  '3.2': 'De Zuid-Hollandse steden vormen samen een levendige meerkernige metropool, met Rotterdam, Den Haag, Leiden, Dordrecht, Gouda en Delft als grootste kernen.',
  '3.3': 'De Rotterdamse haven en de ligging aan de Noordzee maken Zuid-Holland tot een knooppunt in internationale netwerken.',
  '4.1': 'Inwoners, bedrijven en organisaties denken en doen mee. De provincie maakt participatie vanzelfsprekend bij elk besluit.',
  '4.2': 'Zuid-Holland wil de best bereikbare provincie zijn.',
  '4.2.1': 'Wij verdichten rond de knooppunten van het hoogwaardig openbaar vervoer.',
  '4.2.2': 'Snelfietsroutes verbinden de steden van de metropool.',
  '4.2.3': 'Het goederenvervoer gaat zoveel mogelijk over water en spoor.',
  '4.3': 'In 2050 is de energievoorziening van Zuid-Holland klimaatneutraal.',
  '4.3.1': 'Windturbines plaatsen wij bij voorkeur bij de haven, langs infrastructuur en op bedrijventerreinen.',
  '4.3.2': 'Restwarmte uit de haven verwarmt via de warmterotonde woningen in de regio.',
  '4.4': 'De economie van Zuid-Holland vernieuwt naar een circulaire en digitale economie: the next level.',
  '4.5': 'De biodiversiteit herstelt en de natuur krijgt ruimte om te groeien.',
  '4.5.1': 'Het Natuurnetwerk Nederland wordt in Zuid-Holland in 2027 voltooid.',
  '4.5.2': 'In het veenweidegebied remmen wij de bodemdaling af door het waterpeil te verhogen.',
  '4.6': 'Tot 2030 bouwt Zuid-Holland circa 250.000 woningen, vooral binnen bestaand stads- en dorpsgebied.',
  '4.7': 'Een gezonde en veilige leefomgeving is een voorwaarde voor alle andere ambities.',
  '5.1': 'Omgevingskwaliteit is het vertrekpunt van iedere ontwikkeling.',
  '5.1.1': 'De kwaliteitskaart laat per landschap zien welke kwaliteiten wij beschermen en versterken.',
  '5.1.2': 'Wij onderscheiden drie soorten ruimtelijke ontwikkeling: inpassen, aanpassen en transformeren.',
  '5.2': 'Water en bodem zijn sturend bij de ruimtelijke inrichting.',
  '5.3': 'Nieuwe stedelijke ontwikkelingen komen eerst binnen bestaand stads- en dorpsgebied, volgens de ladder voor duurzame verstedelijking.',
  '6.1': 'Ons beleid doorloopt een cyclus van signaleren, beleid ontwikkelen, uitvoeren en evalueren.',
  '6.2': 'De monitor Omgevingskwaliteit en de Staat van Zuid-Holland laten zien waar wij staan.',
  '7.1': 'De beleidskeuzes voor de bebouwde ruimte:',
  '7.1.1': 'Woningbouw vindt plaats binnen bestaand stads- en dorpsgebied, tenzij dat aantoonbaar niet kan.',
  '7.1.2': 'Nieuwe werklocaties komen aan de randen van de steden, bij bestaande infrastructuur.',
  '7.2': 'De beleidskeuzes voor het landelijk gebied:',
  '7.2.1': 'De glastuinbouw concentreert zich in de aangewezen concentratiegebieden.',
  '7.2.2': 'Recreatiegebieden rond de steden worden beter bereikbaar.',
  '7.3': 'Wij beschermen de primaire waterkeringen en houden ruimte voor versterking.',
  '8.1': 'Het integraal kaartbeeld toont de ruimtelijke hoofdstructuur van Zuid-Holland.',
  '8.2': 'De kaarten van deze visie zijn vastgelegd als geografische informatieobjecten. Het overzicht staat na dit hoofdstuk.',
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    if (n === 1) d.page(DEEL[nr]!)
    d.kop(n, nr, t)
    if (TEKST[nr]) d.p(TEKST[nr]!)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="kenm">Provinciaal blad van Zuid-Holland · PZH-2027-811</p>
<p class="ttl">Besluit van Provinciale Staten van Zuid-Holland van 13 oktober 2027 tot vaststelling van de Omgevingsvisie Zuid-Holland 2027</p>
<p>Provinciale Staten van Zuid-Holland,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 29 juni 2027;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p>overwegende:</p>
<p class="ov">dat de Omgevingsvisie Zuid-Holland sinds haar vaststelling op 20 februari 2019 vele malen is gewijzigd en dat het wenselijk is haar in één nieuwe visie samen te brengen;</p>
<p class="ov">dat de zeven vernieuwingsambities en de acht sturingsprincipes in de nieuwe visie hun plaats hebben gekregen;</p>
<p class="ov">dat het ontwerp van de visie van 1 maart tot en met 12 april 2027 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord in de Nota van beantwoording;</p>
<p class="ov">dat de Nota van beantwoording aanleiding heeft gegeven tot de wijzigingen die zijn opgenomen in de Nota van wijzigingen;</p>
<p class="ov">dat voor de visie een plan-MER is opgesteld, waarover de Commissie voor de milieueffectrapportage heeft geadviseerd;</p>
<p class="ov">dat met de gemeenten, de waterschappen en het Rijk bestuurlijk overleg is gevoerd;</p>
<p class="bs">BESLUITEN:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Zuid-Holland 2027 vast te stellen zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten die in bijlage 1 van de visie zijn opgenomen.</p>
<p class="art">Artikel 2</p>
<p>De volgende besluiten in te trekken:</p>
<div class="intr">
<p>a. het besluit van 20 februari 2019 tot vaststelling van de Omgevingsvisie Zuid-Holland;</p>
<p>b. het besluit van 20 februari 2019 tot wijziging inzake kantoren en verstedelijking &amp; wonen;</p>
<p>c. het besluit van 20 februari 2019 tot wijziging inzake de Rijke Groenblauwe Leefomgeving;</p>
<p>d. het besluit van 9 april 2019 tot wijziging inzake NNN Krimpenerwaard;</p>
<p>e. het besluit van 1 juli 2020 tot wijziging in het kader van de Verzamelherziening Omgevingsbeleid 2020;</p>
<p>f. het besluit van 3 juni 2020 tot wijziging inzake tramtracé Ridderkerk;</p>
<p>g. het besluit van 16 juni 2021 tot wijziging inzake Koers 2020;</p>
<p>h. het besluit van 2 februari 2022 tot wijziging inzake de Herziening 2021;</p>
<p>i. het besluit van 12 oktober 2022 tot wijziging inzake de Module Nestgeluid;</p>
<p>j. het besluit van 2023 tot wijziging inzake de omzetting naar het Digitaal Stelsel Omgevingswet;</p>
<p>k. het besluit van 2025 tot wijziging inzake woningbouwlocaties buiten bestaand stads- en dorpsgebied.</p>
</div>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Den Haag, 13 oktober 2027</p>
<p>Provinciale Staten voornoemd,</p>
${handtekeningen(['de griffier,', 'ir. C.M. van Toor'], ['de voorzitter,', 'W.J. Bosma'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Zuid-Holland 2027</p>
<p class="t2">Zuid-Holland vernieuwt</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 4).map(([n, nr, t]) =>
    n === 1 ? [`Deel ${nr}`, t, t, 1] : n === 2 ? [`${nr}.`, t, `${nr}. ${t}`, 2] : [nr, t, `${nr} ${t}`, 3],
  )
  d.page('toc').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  k('I')
  k('1'); k('1.1'); k('1.2'); k('1.3')
  k('2'); k('2.1')
  k('2.2')
  d.p('De provincie hanteert acht sturingsprincipes voor de fysieke leefomgeving:')
  d.list([
    'Wij stellen de opgave centraal, niet het instrument.',
    'Wij werken samen met partners en vertrouwen op hun vakmanschap.',
    'Wij sturen op hoofdzaken en laten ruimte voor maatwerk.',
    'Wij maken afwegingen integraal en transparant.',
    'Wij zijn duidelijk over wat niet kan.',
    'Wij stimuleren vernieuwing en experimenten.',
    'Wij benutten kennis en data bij elke afweging.',
    'Wij zijn zuinig op ruimte en op omgevingskwaliteit.',
  ], num)
  k('2.3')
  k('3'); k('3.1'); k('3.2')
  d.table(['Gebied', 'Inwoners 2025', 'Opgave'], [
    ['Rotterdam-Rijnmond', '1.450.000', 'haven en energietransitie'],
    ['Haaglanden', '1.150.000', 'verdichting en bereikbaarheid'],
    ['Holland Rijnland', '580.000', 'woningbouw en Groene Hart'],
    ['Drechtsteden en Alblasserwaard', '450.000', 'water en bodemdaling'],
  ], 'tbl', ['40%', '22%', '38%'])
  k('3.3')
  k('4'); k('4.1'); k('4.2'); k('4.2.1'); k('4.2.2'); k('4.2.3')
  k('4.3'); k('4.3.1'); k('4.3.2')
  k('4.4')
  d.list(['innovatie in de Rotterdamse haven;', { text: 'digitalisering', sub: ['datacenters alleen bij restwarmtegebruik;', 'glasvezel in het landelijk gebied.'] }, 'een circulaire bouw- en maakindustrie.'], bol)
  k('4.5'); k('4.5.1'); k('4.5.2')
  k('4.6'); k('4.7')
  k('II')
  k('5'); k('5.1'); k('5.1.1'); k('5.1.2'); k('5.2'); k('5.3')
  k('6'); k('6.1'); k('6.2')
  k('III')
  k('7'); k('7.1'); k('7.1.1'); k('7.1.2')
  d.table(['Locatie', 'Woningen', 'Periode'], [
    ['Binnenstedelijk Rotterdam', '50.000', '2025–2040'],
    ['Den Haag Central Innovation District', '20.000', '2025–2040'],
    ['Leiden-Zuidwest', '6.000', '2028–2040'],
  ], 'tbl', ['50%', '20%', '30%'])
  k('7.2'); k('7.2.1'); k('7.2.2'); k('7.3')
  k('8'); k('8.1'); k('8.2')

  d.page('deel3').bijlage('1', 'Overzicht geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Overzicht geografische informatieobjecten</p>')
  d.p('De geografische informatieobjecten hieronder leggen de werkingsgebieden van de kaarten van hoofdstuk 8 vast. De kaart geeft ze samen weer.')
  d.raw('<div class="kaart"><p>Kaart B1 Geografische informatieobjecten van de Omgevingsvisie Zuid-Holland 2027</p></div>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [`${i + 1}.`, g.naam, gidCell(g.identificatie, true)], 'gio', ['8%', '32%', '60%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const hdr = (s: string) => `@top-left { content: "Omgevingsvisie Zuid-Holland · ${s}"; ${ft} } @bottom-right { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h182',
    set: 'holdout',
    bron: 'Bewerkt naar de Omgevingsvisie Zuid-Holland zoals die geldt vanaf 1 mei 2024 (CVDR719176: "1. Inleiding" met Leeswijzer en Doel en opzet, "Zeven vernieuwingsambities laten zien waar Zuid-Holland naartoe wil", "2. Sturingsfilosofie" met "Ruimte voor ontwikkeling, met waarborg van kwaliteit" en acht sturingsprincipes, hoofdstuk 3 waar de provincie nu staat, hoofdstuk 4 de ambities als kern, hoofdstuk 5 kaders en uitgangspunten, hoofdstuk 6 hoe beleid tot stand komt, hoofdstukken 7 en 8 beleidsdoelen, beleidskeuzes en kaarten) en de consolidatie op ruimtelijkeplannen.nl met haar reeks wijzigingsbesluiten, hier als nieuwe visie van 2027, deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, DEELPAGINA\'S "DEEL I" met titel eronder (niveau 1, nummer "I"/"II"/"III") boven hoofdstukken "1." … "8." (niveau 2, doorgenummerd), paragrafen "4.1" (niveau 3) en een vierde niveau "4.3.1" (niveau 4), inhoudsopgave van DRIE NIVEAUS OVER TWEE PAGINA\'S, KOPREGELS DIE PER DEEL WISSELEN, paginanummer rechtsonder, genummerde sturingsprincipes, lijsten "•" en "–", twee tabellen, Statenbesluit met overwegingen en een artikel met een lange lijst intrekkingen over een paginagrens, GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1 Overzicht geografische informatieobjecten" met 13 rijen in een smalle kolom (identificaties BREKEN in hun cel) die OVER EEN PAGINAGRENS loopt met herhaalde kopregel (holdout)',
    bevoegdGezag: 'pv28',
    naam: 'Provincie Zuid-Holland',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Zuid-Holland van 13 oktober 2027 tot vaststelling van de Omgevingsvisie Zuid-Holland 2027',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Zuid-Holland 2027',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-zuid-holland-2027', regeling: 'omgevingsvisie-zuid-holland', doel: 'omgevingsvisie-zuid-holland-2027' },
      datums: { vaststelling: '2027-10-13', ondertekening: '2027-10-13', bekendmaking: '2027-10-27', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV28',
      oin: '00000001000000280000',
      achtergrondActualiteit: '2027-01-01',
    },
    geo: { origin: [95000, 445000] },
    meubilair: ['^Omgevingsvisie Zuid-Holland · Deel (I|II|III) (Visie|Kaders|Beleid)$', '^\\d+$'],
    title: 'Omgevingsvisie Zuid-Holland 2027',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 22mm; }
@page besluit { @bottom-right { content: counter(page); ${ft} } }
@page toc { @bottom-right { content: counter(page); ${ft} } }
@page deel1 { ${hdr('Deel I Visie')} }
@page deel2 { ${hdr('Deel II Kaders')} }
@page deel3 { ${hdr('Deel III Beleid')} }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.kenm { font-size: 8pt; color: #666; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 6mm; color: #A8005B; }
.ov { margin-left: 6mm; }
.intr p { margin-left: 6mm; }
.bs { font-weight: bold; margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #A8005B; margin: 0 0 4mm; }
.titel .t2 { font: 14pt 'Liberation Sans'; color: #555; }
.tockop { font: bold 16pt 'Liberation Sans'; color: #A8005B; margin-bottom: 5mm; }
${TOC_CSS}
.toc .te { margin-bottom: 1.6mm; }
.toc .t1 { font-size: 11pt; margin-top: 5mm; }
.toc .tl { min-width: 14mm; }
.deel { break-before: page; break-after: page; padding-top: 90mm; }
.deel .dl { font: bold 14pt 'Liberation Sans'; letter-spacing: 0.3em; color: #A8005B; margin: 0 0 3mm; }
.deel h1 { font: bold 30pt 'Liberation Sans'; color: #A8005B; margin: 0; }
h2 { font: bold 17pt 'Liberation Sans'; color: #A8005B; margin: 0 0 5mm; }
h3 { font: bold 11.5pt 'Liberation Sans'; color: #A8005B; margin: 5mm 0 1.5mm; break-after: avoid; }
h4 { font: bold italic 10pt 'Liberation Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
.deel + h2.brk { break-before: auto; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #A8005B; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm 1.5mm; }
p.bijl { font: bold 15pt 'Liberation Sans'; color: #A8005B; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
.kaart { height: 150mm; border: 0.5pt solid #999; background: #f4f4f4; display: flex; align-items: flex-end; padding: 2mm; margin-bottom: 4mm; font-size: 8.5pt; }
table.gio thead { display: table-header-group; }
table.gio th { background: #F3D9E6; text-align: left; padding: 1.5mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.8mm 1.5mm; vertical-align: top; }
table.gio tr { break-inside: avoid; }
.gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

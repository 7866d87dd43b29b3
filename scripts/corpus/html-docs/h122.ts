/**
 * h122 — gemeente Heemskerk (gm0396), holdout (session 12): a gemeente of about 39.000 inwoners in Noord-Holland
 * between the IJmond (Tata Steel) and the duinen, with the Assumburg, the binnenduinrand and the strandwallen. Content
 * after the public pages on the "Omgevingsvisie 2040 Heemskerk, Duurzaam, Dorps en Vernieuwend" (adopted on 1 februari
 * 2021, unanimously; in TWO PARTS: Deel A the visie and the ontwikkelingsbeeld for 2040, Deel B the onderbouwing and
 * background on which the choices rest; integral, social, economic and spatial questions together; FIVE PIJLERS —
 * Aantrekkelijk, Gezond, Mobiel, Levendig and Karakteristiek Heemskerk —; 1000 to 2000 woningen for jongeren,
 * starters and ouderen in one- and two-person households; a climate-proof openbare ruimte against hittestress,
 * verdroging and wateroverlast; landscape, green and water kept and strengthened; evaluation every two years), here
 * as a revised visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Sans 9.5 pt; the visie
 * in two parts "Deel A" / "Deel B" on a line above the part title (level 1, nummer "A"/"B"), chapters numbered
 * through with a LEADING ZERO AND A DOT "01." … "09." (level 2, nummer "01" …), sections "2.1" (level 3) with an
 * INSERTED SECTION "2.4a" BETWEEN 2.4 AND 2.5; no table of contents; footer "Omgevingsvisie 2040 Heemskerk · herziening
 * 2027" left and "blz. n" right; lists "•" and "1."; a table of ontwikkellocaties that BREAKS ACROSS A PAGE WITH ITS HEADER
 * ROW REPEATED, and a small table; "besluit:" with Artikel I–II (the second names the date); visie as "Bijlage 1";
 * GIO table Naam | Identificatie | VERSIE in "Bijlage 2", two identifiers with version ";2" (GIOs taken over from an
 * earlier besluit of 2025 and changed in 2026).
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const bg = 'gm0396'
/** A GIO of work year `jaar` in the expression of `datum` with version `versie`. */
const g = (naam: string, slug: string, jaar: string, datum: string, versie: string, at: [number, number], r = 0.8) => ({
  naam,
  identificatie: `/join/id/regdata/${bg}/${jaar}/${slug}/nld@${datum};${versie}`,
  at,
  r,
  versie,
})
const GIOS = [
  g('Gemeente Heemskerk', 'gemeente-heemskerk', '2027', '2027-11-29', '1', [0, 0], 3),
  g('Binnenduinrand', 'binnenduinrand', '2025', '2026-03-10', '2', [-1.5, 0.5], 1.2),
  g('Strandwallen Assumburg', 'strandwallen-assumburg', '2025', '2026-03-10', '2', [-0.5, 1.5], 0.6),
  g('Centrum Heemskerk', 'centrum-heemskerk', '2027', '2027-11-29', '1', [0.3, 0], 0.4),
  g('Zoekgebied woningbouw Broekpolder', 'zoekgebied-woningbouw-broekpolder', '2027', '2027-11-29', '1', [1.5, -1], 0.7),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel brk"><span class="dl">Deel ${k.nummer}</span><br>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nr: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Heemskerk · raadsbesluit 2027/RB/0093</p>
<p class="ttl">Besluit van de raad van de gemeente Heemskerk tot vaststelling van de Omgevingsvisie 2040 Heemskerk</p>
<p>De raad van de gemeente Heemskerk;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 19 oktober 2027;</p>
<p>overwegende dat de raad bij de vaststelling van de Omgevingsvisie 2040 op 1 februari 2021 heeft besloten de visie tweejaarlijks te evalueren en zo nodig te actualiseren;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie 2040 Heemskerk, Duurzaam, Dorps en Vernieuwend, opgenomen in bijlage 1, met de werkingsgebieden genoemd in bijlage 2, wordt vastgesteld; de omgevingsvisie van 1 februari 2021 wordt ingetrokken.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op 3 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 29 november 2027.</p>
${handtekeningen(['de griffier,', 'mr. P.C. Kuijpers'], ['de voorzitter,', 'A.G. Nawijn'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027/RB/0093</p>
<p class="t1">Omgevingsvisie 2040 Heemskerk</p>
<p class="t2">Duurzaam, Dorps en Vernieuwend</p>
<p class="t3">herziening 2027</p>
</div>`)

  d.enter('visie')
  d.page('std')
  d.kop(1, 'A', 'Visie en ontwikkelingsbeeld')
  d.p('Deel A bevat de visie en het ontwikkelingsbeeld voor 2040. Deel B bevat de onderbouwing en de achtergrondinformatie op basis waarvan de keuzes zijn gemaakt.')
  d.kop(2, '01', 'Inleiding')
  d.kop(3, '1.1', 'Waarom deze visie')
  d.p('In de Omgevingsvisie 2040 presenteert de gemeente Heemskerk haar visie op de leefomgeving voor de langere termijn. Op basis van trends, ontwikkelingen en behoeftes geven we richting aan de gewenste ontwikkelingen tot 2040.')
  d.kop(3, '1.2', 'Integraal')
  d.p('Sociale, economische en ruimtelijke vraagstukken bekijken we in samenhang. In Heemskerk komen natuur en landschap, cultuur, horeca, wonen, winkels, mobiliteit, maatschappelijke voorzieningen en recreatie samen.')
  d.kop(3, '1.3', 'Herziening 2027')
  d.p('De raad besloot de visie tweejaarlijks te evalueren. De evaluatie van 2026 leidde tot deze herziening: een nieuw zoekgebied voor woningbouw en een aangescherpt beeld van de binnenduinrand.')

  d.kop(2, '02', 'Heemskerk in 2040')
  d.p('Om onze ambities te verwezenlijken hebben we vijf pijlers geformuleerd. Aan iedere pijler koppelen we een ontwikkelingsbeeld.')
  d.kop(3, '2.1', 'Aantrekkelijk Heemskerk')
  d.p('We bouwen 1000 tot 2000 woningen, voor jongeren, starters en ouderen in één- en tweepersoonshuishoudens.')
  d.kop(3, '2.2', 'Gezond Heemskerk')
  d.p('Een klimaatbestendige openbare ruimte gaat hittestress, verdroging en wateroverlast tegen en nodigt uit tot bewegen.')
  d.kop(3, '2.3', 'Mobiel Heemskerk')
  d.p('Lopen en fietsen krijgen voorrang. Het station Heemskerk en de busverbindingen naar Beverwijk en Haarlem worden beter bereikbaar.')
  d.kop(3, '2.4', 'Levendig Heemskerk')
  d.p('Het voorzieningenniveau maken we toekomstbestendig. Het centrum rond het Maerten van Heemskerckplein blijft het hart van het dorp.')
  d.kop(3, '2.4a', 'Levendig en gezond: de Broekpolder')
  d.p('Bij de evaluatie is deze paragraaf ingevoegd. De Broekpolder is een recreatiegebied en een zoekgebied voor woningbouw aan de rand; beide functies moeten samengaan.')
  d.kop(3, '2.5', 'Karakteristiek Heemskerk')
  d.p('We behouden en versterken de landschappelijke kwaliteiten: het landschap, het groen en het water.')
  d.list(['de strandwallen met het kasteel Assumburg;', { text: 'de binnenduinrand met', sub: ['de landgoederen;', 'de oude tuinbouwgronden.'] }, 'het Noorder Buiten Veld en de Oosterwijkse polder.'], punt)

  d.kop(2, '03', 'Gebieden')
  d.kop(3, '3.1', 'Het dorp')
  d.p('Heemskerk is en blijft dorps: een centrum met winkels, wijken met eigen voorzieningen en veel groen.')
  d.kop(3, '3.2', 'De binnenduinrand')
  d.p('In de binnenduinrand gaan we voor natuur, cultuurhistorie en extensieve recreatie. Nieuwe bebouwing is er alleen mogelijk als het landschap er beter van wordt.')
  d.kop(3, '3.3', 'Werkgebieden')
  d.p('Het bedrijventerrein De Trompet en de kantoren langs de A9 bieden werk dicht bij huis.')
  d.table(['Gebied', 'Karakter', 'Richting'], [
    ['Het dorp', 'dorps, groen', 'verdichten met behoud van groen'],
    ['Binnenduinrand', 'landschappelijk', 'beschermen en beleefbaar maken'],
    ['De Trompet', 'werken', 'vernieuwen en verduurzamen'],
  ], 'tbl', ['28%', '30%', '42%'])

  d.kop(1, 'B', 'Onderbouwing')
  d.p('In dit deel lichten we de keuzes van deel A toe.')
  d.kop(2, '04', 'Trends en ontwikkelingen')
  d.kop(3, '4.1', 'Bevolking')
  d.p('Het aantal inwoners groeit licht; het aantal ouderen en kleine huishoudens groeit sterk.')
  d.kop(3, '4.2', 'Klimaat')
  d.p('Hevige buien en lange droge perioden komen vaker voor. Op de zandgronden van de strandwallen valt de droogte het eerst op.')
  d.kop(3, '4.3', 'De IJmond')
  d.p('De gezondheid van inwoners hangt samen met de uitstoot van de industrie in de IJmond. Wij werken met de regio aan een gezondere lucht.')

  d.kop(2, '05', 'Ontwikkellocaties')
  d.p('Het overzicht hieronder toont de locaties waarop de woningbouwambitie steunt, met de indicatieve aantallen.')
  const locaties: string[][] = [
    ['Centrum, Maerten van Heemskerckplein', 'centrum', '120', 'gestart'],
    ['Centrum, Kerkweg', 'centrum', '45', '2028'],
    ['Centrum, Marquettelaan', 'centrum', '60', '2029'],
    ['Stationsomgeving', 'station', '250', '2028–2032'],
    ['Oosterwijk, De Velst', 'wijk', '40', '2028'],
    ['Oosterwijk, Jan Ligthartschool', 'wijk', '35', '2029'],
    ['Beneden-Heemskerk, Rijksstraatweg', 'lint', '30', '2028'],
    ['Beneden-Heemskerk, Kruisberg', 'wijk', '55', '2030'],
    ['Commandeurskwartier', 'wijk', '80', '2029'],
    ['De Trompet-noord (transformatie)', 'werkgebied', '150', 'na 2030'],
    ['Zuidelijke Randweg', 'rand', '90', '2031'],
    ['Waterakkers', 'wijk', '70', '2029'],
    ['Broekpolder, zuidrand', 'zoekgebied', '300–500', 'na 2032'],
    ['Noorddorp, sportpark', 'wijk', '65', '2030'],
    ['Vondelstraat', 'wijk', '25', '2028'],
    ['Tolhek', 'lint', '20', '2029'],
    ['Poelenburg', 'wijk', '45', '2030'],
    ['Banjaert', 'wijk', '30', '2030'],
    ['Heemskerkerduin, seniorenhofje', 'landgoed', '18', '2029'],
    ['Kerkbuurt', 'centrum', '25', '2031'],
    ['Van Riebeeckstraat', 'wijk', '40', '2031'],
    ['Tuinbouwgronden Assumburg (onderzoek)', 'binnenduinrand', 'nader te bepalen', 'na 2032'],
  ]
  d.table(['Locatie', 'Soort', 'Woningen', 'Planning'], locaties, 'tbl lang', ['46%', '18%', '16%', '20%'])
  d.kop(3, '5.1', 'Keuzes bij de locaties')
  d.p('Bij de keuze van locaties hebben we gewogen:')
  d.list(['de nabijheid van het station en de voorzieningen;', 'de gevolgen voor het landschap van de binnenduinrand;', 'de geluids- en luchtkwaliteit.'], nr)

  d.kop(2, '06', 'Uitvoering en evaluatie')
  d.kop(3, '6.1', 'Programma’s')
  d.p('De visie werken we uit in programma’s, onder meer voor wonen, klimaatadaptatie en mobiliteit.')
  d.kop(3, '6.2', 'Tweejaarlijkse evaluatie')
  d.p('We monitoren de ontwikkelingen en evalueren de visie elke twee jaar. Signalen en suggesties uit de samenleving zijn daarvoor belangrijk.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 – Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Versie'], (x) => [x.naam, gidCell(x.identificatie, true), x.versie], 'gio', ['32%', '56%', '12%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #3B6E3B;"
  const std = `@bottom-left { content: "Omgevingsvisie 2040 Heemskerk · herziening 2027"; ${ft} } @bottom-right { content: "blz. " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h122',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina\'s over de "Omgevingsvisie 2040 Heemskerk, Duurzaam, Dorps en Vernieuwend" (vastgesteld op 1 februari 2021, unaniem; in TWEE DELEN: Deel A de visie en het ontwikkelingsbeeld voor 2040, Deel B de onderbouwing en achtergrondinformatie; integraal; VIJF PIJLERS — Aantrekkelijk, Gezond, Mobiel, Levendig en Karakteristiek Heemskerk —; 1000 tot 2000 woningen voor jongeren, starters en ouderen in één- en tweepersoonshuishoudens; een klimaatbestendige openbare ruimte tegen hittestress, verdroging en wateroverlast; landschap, groen en water behouden en versterken; tweejaarlijkse evaluatie), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, de visie in twee delen "Deel A" / "Deel B" op een regel boven de titel van het deel, hoofdstukken doorgenummerd MET VOORLOOPNUL EN PUNT "01." … "06.", paragrafen "2.1" met een INGEVOEGDE PARAGRAAF "2.4a" TUSSEN 2.4 EN 2.5, geen inhoudsopgave, voettekst "Omgevingsvisie 2040 Heemskerk · herziening 2027" links en "blz. n" rechts, lijsten "•" en "1.", een tabel van ontwikkellocaties DIE OVER EEN PAGINA BREEKT MET HERHAALDE KOPRIJ en een kleine tabel, "besluit:" met Artikel I–II (het tweede noemt de datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | VERSIE in "Bijlage 2", twee identificaties met versie ";2" (holdout)',
    bevoegdGezag: bg,
    naam: 'Gemeente Heemskerk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Heemskerk tot vaststelling van de Omgevingsvisie 2040 Heemskerk',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2028-01-03',
    },
    visieOpschrift: 'Omgevingsvisie 2040 Heemskerk',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-2040-heemskerk-2027', regeling: 'omgevingsvisie-2040-heemskerk', doel: 'omgevingsvisie-2040-heemskerk-2027' },
      datums: { vaststelling: '2027-11-29', ondertekening: '2027-11-29', bekendmaking: '2027-12-08', inwerkingtreding: '2028-01-03' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0396',
      oin: '00000001000000396000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [104000, 502000] },
    meubilair: ['^Omgevingsvisie 2040 Heemskerk · herziening 2027( blz\\. \\d+)?$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie 2040 Heemskerk – Duurzaam, Dorps en Vernieuwend',
    css: `
@page { size: A4; margin: 20mm 22mm 22mm 24mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1e1e1e; }
p { margin: 0 0 2.4mm; }
.gem { font-size: 8pt; color: #3B6E3B; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #3B6E3B; margin: 4mm 0 2mm; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #D47F00; }
.titel .t3 { font: italic 10pt 'Liberation Serif'; margin-top: 6mm; }
.pg > h1.brk:first-child { break-before: auto; }
h1.deel { font: bold 24pt 'Liberation Sans'; color: #3B6E3B; margin: 30mm 0 8mm; }
h1.deel .dl { font-size: 12pt; color: #D47F00; letter-spacing: 0.5pt; }
h2 { font: bold 15pt 'Liberation Sans'; color: #3B6E3B; margin: 7mm 0 2.5mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 4mm 0 1.2mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 3mm; }
table.tbl th { background: #E3EEDF; border-bottom: 1pt solid #3B6E3B; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #c8c8c8; padding: 1.2mm; }
table.tbl thead { display: table-header-group; }
table.tbl tr { break-inside: avoid; }
h2.bijl { font: bold 15pt 'Liberation Sans'; color: #3B6E3B; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { border-bottom: 1pt solid #3B6E3B; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #c8c8c8; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

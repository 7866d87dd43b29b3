/**
 * h232 — Provincie Noord-Holland (pv27), holdout (session 14): Provinciale Staten adopt the integrally revised
 * provincial visie "Omgevingsvisie Noord-Holland 2050" (the corpus's h02 and h95 hold the 2018 Omgevingsvisie NH2050).
 * Content after the public texts on the NH2050 process and its revisions (Startnotitie of 23 May 2016; phases
 * Verkenningen, Koers, Visie (concept), Visie (besluit); the discussiedocument with three verhaallijnen "Gezond en
 * veilig", "Economisch duurzaam" and "Karakteristiek Noord-Holland"; impact on economische transitie,
 * energietransitie, verstedelijking, mobiliteit, klimaatverandering, gezonde leefomgeving and afname natuur; the
 * hoofdambitie "balans tussen economische groei en leefbaarheid"; participation via "Jouw Noord-Holland",
 * huiskamergesprekken, Bevrijdingspop Haarlem and Sail Den Helder; the tweede herziening discussed in the commissie
 * Ruimte of 20 November 2023) and after the house style of the Provinciaal blad van Noord-Holland (besluit "Gelet
 * op: … Besluiten: Artikel I … Artikel II", "Haarlem, <date>", GIO overview "Bijlage II Overzicht Informatieobjecten"
 * with the name on one line and the identifier below it, werk names "<yy>gio<uuid>"), here as the visie of 2028,
 * shortened and partly in our own words. Layout: Chromium, A4 LANDSCAPE, Nimbus Sans 9.5 pt; chapters as a LABEL LINE "Hoofdstuk 3" above the title (nummer "3"),
 * sections "3.1", a third level "3.2.1"; no table of contents; footer "Omgevingsvisie Noord-Holland 2050 | herziening 2028" left and
 * "Provinciale Staten · 6 november 2028 · N" right; the Statenbesluit with NUMBERED CONSIDERATIONS "1." … "3." and
 * Artikel I–III; lists "-" and "a."; two tables; GIO overview as name/identifier LINE PAIRS in "Bijlage II".
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'

const uuid = (naam: string): string => {
  const h = hex32(`h232 ${naam}`)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}
const gio = (naam: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/pv27/2028/28gio${uuid(naam)}/nld@2028-11-06;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Provincie Noord-Holland', [0, 0], 30),
  gio('Natuurnetwerk Nederland Noord-Holland', [-8, 10], 8),
  gio('Bijzonder provinciaal landschap', [6, 18], 7),
  gio('Metropolitaan gebied Amsterdam', [10, -12], 9),
  gio('Zoekgebied windenergie Noordzeekanaalgebied', [-4, -10], 3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hk"><p class="hl">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const streep: Marker[] = [{ glyph: '-' }, { glyph: '·' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="blad">Provinciaal blad van Noord-Holland</p>
<p class="ttl">Besluit van Provinciale Staten van Noord-Holland van 6 november 2028, nr. 2028-118406, tot vaststelling van de Omgevingsvisie Noord-Holland 2050</p>
<p>Provinciale Staten van Noord-Holland;</p>
<p>Gelezen de voordracht van Gedeputeerde Staten van 19 september 2028, nr. 2028-104223;</p>
<p>Overwegende dat:</p>
<table class="ov"><tr><td>1.</td><td>Provinciale Staten op 19 november 2018 de Omgevingsvisie NH2050 hebben vastgesteld met als hoofdambitie een balans tussen economische groei en leefbaarheid;</td></tr>
<tr><td>2.</td><td>de energietransitie, de woningbouwopgave, de klimaatverandering en de afname van natuur vragen om scherpere keuzes dan die visie maakt;</td></tr>
<tr><td>3.</td><td>het ontwerp van de herziene visie van 29 mei tot en met 10 juli 2028 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van beantwoording;</td></tr></table>
<p>Gelet op:</p>
<p>artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p class="bs">Besluiten:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Noord-Holland 2050 wordt vastgesteld zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten van bijlage II.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie NH2050 van 19 november 2018 wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking met ingang van 1 december 2028.</p>
<p class="aldus">Haarlem, 6 november 2028</p>
<p>Provinciale Staten van Noord-Holland,</p>
<p>A.T.H. van Dijk, voorzitter</p>
<p>mr. drs. E.R. Roosjen, griffier</p>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Noord-Holland 2050</p><p class="t2">Balans tussen economische groei en leefbaarheid</p></div>')
  d.page('std')
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een herziening')
  d.p('Met de Omgevingsvisie NH2050 kozen Provinciale Staten in 2018 voor een balans tussen economische groei en leefbaarheid. Die hoofdambitie blijft. De opgaven zijn sindsdien groter geworden en staan vaker met elkaar op gespannen voet. Deze herziene visie maakt daarom scherpere keuzes.')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('Net als in 2018 werkten we in fasen: verkenningen, koers, concept en besluit. We spraken met gemeenten, waterschappen, bedrijfsleven, kennisinstellingen en maatschappelijke organisaties, en met inwoners via Jouw Noord-Holland, huiskamergesprekken en op evenementen.')
  d.table(['Fase', 'Periode', 'Resultaat'], [
    ['Verkenningen', 'voorjaar 2026', 'trends, opgaven en dilemma’s'],
    ['Koers', 'najaar 2026 – voorjaar 2027', 'keuzes op hoofdlijnen, besproken in Provinciale Staten'],
    ['Visie (ontwerp)', '2027 – voorjaar 2028', 'ontwerp ter inzage van 29 mei tot en met 10 juli 2028'],
    ['Visie (besluit)', 'najaar 2028', 'vaststelling door Provinciale Staten'],
  ], 'tbl', ['22%', '28%', '50%'])
  d.kop(2, '1.3', 'Status en reikwijdte')
  d.p('De omgevingsvisie bindt alleen de provincie zelf. Doorwerking naar gemeenten en waterschappen loopt via de omgevingsverordening en via programma’s.')

  d.kop(1, '2', 'Hoofdambitie en sturingsfilosofie')
  d.kop(2, '2.1', 'Balans tussen groei en leefbaarheid')
  d.p('Noord-Holland blijft een provincie waar economische groei samengaat met een gezonde en veilige leefomgeving. Groei is geen doel op zich; zij moet bijdragen aan de kwaliteit van leven.')
  d.kop(2, '2.2', 'Drie verhaallijnen')
  d.p('Drie verhaallijnen helpen om de opgaven in samenhang te bezien:')
  d.list(['Gezond en veilig;', 'Economisch duurzaam;', 'Karakteristiek Noord-Holland.'], abc)
  d.kop(2, '2.3', 'Sturingsfilosofie')
  d.p('De provincie stuurt op hoofdlijnen en gaat uit van vertrouwen. Waar provinciale belangen in het geding zijn, stellen wij regels in de omgevingsverordening.')

  d.kop(1, '3', 'Opgaven')
  d.kop(2, '3.1', 'Energietransitie')
  d.p('In 2050 is de energievoorziening in Noord-Holland duurzaam. Wind op zee komt aan land in het Noordzeekanaalgebied en bij Den Helder.')
  d.kop(3, '3.1.1', 'Wind op land')
  d.p('Nieuwe windturbines op land plaatsen wij alleen in de zoekgebieden van de Regionale Energiestrategieën, buiten het Bijzonder provinciaal landschap.')
  d.kop(3, '3.1.2', 'Zon')
  d.p('Voor zon hanteren wij de zonneladder:')
  d.list(['eerst op daken en gevels;', { text: 'dan op onbenutte terreinen', sub: ['langs wegen en spoor;', 'op bedrijventerreinen en vuilstorten.'] }, 'pas daarna op landbouwgrond, en nooit in natuurgebied.'], streep)
  d.kop(2, '3.2', 'Verstedelijking')
  d.kop(3, '3.2.1', 'Woningbouw')
  d.p('Tot 2040 zijn in Noord-Holland ruim 200.000 woningen nodig. Wij bouwen eerst binnen bestaand stedelijk gebied en bij knooppunten van openbaar vervoer.')
  d.table(['Regio', 'Woningbouwopgave tot 2040', 'Accent'], [
    ['Metropoolregio Amsterdam', 'circa 150.000', 'binnenstedelijk, bij knooppunten'],
    ['Noord-Holland Noord', 'circa 40.000', 'kernen versterken'],
    ['Gooi en Vechtstreek', 'circa 15.000', 'binnen de groene omlijsting'],
  ], 'tbl', ['34%', '28%', '38%'])
  d.kop(3, '3.2.2', 'Werklocaties')
  d.p('Wij houden ruimte voor bedrijvigheid in de havens, op de Greenports en op regionale werklocaties.')
  d.kop(2, '3.3', 'Mobiliteit')
  d.p('Bereikbaarheid verbeteren wij vooral met openbaar vervoer en fiets. Nieuwe woonwijken sluiten aan op hoogwaardig openbaar vervoer.')
  d.kop(2, '3.4', 'Klimaatverandering')
  d.p('Een groot deel van Noord-Holland ligt onder zeeniveau. Bij elke ontwikkeling houden wij rekening met bodemdaling, wateroverlast, droogte en hitte.')
  d.kop(2, '3.5', 'Natuur en landschap')
  d.p('Wij versterken het Natuurnetwerk Nederland en beschermen het Bijzonder provinciaal landschap, waaronder de Stelling van Amsterdam, de Beemster en de duinen.')

  d.kop(1, '4', 'Bewegingen naar 2050')
  d.kop(2, '4.1', 'Dynamisch schiereiland')
  d.p('Noord-Holland is een schiereiland tussen Noordzee, Waddenzee en IJsselmeer. De kust is dynamisch en veilig.')
  d.kop(2, '4.2', 'Metropool in ontwikkeling')
  d.p('De metropool rond Amsterdam groeit met behoud van de groene scheggen en het open landschap eromheen.')
  d.kop(2, '4.3', 'Sterke kernen, sterke regio’s')
  d.p('Buiten de metropool investeren wij in vitale kernen met voorzieningen, werk en goede verbindingen.')
  d.kop(2, '4.4', 'Nieuwe energie')
  d.p('Het Noordzeekanaalgebied en de kop van Noord-Holland ontwikkelen zich tot energiehavens.')
  d.kop(2, '4.5', 'Natuurlijk en vitaal landelijk gebied')
  d.p('Landbouw, natuur en water vinden een nieuwe balans in een vitaal landelijk gebied.')

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Instrumenten')
  d.p('De visie werkt door via de omgevingsverordening, programma’s, subsidies en samenwerking in de regio’s.')
  d.kop(2, '5.2', 'Monitoring en herziening')
  d.p('Gedeputeerde Staten rapporteren tweejaarlijks aan Provinciale Staten over de staat van de leefomgeving.')

  d.page('std').bijlage('II', 'Overzicht Informatieobjecten', '<p class="bijl brk">Bijlage II Overzicht Informatieobjecten</p>')
  d.gioRegels(GIOS, '<br>')

  const ft = "font: 7.5pt 'Nimbus Sans'; color: #004b87;"
  const spec: DocSpec = {
    id: 'h232',
    set: 'holdout',
    bron: 'Naar de openbare teksten over het proces van de Omgevingsvisie NH2050 en haar herzieningen (Startnotitie van 23 mei 2016; fasen Verkenningen, Koers, Visie (concept), Visie (besluit); het discussiedocument met drie verhaallijnen "Gezond en veilig", "Economisch duurzaam" en "Karakteristiek Noord-Holland"; gevolgen voor economische transitie, energietransitie, verstedelijking, mobiliteit, klimaatverandering, gezonde leefomgeving en afname natuur; hoofdambitie "balans tussen economische groei en leefbaarheid"; participatie via "Jouw Noord-Holland", huiskamergesprekken, Bevrijdingspop Haarlem en Sail Den Helder; de tweede herziening in de commissie Ruimte van 20 november 2023) en naar de huisstijl van het Provinciaal blad van Noord-Holland (besluit "Gelet op: … Besluiten: Artikel I … Artikel II", "Haarlem, <datum>", GIO-overzicht "Bijlage II Overzicht Informatieobjecten" met de naam op een regel en de identificatie eronder, werknamen "<jj>gio<uuid>"), hier als integraal herziene visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 LIGGEND, Nimbus Sans 9,5 pt hoofdstukken als LABELREGEL "Hoofdstuk 3" boven de titel (nummer "3"), paragrafen "3.1", een derde niveau "3.2.1", geen inhoudsopgave, voettekst "Omgevingsvisie Noord-Holland 2050 | herziening 2028" links en "Provinciale Staten · 6 november 2028 · N" rechts, Statenbesluit met GENUMMERDE OVERWEGINGEN "1." … "3." en Artikel I–III, lijsten "-" en "a.", twee tabellen, GIO-overzicht als REGELPAREN naam/identificatie in "Bijlage II" (holdout)',
    bevoegdGezag: 'pv27',
    naam: 'Provincie Noord-Holland',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Noord-Holland van 6 november 2028, nr. 2028-118406, tot vaststelling van de Omgevingsvisie Noord-Holland 2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Noord-Holland 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-noord-holland-2050', regeling: 'omgevingsvisie-noord-holland-2050', doel: 'omgevingsvisie-noord-holland-2050' },
      datums: { vaststelling: '2028-11-06', ondertekening: '2028-11-06', bekendmaking: '2028-11-16', inwerkingtreding: '2028-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV27',
      oin: '00000001000000000270',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [115000, 515000] },
    meubilair: ['^Omgevingsvisie Noord-Holland 2050 \\| herziening 2028$', '^Provinciale Staten · 6 november 2028 · \\d+$'],
    title: 'Omgevingsvisie Noord-Holland 2050',
    css: `
@page { size: A4 landscape; margin: 16mm 18mm 16mm 18mm; @bottom-left { content: "Omgevingsvisie Noord-Holland 2050 | herziening 2028"; ${ft} } @bottom-right { content: "Provinciale Staten · 6 november 2028 · " counter(page); ${ft} } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.blad { font: bold 10pt 'Nimbus Sans'; color: #004b87; border-bottom: 1pt solid #004b87; padding-bottom: 2mm; margin-bottom: 6mm; }
.ttl { font: bold 12.5pt 'Nimbus Sans'; margin: 0 0 5mm; }
table.ov td { vertical-align: top; padding: 0 3mm 1.2mm 0; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 65mm; padding-left: 20mm; }
.titel .t1 { font: bold 28pt 'Nimbus Sans'; color: #004b87; }
.titel .t2 { font: 14pt 'Nimbus Sans'; color: #5a8bc0; }
.hk { break-before: page; margin: 0 0 6mm; }
.hk .hl { font: 11pt 'Nimbus Sans'; color: #5a8bc0; margin: 0 0 1mm; }
.hk h1 { font: bold 20pt 'Nimbus Sans'; color: #004b87; margin: 0; }
h2 { font: bold 11pt 'Nimbus Sans'; color: #004b87; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 9.5pt 'Nimbus Sans'; color: #004b87; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 75%; font: 8.5pt 'Nimbus Sans'; border-collapse: collapse; margin: 1.5mm 0 3.5mm; }
table.tbl th { background: #004b87; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.5pt solid #9db8d6; padding: 1.2mm 1.5mm; vertical-align: top; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #004b87; margin: 0 0 5mm; }
.gioregel { margin: 0 0 3mm; }
.gid { font: 8.5pt 'Nimbus Mono PS'; }
`,
  }
  return { spec, doc: d }
}

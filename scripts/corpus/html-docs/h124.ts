/**
 * h124 — gemeente Molenlanden (gm1978), holdout (session 12): a gemeente of about 45.000 inwoners in the Alblasserwaard
 * (Zuid-Holland), formed on 1 januari 2019 by the herindeling of Molenwaard and Giessenlanden (kernen as
 * Nieuw-Lekkerland, Kinderdijk, Streefkerk, Groot-Ammers, Nieuwpoort, Bleskensgraaf, Giessenburg, Hoornaar, Arkel,
 * Noordeloos and Oud-Alblas; the Werelderfgoed Kinderdijk-Elshout; the veenweide, the Lek and the Giessen). Content
 * after the public text of the Omgevingsvisie Molenlanden as published in the Gemeenteblad (gmb-2025-333603: a besluit
 * with "Artikel I … zoals is aangegeven in Bijlage A.", "Artikel II [Gereserveerd]", "Artikel III Dit besluit treedt in
 * werking op de dag waarop dit bekend wordt gemaakt.", the visie as Bijlage A; "Hoofdstuk 1 Een omgevingsvisie voor
 * Molenlanden", "1.1 Molenlanden in 2040: we doen het Molenlands, we doen het samen!"; a koers for the toekomst with 2040
 * as stip op de horizon; inspelen op nieuwe ontwikkelingen while holding on to gedeelde waarden; kernen each with an
 * own identiteit, diversity between inwoners, a hechte samenleving and an active verenigingsleven; verschillen omzetten
 * in kracht; rust, ruimte en openheid), here as the visie of the raad of 2027, shortened and partly in our own words.
 * Layout: B5 (176 × 250 mm) in Liberation Sans 9 pt; chapters "Hoofdstuk 1 Titel" on one line (nummer "1"), sections
 * "1.1" (one with a title ending in "!"), a third level "4.2.1"; a TABLE OF CONTENTS THAT LISTS ONLY THE CHAPTERS while
 * the body has three levels; no header, footer "Omgevingsvisie Molenlanden 2027" left and "pagina n van m" right; lists
 * "•" and "1."; a table; "besluit:" with Artikel I, Artikel II "[Gereserveerd]" and Artikel III (in werking on the day
 * of bekendmaking: no date); visie as "Bijlage A"; GIO table Naam | Identificatie in "Bijlage B".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1978', '2027', '2027-10-28', '1')
const GIOS = [
  gio('Gemeente Molenlanden', 'gemeente-molenlanden', [0, 0], 7),
  gio('Werelderfgoed Kinderdijk-Elshout', 'werelderfgoed-kinderdijk-elshout', [-6, 2], 1),
  gio('Lekzone', 'lekzone', [-2, 4], 2.5),
  gio('Giessenzone', 'giessenzone', [3, -2], 2),
  gio('Veenweidepolders Alblasserwaard', 'veenweidepolders-alblasserwaard', [0, 0.5], 4),
]

const HOOFDSTUKKEN: Array<[string, string]> = [
  ['1', 'Een omgevingsvisie voor Molenlanden'],
  ['2', 'Molenlanden nu'],
  ['3', 'Wat op ons afkomt'],
  ['4', 'Onze koers'],
  ['5', 'Gebieden'],
  ['6', 'Uitvoering'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">Hoofdstuk ${k.nummer} ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nr: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  let h = 0
  const hoofdstuk = () => {
    const [n, t] = HOOFDSTUKKEN[h++]!
    d.kop(1, n, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeenteblad van Molenlanden · raadsbesluit 2027-0316</p>
<p class="ttl">Besluit van de raad van de gemeente Molenlanden tot vaststelling van de Omgevingsvisie Molenlanden</p>
<p>De raad van de gemeente Molenlanden;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 september 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Molenlanden wordt vastgesteld zoals is aangegeven in Bijlage A; de werkingsgebieden zijn vastgelegd in de geografische informatieobjecten genoemd in Bijlage B.</p>
<p class="art">Artikel II</p>
<p>[Gereserveerd]</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op de dag waarop dit bekend wordt gemaakt.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Molenlanden, gehouden op 28 oktober 2027.</p>
${handtekeningen(['de griffier,', 'drs. H. de Bruin'], ['de voorzitter,', 'drs. D. Heijkoop'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage A</p>
<p class="t1">Omgevingsvisie Molenlanden</p>
<p class="t2">We doen het Molenlands, we doen het samen</p>
</div>`)
  const rows: TocRow[] = HOOFDSTUKKEN.map(([n, t]) => [`Hoofdstuk ${n}`, t, `Hoofdstuk ${n} ${t}`, 1])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  hoofdstuk()
  d.kop(2, '1.1', 'Molenlanden in 2040: we doen het Molenlands, we doen het samen!')
  d.p('Voor u ligt de omgevingsvisie voor Molenlanden. In deze omgevingsvisie bepalen we onze koers voor de toekomst van onze gemeente. De omgevingsvisie gaat over de inrichting van onze fysieke leefomgeving. We kijken vooruit, met als stip op de horizon het jaar 2040.')
  d.p('We zien de wereld om ons heen snel veranderen. We willen kunnen inspelen op nieuwe ontwikkelingen en kansen, terwijl we ook willen vasthouden aan onze gedeelde waarden.')
  d.kop(2, '1.2', 'Op onze Molenlandse manier')
  d.p('In Molenlanden zijn we niet allemaal hetzelfde en iedereen telt mee. Onze kernen hebben ieder een eigen identiteit. We delen dat we betrokken zijn bij elkaar en bij het gebied om ons heen; de hechte samenleving in de kernen en het actieve verenigingsleven zijn daar goede voorbeelden van.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Na dit hoofdstuk beschrijven we hoe Molenlanden er nu voor staat (hoofdstuk 2) en wat er op ons afkomt (hoofdstuk 3). Hoofdstuk 4 geeft onze koers, hoofdstuk 5 de uitwerking per gebied en hoofdstuk 6 de uitvoering.')

  hoofdstuk()
  d.kop(2, '2.1', 'Eén gemeente, veel kernen')
  d.p('Molenlanden ontstond op 1 januari 2019 uit de gemeenten Molenwaard en Giessenlanden. De gemeente telt negentien kernen, van Nieuw-Lekkerland en Groot-Ammers tot Hoornaar en Noordeloos.')
  d.kop(2, '2.2', 'Landschap van water en veen')
  d.p('De Alblasserwaard is een veenweidelandschap van lange, smalle kavels, begrensd door de Lek in het noorden en doorsneden door de Alblas en de Giessen. Het werelderfgoed Kinderdijk-Elshout laat zien hoe we hier eeuwenlang met water leven.')
  d.kop(2, '2.3', 'Werken en ondernemen')
  d.p('Melkveehouderij, scheepsbouw langs de Lek en een gevarieerd midden- en kleinbedrijf zorgen voor werk in de kernen.')

  hoofdstuk()
  d.p('Welke krachten kunnen we inzetten en welke keuzes moeten we nu maken om ervoor te zorgen dat de gemeente ook in 2040 een fijne plek is om te wonen, te werken en te genieten?')
  d.kop(2, '3.1', 'Bodemdaling en klimaat')
  d.p('Het veen klinkt in en de bodem daalt. Droge zomers en natte winters vragen om een ander waterbeheer.')
  d.kop(2, '3.2', 'Vergrijzing en woningvraag')
  d.p('Het aantal ouderen groeit, terwijl jongeren moeite hebben een woning in hun eigen kern te vinden.')
  d.kop(2, '3.3', 'Energie en landbouw')
  d.p('De energietransitie en de veranderingen in de landbouw raken het landschap direct.')

  hoofdstuk()
  d.p('We zetten onze verschillen om in onze kracht. Samen werken we aan een leefbare gemeente voor onszelf, maar vooral ook voor de generaties na ons. Daarbij hebben we aandacht voor de rust, ruimte en openheid van ons gebied.')
  d.kop(2, '4.1', 'Vitale kernen')
  d.kop(3, '4.1.1', 'Wonen voor alle generaties')
  d.p('Iedere kern mag groeien naar de eigen behoefte. We bouwen voor starters en ouderen, bij voorkeur binnen de kern.')
  d.kop(3, '4.1.2', 'Voorzieningen')
  d.p('Scholen, sportvelden en dorpshuizen zijn de ontmoetingsplekken van de kernen. We clusteren waar dat nodig is om ze te behouden.')
  d.kop(2, '4.2', 'Een toekomstbestendig landschap')
  d.kop(3, '4.2.1', 'Veenweide')
  d.p('We werken met agrariërs en het waterschap Rivierenland aan een landbouw die de bodemdaling remt.')
  d.kop(3, '4.2.2', 'Energie in het landschap')
  d.p('Voor zonne-energie geldt een voorkeursvolgorde:')
  d.list(['op daken van woningen, bedrijven en stallen;', 'op bedrijventerreinen en langs de A15 en de A27;', 'in het landschap alleen kleinschalig, aansluitend op een erf.'], nr)
  d.kop(2, '4.3', 'Bereikbaarheid')
  d.p('We willen de kernen bereikbaar houden, ook zonder auto:')
  d.list(['veilige fietsroutes naar scholen in Gorinchem, Alblasserdam en Papendrecht;', { text: 'vervoer op maat voor ouderen;', sub: ['de buurtbus;', 'vrijwilligersvervoer.'] }, 'de Waterbus op de Lek bij Kinderdijk.'], punt)

  hoofdstuk()
  d.kop(2, '5.1', 'Lekzone')
  d.p('Langs de Lek liggen de grotere kernen, de scheepswerven en het werelderfgoed Kinderdijk-Elshout. Toerisme geven we ruimte zonder dat de leefbaarheid voor inwoners onder druk komt.')
  d.kop(2, '5.2', 'Veenweidepolders')
  d.p('In het hart van de Alblasserwaard staan de openheid en de melkveehouderij voorop.')
  d.kop(2, '5.3', 'Giessenzone')
  d.p('Langs de Giessen liggen de lintdorpen van het voormalige Giessenlanden, met kansen voor recreatie op en langs het water.')
  d.table(['Gebied', 'Kernen', 'Accent'], [
    ['Lekzone', 'Nieuw-Lekkerland, Kinderdijk, Streefkerk, Groot-Ammers, Nieuwpoort', 'werelderfgoed, werken aan het water'],
    ['Veenweidepolders', 'Bleskensgraaf, Brandwijk, Ottoland, Oud-Alblas, Wijngaarden', 'openheid, landbouw'],
    ['Giessenzone', 'Giessenburg, Hoornaar, Noordeloos, Arkel, Schelluinen', 'linten, recreatie'],
  ], 'tbl', ['22%', '50%', '28%'])

  hoofdstuk()
  d.kop(2, '6.1', 'Samen doen')
  d.p('We bouwen op elkaar en helpen de ander als het niet vanzelf gaat. Initiatieven van inwoners en ondernemers staan voorop.')
  d.kop(2, '6.2', 'Programma’s en omgevingsplan')
  d.p('We werken de visie uit in programma’s en in het omgevingsplan, en actualiseren haar wanneer dat nodig is.')

  d.page('bijl')
  d.bijlage('B', 'Overzicht geografische informatieobjecten', '<h2 class="bijl">Bijlage B Overzicht geografische informatieobjecten</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (x) => [x.naam, gidCell(x.identificatie, true)], 'gio', ['38%', '62%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #6B5B2E;"
  const std = `@bottom-left { content: "Omgevingsvisie Molenlanden 2027"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} }`
  const spec: DocSpec = {
    id: 'h124',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare tekst van de Omgevingsvisie Molenlanden zoals gepubliceerd in het Gemeenteblad (gmb-2025-333603: een besluit met "Artikel I … zoals is aangegeven in Bijlage A.", "Artikel II [Gereserveerd]", "Artikel III Dit besluit treedt in werking op de dag waarop dit bekend wordt gemaakt.", de visie als Bijlage A; "Hoofdstuk 1 Een omgevingsvisie voor Molenlanden", "1.1 Molenlanden in 2040: we doen het Molenlands, we doen het samen!"; een koers met 2040 als stip op de horizon; inspelen op nieuwe ontwikkelingen met behoud van gedeelde waarden; kernen met een eigen identiteit, een hechte samenleving en een actief verenigingsleven; verschillen omzetten in kracht; rust, ruimte en openheid), hier als visie van de raad van 2027, ingekort en deels in eigen woorden; eigen opmaak: B5 (176 × 250 mm) in Liberation Sans 9 pt, hoofdstukken "Hoofdstuk 1 Titel" op één regel, paragrafen "1.1" (één met een titel die op "!" eindigt), een derde niveau "4.2.1", een INHOUDSOPGAVE DIE ALLEEN DE HOOFDSTUKKEN NOEMT terwijl de tekst drie niveaus heeft, geen kopregel, voettekst "Omgevingsvisie Molenlanden 2027" links en "pagina n van m" rechts, lijsten "•" en "1.", een tabel, "besluit:" met Artikel I, Artikel II "[Gereserveerd]" en Artikel III (in werking op de dag van bekendmaking: geen datum), visie als "Bijlage A", GIO-tabel Naam | Identificatie in "Bijlage B" (holdout)',
    bevoegdGezag: 'gm1978',
    naam: 'Gemeente Molenlanden',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Molenlanden tot vaststelling van de Omgevingsvisie Molenlanden',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Molenlanden',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-molenlanden-2027', regeling: 'omgevingsvisie-molenlanden', doel: 'omgevingsvisie-molenlanden-2027' },
      datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-10' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1978',
      oin: '00000001000001978000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [115000, 432000] },
    meubilair: ['^Omgevingsvisie Molenlanden 2027( pagina \\d+ van \\d+)?$', '^pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Molenlanden',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: 176mm 250mm; margin: 18mm 18mm 20mm 20mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 9pt/1.45 'Liberation Sans', sans-serif; color: #1e1e1e; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 7.5pt; color: #6B5B2E; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 24pt 'Liberation Sans'; color: #1F5C8B; margin: 4mm 0 3mm; }
.titel .t2 { font: 13pt 'Liberation Serif'; font-style: italic; color: #6B5B2E; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tockop { font: bold 16pt 'Liberation Sans'; color: #1F5C8B; margin-bottom: 5mm; }
.toc .tl { min-width: 22mm; }
h1 { font: bold 16pt 'Liberation Sans'; color: #1F5C8B; margin: 0 0 5mm; }
.pg > h1.brk:first-child { break-before: auto; }
h2 { font: bold 11pt 'Liberation Sans'; color: #1F5C8B; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 9.5pt 'Liberation Sans'; color: #6B5B2E; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 1mm; }
table.tbl { width: 100%; font-size: 8pt; margin: 2mm 0 3mm; }
table.tbl th { border-bottom: 1pt solid #1F5C8B; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #1F5C8B; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { border-bottom: 1pt solid #1F5C8B; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

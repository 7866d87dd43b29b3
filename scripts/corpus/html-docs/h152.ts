/**
 * h152 — gemeente Nieuwegein (gm0356), holdout (session 12): the groeikern south of Utrecht, about 65.000 inwoners,
 * built from the 1970s around the old villages Jutphaas and Vreeswijk, with the City, the Merwedekanaal and the
 * Lek, the sneltram to Utrecht, the bedrijventerreinen Plettenburg-De Wiers and Laagraven and the
 * Lekboulevard. Content after the public texts on Nieuwegein's omgevingsvisie "Nieuwegein verstedelijkt en vergroent" (vastgesteld 1 april 2021: a jonge stad of fifty years, gerichte groei on the ontwikkellocaties City, Rijnhuizen and the A12-zone, rust and groen in the woonwijken, hoofdthema's gezondheid, duurzaamheid and veiligheid, four speerpunten; pages of nieuwegein.nl; further the binnenstedelijke groei of the
 * City and the Merwedekanaalzone, the ageing groeikernwijken of the 1970s, the stad of korte afstanden, the
 * Lekdijk and the Nieuwe Hollandse Waterlinie), here as a visie of 2028, largely in our own words. Layout: A4 in
 * Liberation Sans 9.5 pt; chapters "1" … "6" on a new page with the number in a coloured block before the title,
 * sections "1.1", a third level "3.2.1"; chapter 1 and 2 without sections, then chapters with many; a title with a
 * number ("De 15-minutenstad"), a heading ending in a colon, two sections "Wonen" in different chapters; an
 * unnumbered "Begrippen" at the end of the visie body (a short definition list); no table of contents; header
 * "Omgevingsvisie Nieuwegein · april 2028" right, footer "n" in the outer corner; lists "•" and "1."; a table; raadsbesluit
 * "De raad van de gemeente Nieuwegein; ... besluit:" with Artikel 1–3 without titles; GIO table Naam |
 * Identificatie in "Bijlage 1 Werkingsgebieden".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0356', '2028', '2028-04-20', '1')
const GIOS = [
  gio('Gemeente Nieuwegein', 'gemeente-nieuwegein', [0, 0], 4),
  gio('City Nieuwegein', 'city-nieuwegein', [0, 0.5], 0.6),
  gio('Merwedekanaalzone Nieuwegein', 'merwedekanaalzone-nieuwegein', [-1.5, 1], 0.8),
  gio('Lekzone en Vreeswijk', 'lekzone-vreeswijk', [1, -2.5], 1.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Nieuwegein · raadsvoorstel 2028-027</p>
<p class="ttl">Besluit van de raad van de gemeente Nieuwegein tot vaststelling van de Omgevingsvisie Nieuwegein</p>
<p>De raad van de gemeente Nieuwegein;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 7 maart 2028, nummer 2028-027;</p>
<p>overwegende dat de ontwerp-omgevingsvisie met ingang van 30 november 2027 gedurende zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen Omgevingsvisie Nieuwegein;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Nieuwegein vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden genoemd in bijlage 1 van de visie.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Nieuwegein 2030 en het Koersdocument Binnenstad 2015 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 juli 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 20 april 2028.</p>
${handtekeningen(['de griffier,', 'drs. E.M. Faber'], ['de voorzitter,', 'F.J.M. Backhuijs'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Nieuwegein</p>
<p class="t2">Nieuwegein verstedelijkt en vergroent</p>
</div>`)

  d.page('std')
  d.enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.p('Nieuwegein is een jonge stad die inmiddels vijftig jaar bestaat. Na de snelle groei van de afgelopen decennia verschuift de hoofdopgave naar gerichte groei en ruimtelijke kwaliteit: verstedelijken op de ontwikkellocaties City, Rijnhuizen en de A12-zone, en in de bestaande woonwijken rust en groen behouden.')
  d.p('Deze omgevingsvisie beschrijft hoe wij de stad de komende twintig jaar willen ontwikkelen. Zij is opgesteld met inwoners, ondernemers, woningcorporaties en de regio.')
  d.kop(1, '2', 'Speerpunten')
  d.p('Bij alle ontwikkelingen zijn er drie hoofdthema’s: gezondheid, duurzaamheid en veiligheid. Daarnaast werken wij aan vier speerpunten:')
  d.list(['verbonden met de stad, verbonden met elkaar;', 'een fijne en groene stad met een levendig centrum;', 'een toekomstbestendige stad voor jong en oud;', 'een bedrijvige stad in een sterke regio.'], punt)
  d.kop(1, '3', 'Opgaven')
  d.kop(2, '3.1', 'Wonen')
  d.p('Nieuwegein groeit tot 2040 met ongeveer 8.000 woningen, vrijwel alle binnen de bestaande stad.')
  d.kop(2, '3.2', 'De 15-minutenstad')
  d.p('Dagelijkse voorzieningen liggen voor iedere inwoner binnen vijftien minuten lopen of fietsen.')
  d.kop(3, '3.2.1', 'Wijkcentra')
  d.p('De wijkcentra van Galecop, Batau en Fokkesteeg blijven de ontmoetingsplekken van de wijken.')
  d.kop(3, '3.2.2', 'Fiets en tram')
  d.p('De sneltram en de snelfietsroutes naar Utrecht vormen de ruggengraat van het verkeer.')
  d.kop(2, '3.3', 'Werken')
  d.p('Plettenburg-De Wiers en Laagraven blijven werklocaties voor bedrijven met hogere milieucategorieën.')
  d.kop(2, '3.4', 'Klimaat en energie')
  d.p('Wij richten de openbare ruimte klimaatbestendig in en werken aan aardgasvrije wijken.')
  d.table(['Wijk', 'Bouwjaar', 'Aardgasvrij'], [
    ['Jutphaas-Wijkersloot', '1975–1985', 'vóór 2030'],
    ['Galecop', '1980–1990', 'vóór 2032'],
    ['Batau', '1975–1985', 'vóór 2035'],
    ['Vreeswijk', 'voor 1940 en later', 'vóór 2040'],
  ], 'tbl', ['45%', '30%', '25%'])
  d.kop(2, '3.5', 'Gezondheid en groen')
  d.p('Wij vergroenen de stad en verbinden de parken met het buitengebied langs de Lek.')
  d.kop(1, '4', 'Gebieden')
  d.kop(2, '4.1', 'City')
  d.p('De City groeit uit tot een levendig stadscentrum met wonen, werken en voorzieningen.')
  d.kop(2, '4.2', 'Rijnhuizen en de A12-zone')
  d.p('Rijnhuizen en de A12-zone zijn met City de ontwikkellocaties van de stad: hier zorgen wij voor nieuwe stedelijkheid en diversiteit.')
  d.kop(2, '4.3', 'De wijken')
  d.kop(3, '4.3.1', 'Wonen')
  d.p('In de wijken van de jaren zeventig en tachtig combineren wij renovatie met nieuwbouw voor ouderen en starters.')
  d.kop(3, '4.3.2', 'Openbare ruimte')
  d.p('Het woonerf krijgt een tweede leven als groene en veilige buitenruimte.')
  d.kop(2, '4.4', 'Vreeswijk en de Lek')
  d.p('Het oude Vreeswijk, de sluizen en de Lekdijk vormen een historisch ensemble.')
  d.kop(1, '5', 'Keuzes')
  d.kop(2, '5.1', 'Bij nieuwe initiatieven vragen wij:')
  d.list(['past het bij de kernwaarden van deze visie?', 'draagt het bij aan de 15-minutenstad?', 'is het gesprek met de omgeving gevoerd?'], nummer)
  d.kop(2, '5.2', 'Afwegen tussen opgaven')
  d.p('Waar opgaven met elkaar botsen, geeft de kernwaarde groen de doorslag bij twijfel.')
  d.kop(1, '6', 'Uitvoering')
  d.kop(2, '6.1', 'Programma’s')
  d.p('De visie wordt uitgewerkt in programma’s voor wonen, mobiliteit en de City.')
  d.kop(2, '6.2', 'Omgevingsplan')
  d.p('De keuzes van deze visie werken door in het omgevingsplan van Nieuwegein.')
  d.tk('Begrippen', 'tkb')
  d.p('<b>City</b> – het stadscentrum van Nieuwegein rond het Stadsplein en het Cityplein.', 'def')
  d.p('<b>15-minutenstad</b> – een stad waarin dagelijkse voorzieningen binnen vijftien minuten lopen of fietsen liggen.', 'def')
  d.p('<b>Groeikern</b> – een kern die vanaf 1972 op aanwijzing van het Rijk sterk is gegroeid.', 'def')

  d.page('std').bijlage('1', 'Werkingsgebieden', '<h1 class="brk bijl">Bijlage 1 Werkingsgebieden</h1>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie)], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h152',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisie "Nieuwegein verstedelijkt en vergroent" (vastgesteld 1 april 2021: jonge stad van vijftig jaar, gerichte groei op de ontwikkellocaties City, Rijnhuizen en de A12-zone, hoofdthema\'s gezondheid, duurzaamheid en veiligheid, vier speerpunten; verder binnenstedelijke groei in de City en de Merwedekanaalzone, vernieuwing van de groeikernwijken uit de jaren zeventig, de stad van korte afstanden, de Lekdijk en Vreeswijk, de sneltram naar Utrecht), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, hoofdstukken "1" … "6" op een nieuwe bladzijde met het nummer in een gekleurd blok, paragrafen "1.1", een derde niveau "3.2.1", hoofdstuk 1 en 2 zonder paragrafen en daarna hoofdstukken met vele, een titel met een getal ("De 15-minutenstad"), een kop die op een dubbele punt eindigt, twee paragrafen "Wonen" in verschillende hoofdstukken, een ongenummerd "Begrippen" aan het eind van de visie, geen inhoudsopgave, kopregel "Omgevingsvisie Nieuwegein · april 2028" rechts, paginanummer in de buitenhoek, lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–3 zonder titels, GIO-tabel Naam | Identificatie in "Bijlage 1 Werkingsgebieden" (holdout)',
    bevoegdGezag: 'gm0356',
    naam: 'Gemeente Nieuwegein',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Nieuwegein tot vaststelling van de Omgevingsvisie Nieuwegein',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Nieuwegein',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-nieuwegein', regeling: 'omgevingsvisie-nieuwegein', doel: 'omgevingsvisie-nieuwegein' },
      datums: { vaststelling: '2028-04-20', ondertekening: '2028-04-20', bekendmaking: '2028-04-28', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0356',
      oin: '00000001000000003560',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [134000, 447000] },
    meubilair: ['^Omgevingsvisie Nieuwegein · april 2028$', '^\\d+$'],
    title: 'Omgevingsvisie Nieuwegein',
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
@page std:right { @top-right { content: "Omgevingsvisie Nieuwegein · april 2028"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
@page std:left { @top-right { content: "Omgevingsvisie Nieuwegein · april 2028"; ${ft} } @bottom-left { content: counter(page); ${ft} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #777; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #E2001A; margin: 0 0 3mm; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #333; }
h1 { font: bold 17pt 'Liberation Sans'; color: #222; margin: 0 0 5mm; }
h1 .nr { display: inline-block; background: #E2001A; color: #fff; padding: 1mm 3mm; margin-right: 3mm; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #E2001A; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 13pt; }
.tkb { font: bold 13pt 'Liberation Sans'; color: #222; margin: 8mm 0 2mm; }
.def { margin-left: 4mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #F6D5D9; text-align: left; padding: 1mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm 1.5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #E2001A; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

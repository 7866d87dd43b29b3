/**
 * h123 — gemeente Woerden (gm0632), holdout (session 12): a gemeente of about 53.000 inwoners in the west of the
 * provincie Utrecht, in the Groene Hart (the stad Woerden and the dorpen Harmelen, Kamerik and Zegveld, the
 * veenweidegebied with its slagenlandschap, the Oude Rijn, the A12 and the railway Utrecht–Leiden/Gouda). Content after
 * the public pages on the Omgevingsvisie Woerden (made in steps: an OMGEVINGSAGENDA naming the opgaven, a WAARDENKADER
 * adopted by the raad in june 2020 with what we find so important that it decides the further working out,
 * conversations with inwoners, ondernemers and organisations in 2021, the ontwerp, adopted on 9 juni 2022; in the stad
 * Woerden enough places within the stadsgrenzen to build until 2040, for Harmelen, Kamerik and Zegveld a search for
 * locations outside the dorpskernen; an onderzoek into an oostelijke randweg; fietsers and voetgangers central in the
 * woonomgeving; extra bedrijfsruimte on the schuifruimtelocaties; programma's for the working out), here as a
 * revised visie of 2027, shortened and partly in our own words. Layout: A4 with MIRRORED MARGINS in Liberation Serif
 * 10 pt with Liberation Sans headings; chapters "1 | Titel" (number, VERTICAL BAR, title; nummer "1"), sections "1.1",
 * a third level "3.1.1"; RUNNING HEADERS WITH THE PAGE NUMBER AT THE RIGHT ON ODD PAGES ("Omgevingsvisie Woerden |
 * n") AND AT THE LEFT ON EVEN PAGES ("n | gemeente Woerden"); no table of contents; lists "○" and "a)"; a table;
 * "besluit:" with Artikel I–III (the second withdraws the visie of 2022, the third names the date); visie as
 * "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0632', '2027', '2027-12-09', '1')
const GIOS = [
  gio('Gemeente Woerden', 'gemeente-woerden', [0, 0], 6),
  gio('Veenweidegebied Woerden', 'veenweidegebied-woerden', [3, -2], 4),
  gio('Schuifruimtelocaties', 'schuifruimtelocaties', [-2, 1], 1),
  gio('Zoekgebied oostelijke randweg', 'zoekgebied-oostelijke-randweg', [1.5, 0.5], 0.8),
  gio('Dorpsrand Harmelen', 'dorpsrand-harmelen', [6, 2], 0.8),
  gio('Dorpsranden Kamerik en Zegveld', 'dorpsranden-kamerik-en-zegveld', [-3, -5], 1.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span> <span class="bar">|</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const rond: Marker[] = [{ glyph: '○', font: 'DejaVu Sans' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Woerden · raadsvoorstel 27R.00712</p>
<p class="ttl">Besluit van de raad van de gemeente Woerden tot vaststelling van de Omgevingsvisie Woerden 2040</p>
<p>De raad van de gemeente Woerden;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147, eerste lid, van de Gemeentewet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Woerden 2040, opgenomen in bijlage 1, met de werkingsgebieden van de geografische informatieobjecten in bijlage 2, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie Woerden, vastgesteld op 9 juni 2022, wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 februari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 9 december 2027.</p>
${handtekeningen(['de griffier,', 'drs. J.A. Bosch'], ['de voorzitter,', 'mr. V.J.H. Molkenboer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 27R.00712</p>
<p class="t1">Omgevingsvisie Woerden 2040</p>
<p class="t2">Stad en dorpen in het Groene Hart</p>
</div>`)

  d.enter('visie')
  d.page('std')
  d.kop(1, '1', 'Inleiding')
  d.p('Hoe zien de stad en de dorpen eruit in 2040? Welke keuzes moeten we maken zodat het in onze gemeente goed leven, wonen, werken en recreëren blijft? Daarover gaat deze omgevingsvisie.')
  d.kop(2, '1.1', 'Een toekomstvisie')
  d.p('In de omgevingsvisie leggen we vast hoe we de fysieke leefomgeving zo kunnen inrichten, dat het goed leven, wonen, leren, werken en ontspannen is voor iedereen in de gemeente Woerden. Een goede samenhang houdt Woerden vitaal en draagt bij aan het behoud van de Woerdense identiteit.')
  d.kop(2, '1.2', 'In stappen gemaakt')
  d.list(['de omgevingsagenda, met de opgaven in de fysieke leefomgeving;', 'het waardenkader, in juni 2020 door de raad vastgesteld;', { text: 'gesprekken met de samenleving in 2021:', sub: ['digitale bijeenkomsten en een enquête;', 'gespreksrondes in Harmelen, Kamerik en Zegveld.'] }, 'de ontwerp-omgevingsvisie en de vaststelling op 9 juni 2022.'], rond)
  d.kop(2, '1.3', 'Deze herziening')
  d.p('De raad gaf bij de vaststelling in 2022 diverse aanpassingen mee, onder meer over biodiversiteit, de voorzieningen in bestaande wijken en de invulling van boerenerven. Die zijn in deze herziening verwerkt.')

  d.kop(1, '2', 'Waardenkader')
  d.p('In het waardenkader staat wat we met elkaar zó belangrijk vinden dat het bepalend is voor de verdere uitwerking.')
  d.kop(2, '2.1', 'Het Groene Hart')
  d.p('Het open veenweidelandschap met zijn slagen, sloten en boerderijlinten is de drager van onze identiteit.')
  d.kop(2, '2.2', 'Stad en dorpen')
  d.p('Woerden is een vestingstad met een historische binnenstad; Harmelen, Kamerik en Zegveld hebben elk een eigen, dorps karakter.')
  d.kop(2, '2.3', 'Samen doen')
  d.p('Inwoners, ondernemers en maatschappelijke organisaties denken mee en nemen zelf initiatief.')

  d.kop(1, '3', 'Wonen')
  d.p('In de omgevingsvisie speelt wonen een belangrijke rol.')
  d.kop(2, '3.1', 'De stad Woerden')
  d.kop(3, '3.1.1', 'Binnen de stadsgrenzen')
  d.p('In de stad Woerden zijn tot 2040 voldoende gebieden binnen de stadsgrenzen aangewezen om te bouwen, zoals De Houttuin en Nieuw-Middelland.')
  d.kop(3, '3.1.2', 'Stationsgebied')
  d.p('Rond het station bouwen we in hogere dichtheden, met ruimte voor fietsparkeren en een aantrekkelijke openbare ruimte.')
  d.kop(2, '3.2', 'De dorpen')
  d.kop(3, '3.2.1', 'Bouwen aan de dorpsrand')
  d.p('Voor Harmelen, Kamerik en Zegveld zoeken we ook bouwlocaties buiten de dorpskernen. Daarover voeren we aparte gespreksrondes met inwoners.')
  d.kop(3, '3.2.2', 'Boerenerven')
  d.p('Vrijkomende agrarische bebouwing kan plaats bieden aan enkele woningen, als het erf landschappelijk wordt ingepast.')
  d.table(['Kern', 'Woningen tot 2030', 'Woningen 2030–2040'], [
    ['Woerden', '2.400', '1.800'],
    ['Harmelen', '350', '300'],
    ['Kamerik', '150', '120'],
    ['Zegveld', '120', '100'],
  ], 'tbl', ['40%', '30%', '30%'])

  d.kop(1, '4', 'Bereikbaarheid')
  d.kop(2, '4.1', 'Een oostelijke randweg')
  d.p('Meer woningen betekent ook meer verkeer. Daarom onderzoeken we een oostelijke randweg om Woerden.')
  d.kop(2, '4.2', 'Fietser en voetganger voorop')
  d.p('In de woonomgeving staan fietsers en voetgangers centraal. Bij nieuwe wijken ontwerpen we eerst de routes voor lopen en fietsen.')

  d.kop(1, '5', 'Werken en energie')
  d.kop(2, '5.1', 'Schuifruimte')
  d.p('Uitbreiding van bedrijven past op de eerder aangewezen schuifruimtelocaties. Naar extra bedrijfsruimte doen we nader onderzoek.')
  d.kop(2, '5.2', 'Energie')
  d.p('Voor grootschalige opwek van duurzame energie gelden de volgende voorwaarden:')
  d.list(['eerst daken, parkeerplaatsen en restruimte langs de A12;', 'geen zonnevelden in het open slagenlandschap;', 'lokaal eigendom van ten minste de helft.'], abc)

  d.kop(1, '6', 'Uitvoering')
  d.kop(2, '6.1', 'Programma’s')
  d.p('Verschillende onderwerpen of gebieden uit de omgevingsvisie werken we de komende jaren uit in programma’s. Op elk daarvan kunt u opnieuw meepraten.')
  d.kop(2, '6.2', 'Monitoring')
  d.p('Elke twee jaar rapporteren we aan de raad over de voortgang.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 | Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (x) => [x.naam, gidCell(x.identificatie)], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #7A1F2B;"
  const spec: DocSpec = {
    id: 'h123',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie Woerden (in stappen gemaakt: een OMGEVINGSAGENDA met de opgaven, een WAARDENKADER door de raad vastgesteld in juni 2020, gesprekken met inwoners, ondernemers en organisaties in 2021, het ontwerp, vastgesteld op 9 juni 2022; in de stad Woerden tot 2040 voldoende bouwgebieden binnen de stadsgrenzen, voor Harmelen, Kamerik en Zegveld een zoektocht naar locaties buiten de dorpskernen; een onderzoek naar een oostelijke randweg; fietsers en voetgangers centraal in de woonomgeving; bedrijfsruimte op de schuifruimtelocaties; uitwerking in programma\'s), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 met GESPIEGELDE MARGES in Liberation Serif 10 pt met Liberation Sans-koppen, hoofdstukken "1 | Titel" (nummer, VERTICALE STREEP, titel), paragrafen "1.1", een derde niveau "3.1.1", KOPREGELS MET HET PAGINANUMMER RECHTS OP ONEVEN ("Omgevingsvisie Woerden | n") EN LINKS OP EVEN BLADZIJDEN ("n | gemeente Woerden"), geen inhoudsopgave, lijsten "○" en "a)", een tabel, "besluit:" met Artikel I–III (intrekking van de visie van 2022, een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0632',
    naam: 'Gemeente Woerden',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Woerden tot vaststelling van de Omgevingsvisie Woerden 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Woerden 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-woerden-2040-2027', regeling: 'omgevingsvisie-woerden-2040', doel: 'omgevingsvisie-woerden-2040-2027' },
      datums: { vaststelling: '2027-12-09', ondertekening: '2027-12-09', bekendmaking: '2027-12-16', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0632',
      oin: '00000001000000632000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [120000, 452000] },
    meubilair: ['^Omgevingsvisie Woerden \\| \\d+$', '^\\d+ \\| gemeente Woerden$'],
    title: 'Omgevingsvisie Woerden 2040',
    css: `
@page { size: A4; margin: 24mm 20mm 22mm 20mm; }
@page std:right { margin: 24mm 18mm 22mm 30mm; @top-right { content: "Omgevingsvisie Woerden | " counter(page); ${ft} } }
@page std:left { margin: 24mm 30mm 22mm 18mm; @top-left { content: counter(page) " | gemeente Woerden"; ${ft} } }
@page bijl:right { margin: 24mm 18mm 22mm 30mm; @top-right { content: "Omgevingsvisie Woerden | " counter(page); ${ft} } }
@page bijl:left { margin: 24mm 30mm 22mm 18mm; @top-left { content: counter(page) " | gemeente Woerden"; ${ft} } }
body { font: 10pt/1.42 'Liberation Serif', serif; color: #1b1b1b; }
p { margin: 0 0 2.4mm; }
.gem { font: 8pt 'Liberation Sans'; color: #7A1F2B; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font: bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 8pt 'Liberation Sans'; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #7A1F2B; margin: 4mm 0 3mm; }
.titel .t2 { font: italic 15pt 'Liberation Serif'; color: #4C7A34; }
.pg > h1.brk:first-child { break-before: auto; }
h1 { font: bold 19pt 'Liberation Sans'; color: #7A1F2B; margin: 0 0 5mm; }
h1 .bar { color: #4C7A34; font-weight: normal; }
h2 { font: bold 12pt 'Liberation Sans'; color: #7A1F2B; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; color: #4C7A34; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 80%; font: 9pt 'Liberation Sans'; margin: 2mm 0 3mm; }
table.tbl th { border-bottom: 1.2pt solid #7A1F2B; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 16pt 'Liberation Sans'; color: #7A1F2B; }
table.gio { width: 100%; font: 9pt 'Liberation Sans'; }
table.gio th { border-bottom: 1.2pt solid #7A1F2B; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

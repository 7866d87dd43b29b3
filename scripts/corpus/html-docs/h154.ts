/**
 * h154 — gemeente Veldhoven (gm0861), holdout (session 12): the Brainport gemeente of some 47.000 inwoners south-west
 * of Eindhoven, grown from the dorpen Veldhoven, Zeelst, Meerveldhoven and Oerle, with the campus of ASML and the
 * bedrijventerrein De Run, Eindhoven Airport on its border, the A2/A67 and the Kempische landbouwgronden and
 * beekdalen of the Gender, the Run and the Poelenbeek. Content after the public themes of Veldhoven's omgevingsvisie
 * (Veldhoven in the heart of Brainport, the groei of werkgelegenheid and the woningbouwopgave that follows, the
 * dorpse identiteit of the wijken, the groene kamers and the beekdalen, geluid and luchtkwaliteit near the
 * airport), (vastgesteld 8 februari 2022 as "Omgevingsvisie Veldhoven. Stad van dorpen in het hart van Brainport": three kernopgaven — investeren in stedelijke en dorpse kwaliteiten, verder bouwen aan een innovatieve en bereikbare maakstad, werken aan een duurzame en gezonde leefomgeving —, six gebieden, the phases dromen/denken/durven/doen, "Samen ruimte maken", programmes Duurzaamheid, Citycentrum, De Run, Detailhandel; pages of veldhoven.nl and omgevingsvisie-veldhoven.nl), here as a revised visie of 2028, partly in our own words. Layout: A4 LANDSCAPE in Liberation Serif 10 pt with
 * a wide left margin; chapter headings as the NUMBER ALONE on a line ("3") in large type with the title on the
 * next line; sections "1.1", third and FOURTH levels "2.2.1" and "2.2.1.1"; a heading ending in a colon; a table of
 * contents; an unnumbered "Begrippen" at the end of the visie body; header "Veldhoven – Omgevingsvisie 2040"
 * centred, footer "n / m" right; lists "•" and "(1)"; two tables; raadsbesluit with beslispunten "1." … "3."
 * after "besluit:"; GIO table Naam | Identificatie | Hoofdstuk in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0861', '2028', '2028-06-29', '1')
const GIOS: Array<Gio & { hfst: string }> = [
  { ...gio('Gemeente Veldhoven', 'gemeente-veldhoven', [0, 0], 4), hfst: '1' },
  { ...gio('Campus De Run', 'campus-de-run', [2, 1], 0.8), hfst: '3' },
  { ...gio('Geluidszone Eindhoven Airport', 'geluidszone-eindhoven-airport', [3, 3], 1.5), hfst: '3' },
  { ...gio('Beekdalen Gender en Run', 'beekdalen-gender-run', [-2, -2], 1.6), hfst: '4' },
  { ...gio('Centrum City', 'centrum-city', [0, 0.5], 0.5), hfst: '4' },
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Relatie met andere plannen'],
  [1, '2', 'Veldhoven in 2040'],
  [2, '2.1', 'Ons DNA'],
  [2, '2.2', 'Drie kernopgaven'],
  [3, '2.2.1', 'Investeren in stedelijke en dorpse kwaliteiten'],
  [4, '2.2.1.1', 'Wijken met een eigen gezicht'],
  [4, '2.2.1.2', 'Voorzieningen dichtbij'],
  [3, '2.2.2', 'Verder bouwen aan een innovatieve en bereikbare maakstad'],
  [3, '2.2.3', 'Werken aan een duurzame en gezonde leefomgeving'],
  [3, '2.2.4', 'Samen ruimte maken'],
  [1, '3', 'Opgaven'],
  [2, '3.1', 'Woningbouw'],
  [2, '3.2', 'Werkgelegenheid'],
  [3, '3.2.1', 'Campus De Run'],
  [3, '3.2.2', 'Overige bedrijventerreinen'],
  [2, '3.3', 'Bereikbaarheid'],
  [2, '3.4', 'Eindhoven Airport'],
  [2, '3.5', 'Energietransitie'],
  [1, '4', 'Gebieden'],
  [2, '4.1', 'Centrum City'],
  [2, '4.2', 'De wijken'],
  [2, '4.3', 'Het buitengebied:'],
  [3, '4.3.1', 'Beekdalen'],
  [3, '4.3.2', 'Oerle en Zittard'],
  [1, '5', 'Uitvoering'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd brk"><p class="hnr">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const haak: Marker[] = [{ counter: '1', prefix: '(', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeenteraad Veldhoven · vergadering 29 juni 2028 · registratienummer 28.041</p>
<p class="ttl">Besluit van de gemeenteraad van Veldhoven tot vaststelling van de Omgevingsvisie Veldhoven 2040</p>
<p>De raad van de gemeente Veldhoven;</p>
<p>gelet op het voorstel van burgemeester en wethouders van 16 mei 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen, dat elf zienswijzen zijn ingediend en dat deze hebben geleid tot aanpassingen die in de Nota van zienswijzen zijn toegelicht;</p>
<p class="bs">besluit:</p>
<div class="bp"><p><span class="n">1.</span>de Omgevingsvisie Veldhoven 2040, met de geografische informatieobjecten genoemd in bijlage 1, vast te stellen;</p>
<p><span class="n">2.</span>de Structuurvisie Veldhoven 2030 in te trekken;</p>
<p><span class="n">3.</span>te bepalen dat dit besluit in werking treedt op 1 september 2028.</p></div>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 29 juni 2028.</p>
${handtekeningen(['De griffier,', 'mr. S. Smits'], ['De voorzitter,', 'M.A.M. Delahaye'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Veldhoven 2040</p>
<p class="t2">Stad van dorpen in het hart van Brainport</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, n === 1 ? t : `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  k('1')
  k('1.1')
  d.p('Veldhoven groeit. Door de groei van Brainport komen er banen en inwoners bij, terwijl wij het dorpse karakter van onze wijken willen behouden. Deze omgevingsvisie geeft richting aan die groei tot 2040.')
  k('1.2')
  d.p('De visie bouwt voort op de Omgevingsvisie Noord-Brabant en op de afspraken in het Brainport-verband. Zij vervangt de Structuurvisie Veldhoven 2030.')
  k('2')
  k('2.1')
  d.p('De gemeente Veldhoven is op 1 mei 1921 ontstaan door samenvoeging van de Kempense gemeenten Veldhoven en Meerveldhoven, Oerle en Zeelst. Veldhoven-dorp, Meerveldhoven, Zeelst en Oerle hebben een historisch gegroeid hart met een ontmoetingsfunctie; in de dorpskernen ervaar je het dorpse gevoel van saamhorigheid.')
  k('2.2')
  d.p('Drie kernopgaven vormen samen de ruimtelijke koers. Elke kernopgave omvat opgaven en ambities, waaruit strategische keuzes volgen. Bij elke ontwikkeling geldt als uitgangspunt dat minimaal een neutraal, maar bij voorkeur een positief effect wordt behaald op natuur en biodiversiteit, gezondheid, bodem en water.')
  k('2.2.1')
  d.p('Wij koesteren de bestaande ruimtelijke en sociale structuur en versterken de ontmoetingsfunctie van pleinen, horeca en sociaal-culturele voorzieningen.')
  k('2.2.1.1')
  d.p('Zeelst, Meerveldhoven, ’t Look, Zonderwijk, Heikant en Zilverackers hebben elk een eigen karakter, dat wij bij vernieuwing respecteren.')
  k('2.2.1.2')
  d.p('Basisschool, huisarts en supermarkt liggen op loop- of fietsafstand.')
  k('2.2.2')
  d.p('Veldhoven is de thuisbasis van ASML en van een groot aantal toeleveranciers. Wij bouwen verder aan een maakstad die goed bereikbaar is.')
  k('2.2.3')
  d.p('De beekdalen, bossen en halfopen gebieden met houtwallen en weilanden vormen een afwisselend geheel. De ruim opgezette groenstructuur is een belangrijke reden om hier te wonen.')
  k('2.2.4')
  d.p('Deze visie is in vier fasen – dromen, denken, durven en doen – tot stand gekomen met inwoners, ondernemers, professionals, bestuurders en raadsleden. Zo blijven wij samen ruimte maken.')
  k('3')
  k('3.1')
  d.p('De woningbouwopgave tot 2040 is als volgt verdeeld:')
  d.table(['Locatie', 'Woningen tot 2030', 'Woningen 2030–2040'], [
    ['Zilverackers', '1.200', '600'],
    ['Centrum City', '900', '700'],
    ['Inbreiding in de wijken', '700', '900'],
    ['Totaal', '2.800', '2.200'],
  ], 'tbl', ['46%', '27%', '27%'])
  k('3.2')
  d.p('De werkgelegenheid groeit sterk. Wij kiezen:')
  d.list(['voor concentratie van hightech op en rond Campus De Run;', 'voor intensivering van bestaande bedrijventerreinen;', { text: 'voor huisvesting van internationale werknemers', sub: ['in het centrum;', 'in Zilverackers.'] }], punt)
  k('3.2.1')
  d.p('De campus groeit binnen de bestaande contouren, met meer bebouwing in de hoogte.')
  k('3.2.2')
  d.p('De terreinen De Run 1000–6000 en Habraken worden geherstructureerd.')
  k('3.3')
  d.p('Wij werken samen met Eindhoven en de provincie aan de bereikbaarheid van de campus en het vliegveld.')
  k('3.4')
  d.p('De luchthaven is belangrijk voor de regio, maar de hinder moet beperkt blijven:')
  d.list(['geen nieuwe woningen binnen de geluidszone;', 'minder nachtvluchten;', 'onderzoek naar gezondheidseffecten met de GGD.'], haak)
  k('3.5')
  d.p('In 2050 is Veldhoven energieneutraal. Bedrijfsdaken en parkeerterreinen dragen zonnepanelen.')
  d.table(['Bron', 'Opwek 2030 (TJ)', 'Opwek 2040 (TJ)'], [
    ['Zon op daken', '160', '280'],
    ['Zon op parkeerterreinen', '40', '90'],
    ['Bodemenergie', '60', '150'],
  ], 'tbl', ['46%', '27%', '27%'])
  k('4')
  k('4.1')
  d.p('Het centrum City wordt een levendig hart met wonen, winkels en cultuur rond het Meiveld.')
  k('4.2')
  d.p('In de wijken verbeteren wij de openbare ruimte en maken wij woningen energiezuinig.')
  k('4.3')
  k('4.3.1')
  d.p('De beekdalen van de Gender, de Run en de Poelenbeek worden natter en natuurlijker.')
  k('4.3.2')
  d.p('Rond Oerle en Zittard blijft de landbouw de belangrijkste drager van het landschap.')
  k('5')
  d.p('Ambities en keuzes uit deze visie werken wij uit in programma’s, in ieder geval voor duurzaamheid, het Citycentrum, De Run en detailhandel, en in het omgevingsplan. Wij actualiseren de visie elke vier jaar.')
  d.tk('Begrippen', 'tkb')
  d.p('<b>Brainport</b> – de samenwerkende regio rond Eindhoven met de hightech maakindustrie als kern.', 'def')
  d.p('<b>Groene kamer</b> – een groene ruimte tussen twee wijken, zoals het Oeienbosch.', 'def')
  d.p('<b>Inbreiding</b> – bouwen binnen het bestaande bebouwde gebied.', 'def')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Hoofdstuk'], (g) => [g.naam, gidCell(g.identificatie), g.hfst], 'gio', ['30%', '58%', '12%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h154',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Omgevingsvisie Veldhoven. Stad van dorpen in het hart van Brainport" (vastgesteld 8 februari 2022; drie kernopgaven: investeren in stedelijke en dorpse kwaliteiten, verder bouwen aan een innovatieve en bereikbare maakstad, werken aan een duurzame en gezonde leefomgeving; zes gebieden; de fasen dromen, denken, durven en doen; "Samen ruimte maken"; programma\'s Duurzaamheid, Citycentrum, De Run en Detailhandel; de dorpskernen met hun ontmoetingsfunctie, de groei van werkgelegenheid en de woningbouwopgave die daaruit volgt, het dorpse karakter van de wijken, groene kamers en beekdalen, geluid en luchtkwaliteit rond Eindhoven Airport), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 LIGGEND in Liberation Serif 10 pt met een brede linkermarge, hoofdstukkoppen als het NUMMER ALLEEN op een regel ("3") in grote letters met de titel op de volgende regel, paragrafen "1.1", een derde en VIERDE niveau "2.2.1" en "2.2.1.1", een kop die op een dubbele punt eindigt, inhoudsopgave, een ongenummerd "Begrippen" aan het eind van de visie, kopregel "Veldhoven – Omgevingsvisie 2040" gecentreerd, voettekst "n / m" rechts, lijsten "•" en "(1)", twee tabellen, raadsbesluit met beslispunten "1." … "3." na "besluit:", GIO-tabel Naam | Identificatie | Hoofdstuk in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0861',
    naam: 'Gemeente Veldhoven',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Veldhoven tot vaststelling van de Omgevingsvisie Veldhoven 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-09-01',
    },
    visieOpschrift: 'Omgevingsvisie Veldhoven 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-veldhoven-2040', regeling: 'omgevingsvisie-veldhoven-2040', doel: 'omgevingsvisie-veldhoven-2040' },
      datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-06', inwerkingtreding: '2028-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0861',
      oin: '00000001000000008610',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [156000, 381000] },
    meubilair: ['^Veldhoven – Omgevingsvisie 2040$', '^\\d+ / \\d+$'],
    title: 'Omgevingsvisie Veldhoven 2040',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4 landscape; margin: 18mm 20mm 18mm 70mm; }
@page std { @top-center { content: "Veldhoven – Omgevingsvisie 2040"; ${ft} } @bottom-right { content: counter(page) " / " counter(pages); ${ft} } }
body { font: 10pt/1.42 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'Liberation Sans'; color: #777; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.bp p { margin: 0 0 1.5mm 0; padding-left: 7mm; text-indent: -7mm; }
.bp .n { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 45mm; break-after: page; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #00843D; margin: 0 0 3mm; }
.titel .t2 { font: italic 15pt 'Liberation Serif'; color: #333; }
.tockop { font: bold 15pt 'Liberation Sans'; color: #00843D; margin-bottom: 4mm; }
${TOC_CSS}
.hfd { margin: 0 0 6mm; }
.hnr { font: 300 40pt 'Liberation Sans'; color: #00843D; margin: 0; line-height: 1.1; }
h1 { font: bold 18pt 'Liberation Sans'; color: #00843D; margin: 0; }
h2 { font: bold 12pt 'Liberation Sans'; color: #00843D; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
h4 { font: italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 14pt; }
.tkb { font: bold 14pt 'Liberation Sans'; color: #00843D; margin: 9mm 0 2mm; }
.def { margin-left: 4mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 75%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #00843D; text-align: left; padding: 1mm 1.5mm; font-family: 'Liberation Sans'; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm 1.5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio th { background: #00843D; color: #fff; text-align: left; padding: 1.2mm; font-family: 'Liberation Sans'; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

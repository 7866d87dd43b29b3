/**
 * h106 — gemeente Veenendaal (gm0345), holdout (session 12): a middle-sized to large gemeente in the province of
 * Utrecht (about 68.000 inwoners; the centrum with the Brouwerspoort and the Markt, the wijken Dragonder,
 * Petenbos, Franse Gat, Schrijverspark and Veenendaal-Oost, the bedrijventerreinen Het Ambacht and De Batterijen,
 * the stations Veenendaal-De Klomp, Veenendaal West and Veenendaal Centrum, the A12, the Binnenveld towards
 * Wageningen and the Utrechtse Heuvelrug; part of the regio Foodvalley). Content written for this corpus in the
 * manner of middle-sized visies organised by ambities (a compacte stad that grows inward, a werkstad in Foodvalley,
 * a groene en gezonde stad, a bereikbare stad), shortened and in our own words. Layout: A4 LANDSCAPE in Liberation
 * Sans 10 pt with the text in a column of 170 mm; an unnumbered "Veenendaal in 2040" first; chapters with the label
 * "Ambitie 1" … "Ambitie 4" ON A LINE OF ITS OWN above the title (nummer "1" … "4"), each on a new page, sections
 * "1.1", "1.1.1"; header "Omgevingsvisie Veenendaal · regio Foodvalley" right, footer "- n -" centred; lists "1."
 * with "a)" nested and "•"; a TABLE WITH A MERGED HEADER; "De raad van de gemeente Veenendaal;" with "gelezen",
 * "gelet op", "besluit:", Artikel 1–4 with titles after a colon ("Artikel 1: Vaststelling"; the third withdraws the
 * Structuurvisie Veenendaal 2030, the fourth names the date); visie as "Bijlage 1"; GIO table with a MERGED HEADER
 * ("Werkingsgebied" over Naam and Identificatie, "Ambitie" spanning both header rows) in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0345', '2027', '2027-11-02', '1')
const GIOS = [
  { ...gio('Gemeente Veenendaal', 'gemeente-veenendaal', [0, 0], 3), ambitie: 'alle' },
  { ...gio('Centrum en stationsgebied', 'centrum-en-stationsgebied', [0.1, 0.2], 0.6), ambitie: '1' },
  { ...gio('Bedrijventerreinen Het Ambacht en De Batterijen', 'bedrijventerreinen-ambacht-batterijen', [1.5, -1], 0.8), ambitie: '2' },
  { ...gio('Binnenveld', 'binnenveld', [-2.5, -2.5], 1.5), ambitie: '3' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="amb"><p class="al">Ambitie ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const cijfer: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Veenendaal · raadsbesluit 1184521</p>
<p class="ttl">Besluit van de raad van de gemeente Veenendaal tot vaststelling van de Omgevingsvisie Veenendaal 2040</p>
<p>De raad van de gemeente Veenendaal;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 19 september 2027, nummer 1184521;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1: Vaststelling</p>
<p>De Omgevingsvisie Veenendaal 2040, opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2: Werkingsgebieden</p>
<p>De werkingsgebieden van de visie zijn de geografische informatieobjecten in bijlage 2.</p>
<p class="art">Artikel 3: Intrekking</p>
<p>De Structuurvisie Veenendaal 2030 wordt ingetrokken.</p>
<p class="art">Artikel 4: Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 2 november 2027.</p>
${handtekeningen(['de griffier,', 'mr. A.J. van Dijk'], ['de voorzitter,', 'G.J. Kats'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 1184521</p>
<p class="t1">Omgevingsvisie Veenendaal 2040</p>
<p class="t2">Compact, werkzaam, groen en bereikbaar</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.raw('<h1 class="intro">Veenendaal in 2040</h1>')
  d.p('In Veenendaal is het gezond, duurzaam en veilig wonen, werken en leven. Veenendaal heeft de allure, voorzieningen en ontwikkelkracht van een stad en de vriendelijkheid van een dorp. De ruimte binnen onze gemeentegrens is beperkt; daarom kiezen we bewust voor de kwaliteit van de leefomgeving: van kwantiteit naar kwaliteit.')
  d.p('Bij ieder initiatief staan gezondheid, duurzaamheid en veiligheid voorop, de GDV-principes. De stad telt nu zo’n 68.000 inwoners en groeit naar ruim 75.000 in 2040. In vier ambities beschrijven we welke stad we dan willen zijn.')
  d.list(['een compacte stad die naar binnen groeit;', 'een werkstad in de regio Foodvalley;', 'een groene en gezonde stad;', 'een bereikbare stad.'], punt)

  d.kop(1, '1', 'Een compacte stad die naar binnen groeit')
  d.p('Veenendaal breidt niet meer uit in het landschap. Nieuwe woningen komen binnen de bestaande stad.')
  d.kop(2, '1.1', 'Centrum en stationsgebied')
  d.kop(3, '1.1.1', 'Centrum')
  d.p('Rond de Markt en de Brouwerspoort komen meer woningen boven en naast de winkels.')
  d.kop(3, '1.1.2', 'Station Veenendaal Centrum')
  d.p('Het stationsgebied wordt een woon- en werkmilieu met hoge dichtheid.')
  d.kop(2, '1.2', 'Wijken')
  d.p('In Dragonder, Petenbos en het Franse Gat vernieuwen we woningen en openbare ruimte.')
  d.kop(2, '1.3', 'Woningbouwprogramma')
  d.tabellen++
  d.raw(`<table class="tbl"><thead>
<tr><th rowspan="2">Gebied</th><th colspan="3">Woningen 2027–2040</th></tr>
<tr><th>sociale huur</th><th>middenhuur</th><th>koop</th></tr></thead><tbody>
<tr><td>Centrum</td><td>300</td><td>400</td><td>300</td></tr>
<tr><td>Stationsgebied</td><td>450</td><td>600</td><td>450</td></tr>
<tr><td>Overige wijken</td><td>500</td><td>300</td><td>700</td></tr>
</tbody></table>`)
  d.texts.push('Gebied', 'Woningen 2027–2040', 'sociale huur', 'middenhuur', 'koop')

  d.kop(1, '2', 'Een werkstad in de regio Foodvalley')
  d.p('Veenendaal biedt werk aan ruim 40.000 mensen. Groei en Bloei vraagt om ruimtelijke keuzes en goede samenwerking met de buurgemeenten, de provincies Utrecht en Gelderland en de Regio Foodvalley.')
  d.kop(2, '2.1', 'Bedrijventerreinen')
  d.p('Het Ambacht en De Batterijen worden vernieuwd. Daarbij gelden drie voorwaarden:')
  d.list([{ text: 'zorgvuldig ruimtegebruik, door', sub: ['meerlaags bouwen;', 'gedeeld parkeren.'] }, 'energie opwekken op daken;', 'meer groen en waterberging.'], cijfer)
  d.kop(2, '2.2', 'Kantoren en winkels')
  d.p('Leegstaande kantoren transformeren we naar woningen.')
  d.kop(2, '2.3', 'Onderwijs en arbeidsmarkt')
  d.p('Met Foodvalley en het onderwijs werken we aan vakmanschap.')

  d.kop(1, '3', 'Een groene en gezonde stad')
  d.kop(2, '3.1', 'Groen in de stad')
  d.p('Iedere inwoner heeft binnen 300 meter een groene plek. Bouwplannen die afwijken van het omgevingsplan toetsen we met het Veenendaals Puntensysteem, op deze thema’s:')
  d.list(['gezonde en groene leefomgeving;', 'bewegen, ontmoeten, sporten en spelen (BOSS);', 'energietransitie en duurzaam bouwen;', 'natuurinclusief bouwen;', 'klimaatadaptatie;', 'veiligheid en leefbaarheid.'], punt)
  d.kop(2, '3.2', 'Het Binnenveld')
  d.p('Het Binnenveld tussen Veenendaal en Wageningen is een waardevol natuur- en recreatiegebied.')
  d.kop(2, '3.3', 'Klimaatadaptatie')
  d.kop(3, '3.3.1', 'Wateroverlast')
  d.p('Bij hevige regen bergen we water in parken en pleinen.')
  d.kop(3, '3.3.2', 'Hitte')
  d.p('Meer bomen in straten en op schoolpleinen.')
  d.kop(3, '3.3.3', 'Droogte')
  d.p('Regenwater laten we in de bodem zakken, zodat het grondwater in het Binnenveld op peil blijft.')

  d.kop(1, '4', 'Een bereikbare stad')
  d.kop(2, '4.1', 'Fiets en openbaar vervoer')
  d.p('Drie stations en een snelfietsroute naar Utrecht en Wageningen.')
  d.kop(2, '4.2', 'Auto')
  d.p('Betere aansluitingen op de A12 en een autoluw centrum.')
  d.kop(2, '4.3', 'Parkeren en bevoorrading')
  d.p('Parkeren bundelen we in hubs aan de rand van het centrum; bevoorrading gebeurt vanuit een stadsdistributiepunt bij De Batterijen.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2: Werkingsgebieden</h2>')
  d.raw(`<table class="gio"><thead>
<tr><th colspan="2">Werkingsgebied</th><th rowspan="2">Ambitie</th></tr>
<tr><th>Naam</th><th>Identificatie</th></tr></thead><tbody>
${GIOS.map((g) => `<tr><td>${g.naam}</td><td class="gid">${g.identificatie}</td><td>${g.ambitie}</td></tr>`).join('\n')}
</tbody></table>`)

  const hd = "font: 8pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h106',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van Veenendaal over zijn omgevingsvisies (gezond, duurzaam en veilig wonen, werken en leven; GDV-principes; de allure van een stad en de vriendelijkheid van een dorp; van kwantiteit naar kwaliteit; Groei en Bloei; de thema\'s van het Veenendaals Puntensysteem), hier als visie van 2027 in vier ambities, ingekort en deels in eigen woorden (Veenendaal: centrum met Brouwerspoort en Markt, wijken Dragonder, Petenbos, Franse Gat, Schrijverspark en Veenendaal-Oost, bedrijventerreinen Het Ambacht en De Batterijen, drie stations, A12, Binnenveld en Utrechtse Heuvelrug); eigen opmaak: A4 LIGGEND in Liberation Sans 10 pt met een tekstkolom van 170 mm, eerst een ongenummerd "Veenendaal in 2040", hoofdstukken met het label "Ambitie 1" … "Ambitie 4" OP EEN EIGEN REGEL boven de titel, elk op een nieuwe bladzijde, paragrafen "1.1" en "1.1.1", kopregel "Omgevingsvisie Veenendaal · regio Foodvalley", voettekst "- n -", lijsten "1." met geneste "a)" en "•", een TABEL MET SAMENGEVOEGDE KOP, Artikel 1–4 met titel na een dubbele punt (intrekking Structuurvisie Veenendaal 2030, datum), visie als "Bijlage 1", GIO-tabel met SAMENGEVOEGDE KOP ("Werkingsgebied" boven Naam en Identificatie, "Ambitie" over beide kopregels) in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0345',
    naam: 'Gemeente Veenendaal',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Veenendaal tot vaststelling van de Omgevingsvisie Veenendaal 2040',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Veenendaal 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-veenendaal-2040', regeling: 'omgevingsvisie-veenendaal-2040', doel: 'omgevingsvisie-veenendaal-2040' },
      datums: { vaststelling: '2027-11-02', ondertekening: '2027-11-02', bekendmaking: '2027-11-09', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0345',
      oin: '00000001000000345000',
      achtergrondActualiteit: '2027-08-15',
    },
    geo: { origin: [170000, 449000] },
    meubilair: ['^Omgevingsvisie Veenendaal · regio Foodvalley$', '^- \\d+ -$'],
    title: 'Omgevingsvisie Veenendaal 2040',
    css: `
@page { size: A4 landscape; margin: 18mm 60mm 18mm 60mm; }
@page visie { @top-right { content: "Omgevingsvisie Veenendaal · regio Foodvalley"; ${hd} } @bottom-center { content: "- " counter(page) " -"; ${hd} } }
@page bijl { @top-right { content: "Omgevingsvisie Veenendaal · regio Foodvalley"; ${hd} } @bottom-center { content: "- " counter(page) " -"; ${hd} } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #E07B00; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 40mm; break-after: page; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #E07B00; margin: 5mm 0 3mm; }
.titel .t2 { font: 14pt 'Liberation Sans'; }
h1.intro { font: bold 18pt 'Liberation Sans'; color: #E07B00; margin: 0 0 4mm; }
.amb { break-before: page; margin-bottom: 4mm; }
.amb .al { font: bold 10pt 'Liberation Sans'; color: #fff; background: #E07B00; display: inline-block; padding: 1mm 3mm; margin: 0 0 2mm; }
.amb h1 { font: bold 18pt 'Liberation Sans'; color: #E07B00; margin: 0; }
h2 { font: bold 12pt 'Liberation Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; color: #555; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { background: #FCE7CF; border: 0.5pt solid #E07B00; padding: 1.2mm; text-align: left; }
table.tbl td { border: 0.5pt solid #E07B00; padding: 1.2mm; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #E07B00; }
table.gio { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.gio th { background: #FCE7CF; border: 0.5pt solid #E07B00; padding: 1.2mm; text-align: left; }
table.gio td { border: 0.5pt solid #E07B00; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

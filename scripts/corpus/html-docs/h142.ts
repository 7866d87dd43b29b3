/**
 * h142 — gemeente Vlissingen (gm0718), holdout (session 12): the port and seaside town on Walcheren at the mouth
 * of the Westerschelde, about 45.000 inwoners, with Oost- en West-Souburg, Ritthem, the boulevards, the
 * Scheldekwartier and the Sloegebied (Vlissingen-Oost). Content after the public text of the "Omgevingsvisie
 * Vlissingen 2040 – Vlissingen in balans" (CVDR, 2024: the Strategische visie 2040 with its themes Delta-innovatie,
 * Verbinding, Duurzaamheid, Gezond en vitaal, In balans and Samenwerking; "want niet alles kan overal"; nine
 * gemeentebrede hoofdopgaven — aantrekkelijk wonen en verblijven, sociaal en gezond, veilige leefomgeving,
 * natuurlijke en groene leefomgeving, klimaatbestendige leefomgeving, cultureel en beleefbaar, gezond economisch
 * klimaat, circulair en energieneutraal, fysiek en digitaal verbonden; deelgebieden with their own ambities; the
 * Vlissings kompas for scherpe keuzes; it replaces the structuurvisie "Vlissingen stad aan zee – een zee aan
 * ruimte"), here as the revised visie of 2028, shortened and partly in our own words (the names of the deelgebieden
 * are ours). Layout: 17 × 24 cm in Liberation Serif 10 pt with DejaVu Sans headings; chapters "1." … "6." (with a
 * dot), sections "1.1", a third level "5.2.1"; a table of contents; header "Vlissingen in balans | herziene omgevingsvisie" left, footer
 * "Omgevingsvisie Vlissingen 2040 – pagina n" right; lists "•" and "1."; a table; raadsbesluit "gelet op:" with a
 * bulleted list and "Artikel 1." … "Artikel 3." (number with a dot, no title); GIO TABLE WITH THE IDENTIFIER COLUMN
 * FIRST, then Naam and a VERSION column, in "Bijlage I. Overzicht geografische informatieobjecten (GIO's)".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number, versie = '1'): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0718/2028/${slug}/nld@2028-03-14;${versie}`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Vlissingen', 'gemeente-vlissingen', [0, 0], 5),
  gio('Binnenstad en boulevards', 'binnenstad-en-boulevards', [-1, 1], 1),
  gio('Scheldekwartier', 'scheldekwartier', [1, 1], 0.6),
  gio('Vlissingen-Oost en Sloegebied', 'vlissingen-oost-sloegebied', [6, 2], 2),
  gio('Kustzone Nollestrand – Dishoek', 'kustzone-nollestrand-dishoek', [-4, 2], 1.2, '2'),
  gio('Buitengebied Ritthem en Souburg', 'buitengebied-ritthem-souburg', [3, 3], 1.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Hoe ziet Vlissingen er in 2040 uit?'],
  [2, '1.2', 'Status van deze omgevingsvisie'],
  [1, '2', 'Vlissingen nu'],
  [2, '2.1', 'Stad aan zee'],
  [2, '2.2', 'Kernkwaliteiten'],
  [1, '3', 'Het Vlissings kompas'],
  [1, '4', 'Hoofdopgaven'],
  [2, '4.1', 'Aantrekkelijk wonen en verblijven'],
  [2, '4.2', 'Sociaal en gezond'],
  [2, '4.3', 'Veilige leefomgeving'],
  [2, '4.4', 'Natuurlijke en groene leefomgeving'],
  [2, '4.5', 'Klimaatbestendige leefomgeving'],
  [2, '4.6', 'Cultureel en beleefbaar'],
  [2, '4.7', 'Gezond economisch klimaat'],
  [2, '4.8', 'Circulair en energieneutraal'],
  [2, '4.9', 'Fysiek en digitaal verbonden'],
  [1, '5', 'Gebieden'],
  [2, '5.1', 'Binnenstad en boulevards'],
  [2, '5.2', 'Vlissingen-Oost'],
  [3, '5.2.1', 'Scheldekwartier'],
  [3, '5.2.2', 'Sloegebied'],
  [2, '5.3', 'Souburg en Ritthem'],
  [2, '5.4', 'Kust en buitengebied'],
  [1, '6', 'Uitvoering'],
  [2, '6.1', 'Van visie naar omgevingsplan'],
  [2, '6.2', 'Samen met de stad'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">${k.nummer}. ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit gemeente Vlissingen · kenmerk 2028-0117</p>
<p class="ttl">Besluit van de raad van de gemeente Vlissingen tot vaststelling van de Omgevingsvisie Vlissingen 2040 – Vlissingen in balans</p>
<p>De raad van de gemeente Vlissingen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 23 januari 2028, kenmerk 2028-0117;</p>
<p>gelet op:</p>
<div class="gl"><p>• artikel 3.1, eerste lid, van de Omgevingswet;</p><p>• artikel 16.27 van de Omgevingswet;</p><p>• de Participatie- en Inspraakverordening Vlissingen 2023;</p></div>
<p class="bs">besluit:</p>
<p class="art">Artikel 1.</p>
<p>De herziene Omgevingsvisie Vlissingen 2040 – Vlissingen in balans, opgenomen als bijlage bij dit besluit, vast te stellen, met de werkingsgebieden van de geografische informatieobjecten genoemd in Bijlage I.</p>
<p class="art">Artikel 2.</p>
<p>De Omgevingsvisie Vlissingen 2040 – Vlissingen in balans, vastgesteld in 2024, in te trekken.</p>
<p class="art">Artikel 3.</p>
<p>Dit besluit treedt in werking op 1 juni 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 14 maart 2028.</p>
${handtekeningen(['De griffier,', 'mr. B. de Visser'], ['De voorzitter,', 'B.C.G. van Nieuwenhuizen'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Vlissingen 2040</p>
<p class="t2">Vlissingen in balans</p>
<p class="t3">herziene versie, maart 2028</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [n === 1 ? `${nr}.` : nr, t, n === 1 ? `${nr}. ${t}` : `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('1')
  d.p('Hoe ziet Vlissingen er in 2040 uit? Dat ontdekten we samen met inwoners, ondernemers, studenten en verenigingen. De uitkomst legden we vast in de Strategische visie 2040, met de thema’s Delta-innovatie, Verbinding, Duurzaamheid, Gezond en vitaal, In balans en Samenwerking.')
  k('1.1')
  d.p('Om deze koers te varen moeten we vandaag keuzes maken over de ruimte om ons heen: waar willen we ontwikkelen en wat willen we behouden? Want niet alles kan overal.')
  k('1.2')
  d.p('Deze omgevingsvisie vervangt de versie van 2024 en eerder de structuurvisie “Vlissingen stad aan zee – een zee aan ruimte”. Zij is het vertrekpunt voor het omgevingsplan.')
  k('2')
  k('2.1')
  d.p('Vlissingen ligt aan de Westerschelde en de Noordzee. Het maritieme karakter, de kleurrijke bebouwing en de boulevards maken de stad uniek.')
  k('2.2')
  d.p('Wij onderscheiden de volgende kernkwaliteiten:')
  d.list(['de ligging aan zee en aan de drukst bevaren vaarweg naar Antwerpen;', { text: 'het maritieme erfgoed', sub: ['de Oude Haven en de Rotterdamse Kaai;', 'de werf- en havengebouwen van het Scheldekwartier.'] }, 'de groene zoom van Walcheren rond Souburg en Ritthem.'], punt)
  k('3')
  d.p('Er zijn soms scherpe keuzes nodig. Het Vlissings kompas helpt daarbij. Bij elke afweging stellen wij vier vragen:')
  d.list(['Draagt het bij aan een stad in balans?', 'Past het bij de schaal en het karakter van de plek?', 'Is het klimaatbestendig en circulair?', 'Zijn de mensen om wie het gaat erbij betrokken?'], nummer)
  k('4')
  d.p('We werken negen gemeentebrede hoofdopgaven uit. Hierbij zijn de Nationale en Zeeuwse omgevingsvisies van invloed.')
  k('4.1')
  d.p('Wij bouwen woningen voor jonge gezinnen, studenten en ouderen en zorgen voor een evenwichtige bevolkingsopbouw.')
  k('4.2')
  d.p('Welzijn, zorg, onderwijs en sport krijgen een plek in de wijken.')
  k('4.3')
  d.p('De zeewering, de externe veiligheid rond het Sloegebied en een veilige openbare ruimte vragen blijvende aandacht.')
  k('4.4')
  d.p('Wij versterken het groen in de stad en de verbindingen met de duinen en het Walcherse landschap.')
  k('4.5')
  d.p('Bij nieuwbouw en herinrichting houden wij rekening met hitte, droogte, wateroverlast en de stijgende zeespiegel.')
  k('4.6')
  d.p('Erfgoed, musea en evenementen maken de geschiedenis van de stad beleefbaar.')
  k('4.7')
  d.p('Haven, maritieme maakindustrie en kennisinstellingen vormen samen een hotspot voor delta-innovatie.')
  d.table(['Sector', 'Banen 2025', 'Ambitie 2040'], [
    ['Haven en logistiek', '4.800', '5.500'],
    ['Maritieme maakindustrie', '3.100', '3.800'],
    ['Onderwijs en kennis', '2.200', '3.000'],
    ['Toerisme en horeca', '2.600', '2.900'],
  ], 'tbl', ['50%', '25%', '25%'])
  k('4.8')
  d.p('In 2050 is Vlissingen energieneutraal. Restwarmte uit het Sloegebied voeden wij naar de stad.')
  k('4.9')
  d.p('Goede verbindingen met Middelburg, de rest van Walcheren en met Breskens via de veerboot zijn onmisbaar.')
  k('5')
  d.p('In ieder gebied gelden andere ambities en uitdagingen.')
  k('5.1')
  d.p('De binnenstad wordt minder een ‘place to buy’ en meer een ‘place to be’: wonen, studeren, verblijven en ontmoeten.')
  k('5.2')
  k('5.2.1')
  d.p('Het voormalige werfterrein van De Schelde wordt een gemengd stadsdeel met woningen, onderwijs en werk.')
  k('5.2.2')
  d.p('Het Sloegebied blijft het industriële en havengebied van Vlissingen, met ruimte voor energie uit wind en waterstof.')
  k('5.3')
  d.p('Oost- en West-Souburg en Ritthem houden hun dorpse karakter en hun groene randen.')
  k('5.4')
  d.p('Het Nollestrand, Dishoek en de polders rond Ritthem blijven open en rustig.')
  k('6')
  k('6.1')
  d.p('De keuzes in deze visie werken door in het omgevingsplan, in programma’s en in de afweging van initiatieven.')
  k('6.2')
  d.p('Deze omgevingsvisie is ook een uitnodiging aan inwoners, ondernemers en organisaties om samen de ambities waar te maken.')

  d.bijlage('I', 'Overzicht geografische informatieobjecten (GIO\'s)', '<h1 class="brk bijl">Bijlage I. Overzicht geografische informatieobjecten (GIO\'s)</h1>')
  d.gioTabelRows(
    GIOS,
    ['Identificatie', 'Naam', 'Versie'],
    (g) => {
      const [basis, versie] = g.identificatie.split(';')
      const [pad, datum] = basis!.split('@')
      return [`<span class="gid"><span class="nw">${esc(pad!)}@</span><wbr><span class="nw">${datum};</span><wbr><span class="nw">${versie}</span></span>`, esc(g.naam), versie!]
    },
    'gio',
    ['67%', '22%', '11%'],
  )

  const ft = "font: 8pt 'DejaVu Sans'; color: #555;"
  const std = `@top-left { content: "Vlissingen in balans | herziene omgevingsvisie"; ${ft} } @bottom-right { content: "Omgevingsvisie Vlissingen 2040 – pagina " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h142',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare tekst van de "Omgevingsvisie Vlissingen 2040 – Vlissingen in balans" (CVDR, 2024: de Strategische visie 2040 met de thema\'s Delta-innovatie, Verbinding, Duurzaamheid, Gezond en vitaal, In balans en Samenwerking; "want niet alles kan overal"; negen gemeentebrede hoofdopgaven; deelgebieden met eigen ambities; het Vlissings kompas; vervangt de structuurvisie "Vlissingen stad aan zee – een zee aan ruimte"), hier als herziene visie van 2028, ingekort en deels in eigen woorden (de namen van de deelgebieden zijn van ons); eigen opmaak: 17 × 24 cm in Liberation Serif 10 pt met koppen in DejaVu Sans, hoofdstukken "1." … "6." (met punt), paragrafen "1.1", een derde niveau "5.2.1", inhoudsopgave, kopregel "Vlissingen in balans | herziene omgevingsvisie" links, voettekst "Omgevingsvisie Vlissingen 2040 – pagina n" rechts, lijsten "•" en "1.", een tabel, raadsbesluit met "gelet op:" als opsomming en "Artikel 1." … "Artikel 3.", GIO-tabel met de identificatiekolom eerst, dan Naam en een kolom Versie, in "Bijlage I. Overzicht geografische informatieobjecten (GIO\'s)" (holdout)',
    bevoegdGezag: 'gm0718',
    naam: 'Gemeente Vlissingen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Vlissingen tot vaststelling van de Omgevingsvisie Vlissingen 2040 – Vlissingen in balans',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-06-01',
    },
    visieOpschrift: 'Omgevingsvisie Vlissingen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-vlissingen-2040-herzien', regeling: 'omgevingsvisie-vlissingen-2040', doel: 'omgevingsvisie-vlissingen-2040-herzien' },
      datums: { vaststelling: '2028-03-14', ondertekening: '2028-03-14', bekendmaking: '2028-03-21', inwerkingtreding: '2028-06-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0718',
      oin: '00000001000000007180',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [31000, 385000] },
    meubilair: ['^Vlissingen in balans \\| herziene omgevingsvisie$', '^Omgevingsvisie Vlissingen 2040 – pagina \\d+$'],
    title: 'Omgevingsvisie Vlissingen 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: 170mm 240mm; margin: 20mm 18mm 20mm 20mm; }
@page std { ${std} }
body { font: 10pt/1.42 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'DejaVu Sans'; color: #777; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.gl p { margin: 0 0 1mm 4mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #005B82; margin: 0 0 3mm; }
.titel .t2 { font: italic 16pt 'Liberation Serif'; color: #00A0C6; }
.titel .t3 { font: 9pt 'DejaVu Sans'; color: #777; margin-top: 10mm; }
.tockop { font: bold 14pt 'DejaVu Sans'; color: #005B82; margin-bottom: 4mm; }
${TOC_CSS}
h1 { font: bold 15pt 'DejaVu Sans'; color: #005B82; margin: 0 0 4mm; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #005B82; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 12pt; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #005B82; text-align: left; padding: 1mm; font-family: 'DejaVu Sans'; font-size: 8pt; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio th { background: #005B82; color: #fff; text-align: left; padding: 1.2mm; font: bold 8pt 'DejaVu Sans'; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 6.4pt 'DejaVu Sans Mono'; }
.nw { white-space: nowrap; }
`,
  }
  return { spec, doc: d }
}

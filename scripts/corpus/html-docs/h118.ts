/**
 * h118 — gemeente Het Hogeland (gm1966), holdout (session 12): a rural gemeente in Groningen of about 48.000
 * inwoners, formed in 2019 (Uithuizen, Winsum, Bedum, Warffum, the wierdendorpen between Ulrum and Roodeschool, the
 * Eemshaven and Lauwersoog, the langste Waddenkust of the Netherlands, the Lauwersmeer as Dark Sky Park). Content after
 * the public texts on the Omgevingsvisie "Roemte voor Het Hogeland" (adopted by the raad in november 2022; a
 * toekomstbeeld of eigenheid — "ruimte om te onthaasten", pronkjewailen and vergezichten, tussen Stad en Wad, van
 * Lauwerszee tot Dollard, the graanrepubliek, Rixona in Warffum and Holland Malt in the Eemshaven — and of
 * (inter)nationale verbondenheid with the Eemshaven as hydrogen valley and energy hub; four ambities on landschap,
 * cultuur en historie, leefbaarheid, scholing en economie and duurzaamheid; KOMPASSEN for three gebieden: the
 * Waddenkust and havens, the wierdendorpen between Ulrum and Roodeschool, and the area between Adorp and Bedum next to
 * the stad Groningen), here as a revised visie of 2027, shortened and partly in our own words. Layout: SQUARE pages of
 * 210 × 210 mm in Liberation Sans 9 pt; chapter titles with the NUMBER AFTER THE TITLE in brackets ("Ambities (2)";
 * nummer "2" in the truth), each chapter on a new page, sections "2.1", a third level "2.1.1"; no header, footer
 * "Omgevingsvisie Het Hogeland 2027 | pagina n" left; no table of contents; lists "▸" and "a."; a table; "De raad van
 * de gemeente Het Hogeland; … besluit:" with Artikel I–IV with titles after a dash ("Artikel I – Vaststelling"; the
 * third withdraws the visie of 2022, the fourth names the date); visie as "Bijlage 1"; GIO table Naam | Identificatie |
 * Kompas in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1966', '2027', '2027-11-24', '1')
const GIOS = [
  { ...gio('Gemeente Het Hogeland', 'gemeente-het-hogeland', [0, 0], 12), k: 'alle' },
  { ...gio('Waddenkust en havens', 'waddenkust-en-havens', [2, 8], 5), k: 'Kompas Waddenkust en havens' },
  { ...gio('Wierdenland', 'wierdenland', [-2, 2], 5), k: 'Kompas Wierdenland' },
  { ...gio('Stad en land Adorp-Bedum', 'stad-en-land-adorp-bedum', [1, -7], 3), k: 'Kompas Stad en land' },
  { ...gio('Dark Sky Park Lauwersmeer', 'dark-sky-park-lauwersmeer', [-14, 6], 3), k: 'Kompas Waddenkust en havens' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">${k.opschrift} <span class="nr">(${k.nummer})</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
/** The identifier may break only after a slash (each segment kept whole, as a careful typesetter sets it). */
const idCell = (id: string): string => `<span class="gid">${id.split('/').map((s) => `<span class="nw">${s}</span>`).join('/<wbr>')}</span>`
const pijl: Marker[] = [{ glyph: '▸', font: 'DejaVu Sans' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Het Hogeland · raadsbesluit 2027-RB-118</p>
<p class="ttl">Besluit van de raad van de gemeente Het Hogeland tot vaststelling van de Omgevingsvisie Het Hogeland</p>
<p>De raad van de gemeente Het Hogeland;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I – Vaststelling</p>
<p>De Omgevingsvisie Het Hogeland “Roemte voor Het Hogeland”, opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel II – Werkingsgebieden</p>
<p>De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel III – Intrekking</p>
<p>De Omgevingsvisie Het Hogeland, vastgesteld op 16 november 2022, wordt ingetrokken.</p>
<p class="art">Artikel IV – Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 maart 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 24 november 2027.</p>
${handtekeningen(['de griffier,', 'drs. M.H. Boerema'], ['de voorzitter,', 'mr. J.A.F. Schutte'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-RB-118</p>
<p class="t1">Omgevingsvisie Het Hogeland</p>
<p class="t2">Roemte voor Het Hogeland</p>
</div>`)

  d.enter('visie')
  d.page('std')
  d.kop(1, '1', 'Toekomstbeeld')
  d.p('Met deze omgevingsvisie schetsen we een toekomstbeeld om onze gemeente nog mooier te maken om in te wonen, te werken en te verblijven.')
  d.kop(2, '1.1', 'Eigenheid')
  d.p('We zijn een gemeente waar we onze cultuurhistorische parels koesteren en waar rust en ruimte voorop staan. Ruimte om te onthaasten, om te genieten van de pronkjewailen en de mooie vergezichten. Onze gemeente is uniek met haar ligging tussen Stad en Wad en van Lauwerszee tot aan de Dollard.')
  d.p('We hebben de langste Waddenkust van Nederland en twee Waddeneilanden. Met het Lauwersmeer hebben we een Dark Sky Park, waar donkerte de belangrijkste kwaliteit is.')
  d.kop(2, '1.2', '(Inter)nationale verbondenheid')
  d.p('Tegelijk worden we herkend als een gemeente met een dynamische, groene economie. De plek van de Eemshaven als ‘hydrogen valley’ en energie-hub in de nationale energie-infrastructuur staat buiten kijf.')
  d.kop(2, '1.3', 'Over deze visie')
  d.p('De visie vertelt hoe we kijken naar onze leefomgeving en is een kompas voor de toekomst: waar we voor staan en waar we naartoe willen.')

  d.kop(1, '2', 'Ambities')
  d.p('Vier ambities maken scherp hoe we het toekomstbeeld willen bereiken.')
  d.kop(2, '2.1', 'Landschap, cultuur en historie')
  d.kop(3, '2.1.1', 'Wierden, borgen en kerken')
  d.p('De wierden, de borgen en de middeleeuwse kerken vertellen de geschiedenis van het land dat we met eigen handen op de zee wonnen.')
  d.kop(3, '2.1.2', 'Donkerte en stilte')
  d.p('We beschermen de donkere nachten en de stilte, rond het Lauwersmeer en langs de kust.')
  d.kop(2, '2.2', 'Leefbaarheid')
  d.p('In kleine dorpen zijn er andere opgaven dan in grote dorpen. Voorzieningen bundelen we in de grotere kernen, ontmoeting is er in elk dorp.')
  d.kop(2, '2.3', 'Scholing en economie')
  d.p('We waren bekend als graanrepubliek; de aardappel- en graanverwerking, zoals Rixona in Warffum en Holland Malt in de Eemshaven, is er nog altijd. Daarbij komt nieuwe, duurzame bedrijvigheid:')
  d.list(['waterstof en groene chemie in de Eemshaven;', 'datacenters op aangewezen locaties;', { text: 'toerisme en recreatie, vooral', sub: ['langs de Waddenkust;', 'in Lauwersoog en rond het Lauwersmeer.'] }], pijl)
  d.kop(2, '2.4', 'Duurzaamheid')
  d.p('We werken aan een energieneutrale gemeente, met zon op daken en opwek die past in het landschap.')
  d.table(['Onderdeel', '2030', '2040'], [
    ['Zon op daken (MW)', '60', '120'],
    ['Zonneparken (ha)', '90', '150'],
    ['Aardgasvrije woningen', '6.000', '18.000'],
  ], 'tbl', ['50%', '25%', '25%'])

  d.kop(1, '3', 'Kompas Waddenkust en havens')
  d.p('De Waddenkust en de havens hebben een eigen, uniek karakter.')
  d.kop(2, '3.1', 'De Waddenkust')
  d.p('De kwelders en de dijk zijn van internationale waarde. Dijkversterking combineren we met natuur en beleving.')
  d.kop(2, '3.2', 'Eemshaven')
  d.p('De Eemshaven groeit als energie-hub, binnen de grenzen van geluid, licht en natuur.')
  d.kop(2, '3.3', 'Lauwersoog')
  d.p('Lauwersoog blijft vissershaven en poort naar Schiermonnikoog.')

  d.kop(1, '4', 'Kompas Wierdenland')
  d.p('Het gebied van de wierdendorpen tussen Ulrum en Roodeschool en het land daaromheen.')
  d.kop(2, '4.1', 'Dorpen op wierden')
  d.p('Bij nieuwbouw en herstel na aardbevingsschade houden we de ronde of langgerekte wierdenstructuur in stand.')
  d.kop(2, '4.2', 'Het open land')
  d.p('Nieuwe erven en stallen passen in de openheid van het land. Bij een initiatief vragen wij:')
  d.list(['aansluiting bij het bestaande erf;', 'een erfbeplanting die bij het landschap past;', 'zorg voor de zichtlijnen op kerken en wierden.'], abc)

  d.kop(1, '5', 'Kompas Stad en land')
  d.p('Het gebied tussen Adorp en Bedum grenst aan de stad Groningen.')
  d.kop(2, '5.1', 'Bedum en Winsum')
  d.p('Bedum en Winsum bieden woningen voor wie dicht bij de stad wil wonen, met treinstations op de lijn naar Groningen.')
  d.kop(2, '5.2', 'Het Reitdiep')
  d.p('Langs het Reitdiep verbinden wandel- en fietsroutes de stad met het land.')

  d.kop(1, '6', 'Uitvoering')
  d.kop(2, '6.1', 'Maatwerk')
  d.p('De kompassen helpen bij de beoordeling van nieuwe plannen: zij geven per gebied de richting aan.')
  d.kop(2, '6.2', 'Samen met inwoners')
  d.p('We hebben deze visie gemaakt samen met inwoners, ondernemers en anderen die ermee te maken hebben, en zo werken we haar ook uit.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Kompas'], (g) => [g.naam, idCell(g.identificatie), g.k], 'gio', ['27%', '48%', '25%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #00506E;"
  const std = `@bottom-left { content: "Omgevingsvisie Het Hogeland 2027 | pagina " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h118',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie "Roemte voor Het Hogeland" (vastgesteld in november 2022; een toekomstbeeld van eigenheid — ruimte om te onthaasten, pronkjewailen en vergezichten, tussen Stad en Wad, van Lauwerszee tot Dollard, de graanrepubliek, Rixona in Warffum en Holland Malt in de Eemshaven — en van (inter)nationale verbondenheid met de Eemshaven als hydrogen valley en energie-hub; vier ambities: landschap, cultuur en historie, leefbaarheid, scholing en economie, duurzaamheid; KOMPASSEN voor drie gebieden: Waddenkust en havens, de wierdendorpen tussen Ulrum en Roodeschool, en het gebied tussen Adorp en Bedum bij de stad Groningen), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: VIERKANTE bladzijden van 210 × 210 mm in Liberation Sans 9 pt, hoofdstuktitels met het NUMMER NA DE TITEL tussen haakjes ("Ambities (2)"), elk hoofdstuk op een nieuwe bladzijde, paragrafen "2.1", een derde niveau "2.1.1", geen kopregel, voettekst "Omgevingsvisie Het Hogeland 2027 | pagina n" links, geen inhoudsopgave, lijsten "▸" en "a.", een tabel, "besluit:" met Artikel I–IV met titels na een gedachtestreepje ("Artikel I – Vaststelling"; intrekking van de visie van 2022, een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Kompas in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm1966',
    naam: 'Gemeente Het Hogeland',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Het Hogeland tot vaststelling van de Omgevingsvisie Het Hogeland',
      artikelen: ['I', 'II', 'III', 'IV'],
      inwerkingtreding: '2028-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Het Hogeland',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-het-hogeland-2027', regeling: 'omgevingsvisie-het-hogeland', doel: 'omgevingsvisie-het-hogeland-2027' },
      datums: { vaststelling: '2027-11-24', ondertekening: '2027-11-24', bekendmaking: '2027-12-08', inwerkingtreding: '2028-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1966',
      oin: '00000001000001966000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [235000, 600000] },
    meubilair: ['^Omgevingsvisie Het Hogeland 2027 \\| pagina \\d+$'],
    title: 'Omgevingsvisie Het Hogeland – Roemte voor Het Hogeland',
    css: `
@page { size: 210mm 210mm; margin: 16mm 18mm 18mm 18mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 9pt/1.45 'Liberation Sans', sans-serif; color: #1c1c1c; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 7.5pt; color: #00506E; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #00506E; margin: 4mm 0 3mm; }
.titel .t2 { font: italic 16pt 'Liberation Serif'; color: #C0392B; }
.pg > h1.brk:first-child { break-before: auto; }
h1 { font: bold 20pt 'Liberation Sans'; color: #00506E; margin: 0 0 5mm; }
h1 .nr { font-weight: normal; color: #C0392B; }
h2 { font: bold 11pt 'Liberation Sans'; color: #00506E; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 1mm; }
table.tbl { width: 70%; font-size: 8.5pt; margin: 2mm 0 3mm; }
table.tbl th { border-bottom: 1.2pt solid #00506E; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { font: bold 15pt 'Liberation Sans'; color: #00506E; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { border-bottom: 1.2pt solid #00506E; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
.gid .nw { white-space: nowrap; }
`,
  }
  return { spec, doc: d }
}

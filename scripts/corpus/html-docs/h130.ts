/**
 * h130 — gemeente Sluis (gm1714), holdout (session 12): the border gemeente of West Zeeuws-Vlaanderen,
 * about 23.000 inwoners, between the Westerschelde, the Noordzee and the Belgian border (Oostburg, Sluis,
 * Aardenburg, Breskens, Cadzand, Retranchement, Groede, IJzendijke, Schoondijke, Eede, Sint Anna ter Muiden), with
 * Het Zwin, Waterdunen, the kustversterking of the Zwakke Schakel and a large verblijfsrecreatie. Content after the
 * public texts of Sluis (the Visiedocument "Krachtig verbonden 2021": a visie op hoofdlijnen for the ruimtelijk-
 * economisch and sociaal-maatschappelijk beleid, chapters "Hoofdstuk 1: Ruimte en beheer", "Hoofdstuk 2: Economie",
 * sections such as "Kernenbeleid", "Cultureel erfgoed", "Duurzaamheid en energietransitie", "Verblijfsrecreatie";
 * the Zeeuwse Kustvisie; the gebiedsplan "Natuurlijk Vitaal"; cross-border cooperation with Knokke-Heist and
 * Damme), here as the omgevingsvisie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Serif
 * 10 pt with Liberation Sans headings; chapters "Hoofdstuk 1:" … "Hoofdstuk 5:" (nummer "1"), sections "1.1." WITH
 * A FINAL DOT, several titles ending in a QUESTION MARK ("Waar staan we voor?"), a third level "2.1.1."; no table
 * of contents; header "Omgevingsvisie Sluis 2040 · Krachtig verbonden" left, footer "pagina n van m" right; lists "•"
 * with "–" nested under it, and "a."; a table; "De raad van de gemeente Sluis; … besluit:" with Artikel I–III (the
 * third names the date) and the ONDERTEKENING IN A TABLE OF TWO COLUMNS; visie as "Bijlage 1"; GIO table Nr. | Naam |
 * Identificatie in "Bijlage A" directly after the visie, SPLIT OVER TWO PAGES (header row repeated).
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1714/2027/${slug}/nld@2027-12-16;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Sluis', 'gemeente-sluis', [0, 0], 12),
  gio('Kustzone Cadzand-Bad / Nieuwvliet-Bad', 'kustzone-cadzand-nieuwvliet', [-4, 6], 3),
  gio('Het Zwin en Waterdunen', 'het-zwin-en-waterdunen', [-10, 4], 2.5),
  gio('Kernen Oostburg, Sluis, Aardenburg', 'kernen-oostburg-sluis-aardenburg', [-2, -2], 3),
  gio('Breskens, haven en boulevard', 'breskens-haven-en-boulevard', [10, 8], 1.5),
  gio('Grenszone België', 'grenszone-belgie', [-6, -8], 4),
  gio('Polders van West Zeeuws-Vlaanderen', 'polders-west-zeeuws-vlaanderen', [4, -2], 8),
  gio('Zoekgebied verblijfsrecreatie', 'zoekgebied-verblijfsrecreatie', [-1, 7], 2),
  gio('Vestingwerken Sluis, Retranchement, Aardenburg', 'vestingwerken-sluis-retranchement-aardenburg', [-6, 1], 2),
  gio('Bedrijventerreinen Oostburg / Schoondijke', 'bedrijventerreinen-oostburg-schoondijke', [3, 1], 1),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie?'],
  [2, '1.2', 'Waar staan we voor?'],
  [2, '1.3', 'Hoe lees je deze visie?'],
  [1, '2', 'Ruimte en landschap'],
  [2, '2.1', 'Wat maakt West Zeeuws-Vlaanderen uniek?'],
  [3, '2.1.1', 'Kust en duinen'],
  [3, '2.1.2', 'Polders en kreken'],
  [3, '2.1.3', 'Vestingsteden en cultureel erfgoed'],
  [2, '2.2', 'Hoe houden we de kust veilig?'],
  [2, '2.3', 'Natuur en duurzaamheid'],
  [1, '3', 'Wonen en kernen'],
  [2, '3.1', 'Kernenbeleid'],
  [2, '3.2', 'Voor wie bouwen we?'],
  [2, '3.3', 'Wonen en zorg'],
  [1, '4', 'Economie en vrije tijd'],
  [2, '4.1', 'Verblijfsrecreatie'],
  [3, '4.1.1', 'Kwaliteit boven kwantiteit'],
  [3, '4.1.2', 'Arbeidsmigranten'],
  [2, '4.2', 'Landbouw'],
  [2, '4.3', 'Bedrijventerreinen en havens'],
  [1, '5', 'Over de grens'],
  [2, '5.1', 'Samen met Vlaanderen'],
  [2, '5.2', 'Wat doen we nu?'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">Hoofdstuk ${k.nummer}: ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer}. ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">GEMEENTE SLUIS · Raadsbesluit · registratienummer 27INT04411</p>
<p class="ttl">Besluit van de raad van de gemeente Sluis tot vaststelling van de Omgevingsvisie Sluis 2040</p>
<p>De raad van de gemeente Sluis;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 november 2027, registratienummer 27INT04411;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Sluis 2040, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten die in die bijlage zijn genoemd.</p>
<p class="art">Artikel II</p>
<p>Het Visiedocument Krachtig verbonden 2021 wordt ingetrokken voor zover het een structuurvisie is als bedoeld in de Wet ruimtelijke ordening.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 maart 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Sluis, gehouden op 16 december 2027.</p>
${handtekeningen(['de griffier,', 'mr. drs. P.A. Blommaert'], ['de voorzitter,', 'M.C. Ploegaert-Brugman'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 27INT04411</p>
<p class="t1">Omgevingsvisie Sluis 2040</p>
<p class="t2">Krachtig verbonden, aan zee en over de grens</p>
</div>`)

  d.enter('visie')
  d.page('std')
  k('1')
  d.p('Deze omgevingsvisie is een visie op hoofdlijnen waarmee wij als gemeente de koers bepalen voor de fysieke leefomgeving van West Zeeuws-Vlaanderen. Zij bouwt voort op het Visiedocument Krachtig verbonden, de Zeeuwse Kustvisie en het gebiedsplan Natuurlijk Vitaal.')
  k('1.1')
  d.p('De Omgevingswet vraagt om één integrale visie. Die vormt het vertrekpunt voor het omgevingsplan, voor programma’s en voor de afweging van initiatieven.')
  k('1.2')
  d.p('Sluis is een gemeente van kust, polders en vestingstadjes, met een sterke verbondenheid tussen de kernen en met onze Vlaamse buren. Wij kiezen voor:')
  d.list(['een vitale gemeenschap in alle kernen;', { text: 'een toeristische sector die bijdraagt aan', sub: ['de leefbaarheid van de kernen;', 'het behoud van natuur en landschap.'] }, 'een veilige en klimaatbestendige kust.'], punt)
  k('1.3')
  d.p('Elk hoofdstuk begint met wat wij willen bereiken en eindigt met de keuzes die daaruit volgen.')

  k('2')
  k('2.1')
  d.p('Het landschap van West Zeeuws-Vlaanderen is gevormd door de zee. Kreekruggen, dijken en oude polders vertellen die geschiedenis.')
  k('2.1.1')
  d.p('De kust tussen Breskens en Cadzand-Bad is een van de mooiste van Nederland. Na de versterking van de Zwakke Schakel is er ruimte gekomen voor nieuwe natuur.')
  k('2.1.2')
  d.p('De polders zijn open en agrarisch. De kreken en dijken met hun beplanting geven het landschap structuur.')
  k('2.1.3')
  d.p('Sluis, Aardenburg, IJzendijke en Retranchement hebben vestingwerken die wij beschermen en beleefbaar maken.')
  k('2.2')
  d.p('Samen met het waterschap Scheldestromen houden wij de kust op sterkte. Bouwen in de waterkeringszone is uitgesloten.')
  k('2.3')
  d.p('Het Zwin en Waterdunen zijn natuurgebieden van internationale betekenis. Zon en wind passen wij in waar het landschap dat toelaat.')

  k('3')
  k('3.1')
  d.p('Oostburg is de centrumkern voor voorzieningen. Sluis en Breskens hebben een toeristische en regionale functie; de andere kernen houden hun basisvoorzieningen.')
  k('3.2')
  d.p('Wij bouwen voor jongeren en ouderen uit de eigen gemeente. Tweede woningen beperken wij:')
  d.list(['geen nieuwe recreatiewoningen in woonwijken;', 'een zelfbewoningsplicht bij nieuwbouw;', 'voorrang voor inwoners met een economische binding.'], letter)
  k('3.3')
  d.p('Met de zorgpartners zorgen wij voor geschikte woningen dicht bij de voorzieningen in Oostburg, Sluis en Breskens.')

  k('4')
  k('4.1')
  d.p('Het toerisme is de grootste economische drager van de gemeente.')
  d.table(['Gebied', 'Slaapplaatsen 2025', 'Ambitie 2040', 'Koers'], [
    ['Cadzand-Bad', '9.800', '9.800', 'kwaliteit, geen groei'],
    ['Nieuwvliet-Bad', '14.500', '13.000', 'herstructurering'],
    ['Breskens', '6.200', '6.800', 'kleinschalige groei'],
    ['Binnenland', '4.100', '4.600', 'verblijf bij boerderij'],
  ], 'tbl', ['30%', '20%', '18%', '32%'])
  k('4.1.1')
  d.p('Nieuwe verblijfsrecreatie is alleen mogelijk als oude plaatsen verdwijnen of kwaliteit toevoegen.')
  k('4.1.2')
  d.p('Voor seizoenarbeiders en arbeidsmigranten zoeken wij goede huisvesting buiten de recreatieparken.')
  k('4.2')
  d.p('De akkerbouw blijft de basis van het buitengebied. Schaalvergroting past als zij landschappelijk is ingepast.')
  k('4.3')
  d.p('De bedrijventerreinen in Oostburg en Schoondijke en de haven van Breskens bieden ruimte aan het lokale bedrijfsleven.')

  k('5')
  k('5.1')
  d.p('Met Knokke-Heist, Damme en Maldegem werken wij samen aan fietsroutes, natuur en de kust. De grens is in het dagelijks leven nauwelijks zichtbaar: inwoners werken, winkelen en sporten aan beide kanten, en veel Vlaamse gezinnen hebben een tweede woning in onze kustkernen.')
  d.p('Die verbondenheid vraagt om afstemming. Wij spreken met onze buren af:')
  d.list(['de fietsroutes langs de kust en door het Zwin sluiten op elkaar aan;', { text: 'bij nieuwe ontwikkelingen in de grenszone', sub: ['informeren wij elkaar vroegtijdig;', 'stemmen wij verlichting, geluid en verkeer af;', 'zoeken wij samen naar ruimte voor natuur.'] }, 'de grensoverschrijdende bus tussen Brugge, Sluis en Oostburg blijft rijden.'], punt)
  d.p('Het Zwin is als grensoverschrijdend natuurgebied het symbool van die samenwerking. Wij werken er met het Agentschap Natuur en Bos en met Het Zeeuwse Landschap aan een gezamenlijk beheer en aan een betere beleving voor bezoekers, zonder de rust voor vogels te verstoren.')
  k('5.2')
  d.p('Wij werken de visie uit in het omgevingsplan en in programma’s voor wonen, recreatie en de kust. Daarvoor stellen wij de komende jaren op:')
  d.list(['een programma Wonen en kernen, met de woningbouwafspraken per kern;', 'een programma Kust, samen met het waterschap en de provincie;', 'een programma Vrijetijdseconomie, met de herstructurering van de recreatieparken;', 'een programma Energie, met de zoekgebieden voor zon en wind;', 'een gebiedsagenda voor de grensstreek met onze Vlaamse buren.'], letter)
  d.p('Initiatieven die niet in het omgevingsplan passen, toetsen wij aan deze visie. Wij vragen initiatiefnemers hun plan vroeg met de buurt te bespreken en te laten zien hoe het bijdraagt aan de kwaliteit van de kern of het landschap.')
  d.p('Elke vier jaar rapporteren wij aan de raad over de voortgang. De werkingsgebieden van deze visie staan in bijlage A.')

  d.bijlage('A', 'Werkingsgebieden', '<h2 class="bijl">Bijlage A – Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [`${i + 1}`, g.naam, gidCell(g.identificatie, true)], 'gio', ['8%', '34%', '58%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const std = `@top-left { content: "Omgevingsvisie Sluis 2040 · Krachtig verbonden"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} }`
  const spec: DocSpec = {
    id: 'h130',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Sluis (Visiedocument "Krachtig verbonden 2021": een visie op hoofdlijnen voor het ruimtelijk-economisch en sociaal-maatschappelijk beleid, hoofdstukken "Hoofdstuk 1: Ruimte en beheer" en "Hoofdstuk 2: Economie", paragrafen als Kernenbeleid, Cultureel erfgoed, Duurzaamheid en energietransitie, Verblijfsrecreatie; de Zeeuwse Kustvisie; het gebiedsplan Natuurlijk Vitaal; samenwerking met Knokke-Heist en Damme), hier als omgevingsvisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, hoofdstukken "Hoofdstuk 1:" … "Hoofdstuk 5:", paragrafen "1.1." MET SLOTPUNT en een aantal titels met een VRAAGTEKEN, een derde niveau "2.1.1.", geen inhoudsopgave, kopregel "Omgevingsvisie Sluis 2040 · Krachtig verbonden" links, voettekst "pagina n van m" rechts, lijsten "•" met "–" genest en "a.", een tabel, "besluit:" met Artikel I–III (de derde noemt de datum) en de ONDERTEKENING IN EEN TABEL VAN TWEE KOLOMMEN, visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage A" direct na de visie, VERDEELD OVER TWEE BLADZIJDEN (holdout)',
    bevoegdGezag: 'gm1714',
    naam: 'Gemeente Sluis',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Sluis tot vaststelling van de Omgevingsvisie Sluis 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Sluis 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-sluis-2040', regeling: 'omgevingsvisie-sluis-2040', doel: 'omgevingsvisie-sluis-2040' },
      datums: { vaststelling: '2027-12-16', ondertekening: '2027-12-16', bekendmaking: '2027-12-23', inwerkingtreding: '2028-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1714',
      oin: '00000001000000017140',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [20000, 372000] },
    meubilair: ['^Omgevingsvisie Sluis 2040 · Krachtig verbonden$', '^pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Sluis 2040',
    css: `
@page { size: A4; margin: 22mm 22mm 22mm 25mm; }
@page std { ${std} }
body { font: 10pt/1.45 'Liberation Serif', serif; color: #1e1e1e; }
p { margin: 0 0 2.4mm; }
.gem { font: 8pt 'Liberation Sans'; color: #666; letter-spacing: 0.3pt; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font: bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 85mm; break-after: page; }
.titel .t0 { font: 9pt 'Liberation Sans'; color: #666; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #0b5394; margin: 5mm 0 3mm; }
.titel .t2 { font: 14pt 'Liberation Sans'; color: #3d85c6; }
h1 { font: bold 18pt 'Liberation Sans'; color: #0b5394; margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #3d85c6; }
h2 { font: bold 12pt 'Liberation Sans'; color: #0b5394; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font: 8.5pt 'Liberation Sans'; margin: 2mm 0 4mm; }
table.tbl th { background: #0b5394; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 12pt 'Liberation Sans'; color: #0b5394; margin-top: 6mm; }
table.gio { width: 100%; font: 9pt 'Liberation Sans'; }
table.gio th { border-bottom: 1.2pt solid #0b5394; text-align: left; padding: 1.4mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.4mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

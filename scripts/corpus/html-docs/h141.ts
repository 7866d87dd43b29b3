/**
 * h141 — gemeente Borger-Odoorn (gm1681), holdout (session 12): a plattelandsgemeente of about 25.000 inwoners in
 * south-east Drenthe, with the Hondsrug (UNESCO Global Geopark) and its hunebedden, the Hunzedal, the Veenkoloniën
 * with the Monden (Exloërmond, Tweede Exloërmond, Valthermond, Nieuw-Buinen) and the esdorpen Borger, Odoorn,
 * Exloo, Valthe. Content after the public texts of Borger-Odoorn (the Nota van Uitgangspunten for its Omgevingsvisie
 * and Toekomstvisie: five centrale uitgangspunten; Cittaslow since 2010, with the kernwaarden kwaliteit van leven,
 * sociale cohesie, waardevolle landschappen en biodiversiteit, traditie en innovatie, and duurzaamheid, translated
 * into handelingsprincipes — "De oplossingen van Borger-Odoorn zijn duurzaam en toekomstbestendig; passen bij de
 * aard en schaal, waarbij kwaliteit gaat voor kwantiteit en snelheid; …"), here as the omgevingsvisie of 2027 in
 * three parts (a form common in gemeentelijke visies: koers, thema's, gebieden), shortened and partly in our own
 * words. Layout: A4 in Liberation Sans 10 pt; PARTS "Deel A – Koers", "Deel B – Thema's", "Deel C – Gebieden"
 * (level 1, nummer "A"/"B"/"C") with chapters numbered through "1" … "8" under them (level 2) and sections "1.1"
 * (level 3); a table of contents; header "Omgevingsvisie Borger-Odoorn | Cittaslow-gemeente" right, footer
 * "pagina n" right; lists "•" with "◦" and "a)"; a table; raadsbesluit "Artikel 1 Vaststelling" … "Artikel 3
 * Inwerkingtreding" (number and title without a dot) with THE GIO LIST INSIDE ARTIKEL 2 AS A DEFINITION LIST (naam
 * on one line, the identifier indented below); no GIO bijlage.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1681/2027/${slug}/nld@2027-10-28;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Borger-Odoorn', 'gemeente-borger-odoorn', [0, 0], 9),
  gio('Hondsrug', 'hondsrug', [-3, 2], 3),
  gio('Hunzedal', 'hunzedal', [1, 3], 2),
  gio('Veenkoloniën en de Monden', 'veenkolonien-monden', [5, -2], 4),
  gio('Zoekgebied zonneparken', 'zoekgebied-zonneparken', [7, -5], 1.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Koers'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Een visie voor de hele gemeente'],
  [3, '1.2', 'Opbouw van deze visie'],
  [2, '2', 'Waar we voor staan'],
  [3, '2.1', 'Cittaslow-gemeente'],
  [3, '2.2', 'Kernwaarden'],
  [3, '2.3', 'Handelingsprincipes'],
  [1, 'B', 'Thema’s'],
  [2, '3', 'Wonen en leefbaarheid'],
  [3, '3.1', 'Woningbouw'],
  [3, '3.2', 'Voorzieningen in de dorpen'],
  [2, '4', 'Landschap, natuur en erfgoed'],
  [3, '4.1', 'Geopark De Hondsrug'],
  [3, '4.2', 'Biodiversiteit'],
  [2, '5', 'Werken en recreëren'],
  [2, '6', 'Energie en klimaat'],
  [3, '6.1', 'Zon en wind'],
  [3, '6.2', 'Water en droogte'],
  [1, 'C', 'Gebieden'],
  [2, '7', 'De Hondsrug en het Hunzedal'],
  [3, '7.1', 'Esdorpen'],
  [3, '7.2', 'Hunzedal'],
  [2, '8', 'De Veenkoloniën'],
  [3, '8.1', 'De Monden'],
  [3, '8.2', 'Het open veenkoloniale landschap'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel">Deel ${k.nummer} – ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2 class="hfd"><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}</span>${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '◦' }]
const letter: Marker[] = [{ counter: 'a', suffix: ')' }, { glyph: '◦' }]
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">GEMEENTERAAD BORGER-ODOORN · raadsbesluit nr. 2027-0873</p>
<p class="ttl">Besluit van de raad van de gemeente Borger-Odoorn tot vaststelling van de Omgevingsvisie Borger-Odoorn</p>
<p>De raad van de gemeente Borger-Odoorn;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 21 september 2027, nr. 2027-0873;</p>
<p>gelet op artikel 3.1, eerste lid, en artikel 16.27 van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Omgevingsvisie Borger-Odoorn, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2 Werkingsgebieden</p>
<p>De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de volgende geografische informatieobjecten:</p>
<dl class="gios">${GIOS.map((g) => `<dt>${esc(g.naam)}</dt><dd>${esc(g.identificatie)}</dd>`).join('')}</dl>
<p class="art">Artikel 3 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 januari 2028. Met ingang van die datum vervalt de Structuurvisie Borger-Odoorn.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Borger-Odoorn op 28 oktober 2027.</p>
${handtekeningen(['de griffier,', 'H.J. Hoving'], ['de voorzitter,', 'drs. J.G. Seinen'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Borger-Odoorn</p>
<p class="t2">Koers · Thema’s · Gebieden</p>
<p class="t3">vastgesteld door de gemeenteraad op 28 oktober 2027</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) =>
    n === 1 ? [`Deel ${nr}`, t, `Deel ${nr} – ${t}`, 1] : [nr, t, `${nr} ${t}`, 2],
  )
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  k('A')
  k('1')
  d.p('Deze omgevingsvisie beschrijft hoe wij de fysieke leefomgeving van Borger-Odoorn willen behouden, gebruiken en ontwikkelen. Zij bouwt voort op de Nota van Uitgangspunten en op de gesprekken met inwoners, partners en andere betrokkenen.')
  k('1.1')
  d.p('De visie geldt voor het hele grondgebied: de Hondsrug, het Hunzedal en de Veenkoloniën, met hun esdorpen, wegdorpen en de Monden.')
  k('1.2')
  d.p('De omgevingsvisie bestaat uit drie delen:')
  d.list(['Koers: wie wij zijn en hoe wij keuzes maken;', 'Thema’s: het beleid per onderwerp voor de hele gemeente;', 'Gebieden: de ambities per deelgebied.'], punt)
  k('2')
  k('2.1')
  d.p('Borger-Odoorn bleek in veel opzichten te passen bij Cittaslow en kreeg in 2010 het keurmerk. Cittaslow richt zich op de mens in een duurzame omgeving.')
  k('2.2')
  d.p('Onze kernwaarden zijn:')
  d.list(['kwaliteit van leven;', 'sociale cohesie;', 'waardevolle landschappen en biodiversiteit;', 'traditie en innovatie;', 'duurzaamheid.'], punt)
  k('2.3')
  d.p('Van zeggen naar doen: wij vertalen de kernwaarden in handelingsprincipes. De oplossingen van Borger-Odoorn:')
  d.list(['zijn duurzaam en toekomstbestendig;', 'passen bij de aard en schaal, waarbij kwaliteit gaat voor kwantiteit en snelheid;', { text: 'hebben oog voor de omgeving:', sub: ['voor het landschap en het erfgoed;', 'voor de mensen die er wonen.'] }], letter)
  k('B')
  k('3')
  k('3.1')
  d.p('Tot 2035 bouwen wij ongeveer 1.200 woningen:')
  d.table(['Gebied', 'Woningen tot 2030', 'Woningen 2030–2035'], [
    ['Borger en Exloo', '350', '200'],
    ['Odoorn en Valthe', '120', '80'],
    ['De Monden', '250', '150'],
    ['Nieuw-Buinen', '30', '20'],
  ], 'tbl', ['50%', '25%', '25%'])
  k('3.2')
  d.p('Scholen, dorpshuizen en sportvelden houden wij zo veel mogelijk in de dorpen. Waar dat niet kan, zorgen wij voor goede bereikbaarheid.')
  k('4')
  k('4.1')
  d.p('De Hondsrug is erkend als UNESCO Global Geopark. De hunebedden, de essen en de groengebieden maken dat landschap beleefbaar.')
  k('4.2')
  d.p('Bermen, houtwallen en het Valtherbos zijn de dragers van de biodiversiteit in onze gemeente.')
  k('5')
  d.p('Recreatie en toerisme horen bij onze economie. Wij zetten in op rust, natuur en kleinschaligheid, passend bij Cittaslow.')
  k('6')
  k('6.1')
  d.p('Zon op daken gaat voor zon op land. Zonneparken passen wij in in het veenkoloniale landschap, niet op de Hondsrug.')
  k('6.2')
  d.p('Met het waterschap Hunze en Aa’s houden wij water vast in het Hunzedal en in de Veenkoloniën.')
  k('C')
  k('7')
  k('7.1')
  d.p('De esdorpen Borger, Odoorn, Exloo en Valthe houden hun brinken, essen en groene randen.')
  k('7.2')
  d.p('Het Hunzedal krijgt meer ruimte voor water en natuur; de beek mag weer meanderen.')
  k('8')
  k('8.1')
  d.p('In de Monden versterken wij de lintbebouwing langs de monden en wijken en verbeteren wij de woningvoorraad.')
  k('8.2')
  d.p('Het open landschap met lange linten en kanalen blijft herkenbaar. Nieuwe functies volgen de richting van de ontginning.')

  const ft = "font: 8pt 'Liberation Sans'; color: #444;"
  const std = `@top-right { content: "Omgevingsvisie Borger-Odoorn | Cittaslow-gemeente"; ${ft} } @bottom-right { content: "pagina " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h141',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Borger-Odoorn (de Nota van Uitgangspunten voor haar Omgevingsvisie en Toekomstvisie: vijf centrale uitgangspunten; Cittaslow sinds 2010 met de kernwaarden kwaliteit van leven, sociale cohesie, waardevolle landschappen en biodiversiteit, traditie en innovatie, duurzaamheid, vertaald in handelingsprincipes), hier als omgevingsvisie van 2027 in drie delen, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, delen "Deel A – Koers", "Deel B – Thema\'s", "Deel C – Gebieden" (niveau 1) met doorlopend genummerde hoofdstukken "1" … "8" (niveau 2) en paragrafen "1.1" (niveau 3), inhoudsopgave, kopregel "Omgevingsvisie Borger-Odoorn | Cittaslow-gemeente" rechts, voettekst "pagina n" rechts, lijsten "•" met "◦" en "a)", een tabel, raadsbesluit met "Artikel 1 Vaststelling" … "Artikel 3 Inwerkingtreding" en de GIO-lijst in Artikel 2 als definitielijst (naam op een regel, identificatie ingesprongen eronder), geen GIO-bijlage (holdout)',
    bevoegdGezag: 'gm1681',
    naam: 'Gemeente Borger-Odoorn',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Borger-Odoorn tot vaststelling van de Omgevingsvisie Borger-Odoorn',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Borger-Odoorn',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-borger-odoorn', regeling: 'omgevingsvisie-borger-odoorn', doel: 'omgevingsvisie-borger-odoorn' },
      datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-04', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1681',
      oin: '00000001000000016810',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [255000, 545000] },
    meubilair: ['^Omgevingsvisie Borger-Odoorn \\| Cittaslow-gemeente$', '^pagina \\d+$'],
    title: 'Omgevingsvisie Borger-Odoorn',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 20mm 22mm 24mm; }
@page std { ${std} }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.3mm; }
.gem { font: 8pt 'Liberation Sans'; letter-spacing: 0.5pt; color: #666; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
dl.gios { margin: 1mm 0 2mm; }
dl.gios dt { margin-top: 1.2mm; }
dl.gios dd { margin: 0 0 0 10mm; font: 9pt 'DejaVu Sans Mono'; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 90mm; break-after: page; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #2E6B30; margin: 0 0 3mm; }
.titel .t2 { font: 13pt 'Liberation Sans'; }
.titel .t3 { font: 9pt 'Liberation Sans'; color: #666; margin-top: 8mm; }
.tockop { font: bold 14pt 'Liberation Sans'; margin-bottom: 4mm; }
${TOC_CSS}
h1.deel { break-before: page; font: bold 22pt 'Liberation Sans'; color: #fff; background: #2E6B30; padding: 4mm 5mm; margin: 0 0 8mm; }
h2.hfd { font: bold 15pt 'Liberation Sans'; color: #2E6B30; margin: 7mm 0 3mm; break-after: avoid; }
h2 .n, h3 .n { display: inline-block; min-width: 11mm; }
h3 { font: bold 11pt 'Liberation Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
div.lst { margin: 0 0 2.3mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { background: #DCEBDC; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
`,
  }
  return { spec, doc: d }
}

/**
 * h117 — gemeente Zeewolde (gm0050), holdout (session 12): a gemeente in Flevoland of about 23.000 inwoners (the
 * youngest gemeente of the Netherlands, 1984; the dorp Zeewolde on the Wolderwijd, the Horsterwold, the randmeren,
 * farmland in the polder and large datacenter and solar plans). Content after the public texts on the Omgevingsvisie
 * Zeewolde "In Zeewolde maak je toekomst" (ontwerp ter inzage from 2 juni 2021; the Toekomstvisie 2040 of 20 februari
 * 2020 — wonen in een mooie omgeving met het bos, het strand en het water dichtbij, a dorp for jong en oud, a levendig
 * centrum, innovative vervoer, ruimte voor ondernemen and for duurzame energie —; kernwaarden rust, ruimte, recreatie,
 * duurzaamheid and het dorpse karakter; the parts Waarden, Speerpunten (11, with a visiekaart) and a waardenkaart; an
 * "Ik heb een idee" stappenplan; adopted in december 2023), here as a revised visie of 2027, shortened and partly in
 * our own words. Layout: A4 with the visie in TWO COLUMNS THROUGHOUT (headings inside the columns); chapter numbers
 * "1" … "5" in a COLOURED BOX LEFT OF THE TITLE, each chapter on a new page, sections "1.1", a third level "2.3.1";
 * a RUNNING HEADER REPEATING THE CHAPTER TITLE ("Omgevingsvisie Zeewolde — Waarden"), footer with the page number
 * centred; a FULL-PAGE MAP with only a caption ("Kaart 1 Waardenkaart") between chapters 2 and 3; no table of contents;
 * lists "•" and "✓"; a table; "besluit:" with Artikel 1–3 with titles on their own line (the second withdraws the
 * visie of 2023, the third names the date); visie as "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0050', '2027', '2027-12-16', '1')
const GIOS = [
  gio('Gemeente Zeewolde', 'gemeente-zeewolde', [0, 0], 7),
  gio('Horsterwold', 'horsterwold', [-3, -3], 2.5),
  gio('Randmeerkust Wolderwijd', 'randmeerkust-wolderwijd', [-6, -1], 1.5),
  gio('Dorpscentrum Zeewolde', 'dorpscentrum-zeewolde', [-5, 0.5], 0.4),
]

const HOOFDSTUKKEN = ['Inleiding', 'Waarden', 'Speerpunten', 'Ik heb een idee', 'Uitvoering']

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="box">${k.nummer}</span><span class="ht">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Zeewolde · raadsvoorstel 2027-00871</p>
<p class="ttl">Besluit van de raad van de gemeente Zeewolde tot vaststelling van de Omgevingsvisie Zeewolde</p>
<p>De raad van de gemeente Zeewolde;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p class="at">Vaststelling</p>
<p>De Omgevingsvisie Zeewolde, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel 2</p>
<p class="at">Intrekking</p>
<p>De Omgevingsvisie Zeewolde, vastgesteld op 14 december 2023, wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p class="at">Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 februari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Zeewolde van 16 december 2027.</p>
${handtekeningen(['de griffier,', 'mr. H.W. Jonkman'], ['de voorzitter,', 'G.J. Gorter'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-00871</p>
<p class="t1">Omgevingsvisie Zeewolde</p>
<p class="t2">In Zeewolde maak je toekomst</p>
</div>`)

  d.enter('visie')
  d.page('h1')
  d.raw('<div class="cols">')
  d.kop(1, '1', HOOFDSTUKKEN[0]!)
  d.p('De Omgevingsvisie is een visie op hoofdlijnen over de toekomst van de fysieke leefomgeving van de héle gemeente. Zij gaat over wonen, werken, recreëren en ondernemen, maar ook over een gezond en veilig leefklimaat.')
  d.kop(2, '1.1', 'Wat is de Omgevingsvisie?')
  d.p('De visie bevat een beschrijving van de kwaliteit van de fysieke leefomgeving in het onderdeel Waarden, en de hoofdlijnen van het beleid in het onderdeel Speerpunten.')
  d.p('De visie houdt rekening met het voorzorgsbeginsel, het beginsel van preventief handelen, het beginsel dat milieuaantastingen bij voorrang aan de bron worden bestreden en het beginsel dat de vervuiler betaalt.')
  d.kop(2, '1.2', 'Van Toekomstvisie naar Omgevingsvisie')
  d.p('In de Toekomstvisie van 20 februari 2020 schetsten inwoners het perspectief voor 2040:')
  d.list(['wonen in een mooie omgeving, met het bos, het strand en het water dichtbij;', 'een dorp dat geschikt is voor jong en oud, met voldoende woningen en voorzieningen;', 'een levendig centrum dat uitnodigt tot ontmoeting;', 'innovatieve vormen van vervoer;', 'ruimte voor ondernemen en voor duurzame energie.'], punt)
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft onze waarden, hoofdstuk 3 de speerpunten. Hoofdstuk 4 legt uit hoe u een idee indient; hoofdstuk 5 gaat over de uitvoering.')
  d.raw('</div>')

  d.page('h2')
  d.raw('<div class="cols">')
  d.kop(1, '2', HOOFDSTUKKEN[1]!)
  d.p('Inwoners willen de eigenheid van Zeewolde behouden, én Zeewolde moet zich blijven ontwikkelen. Samen met hen bepaalden wij de kernwaarden: rust, ruimte, recreatie, duurzaamheid en het dorpse karakter.')
  d.kop(2, '2.1', 'Rust en ruimte')
  d.p('De ruimte van de polder, de lange lijnen en de donkere nachten zijn kwaliteiten die wij beschermen.')
  d.kop(2, '2.2', 'Het dorpse karakter')
  d.p('Zeewolde is en blijft een dorp: groen, overzichtelijk en met voorzieningen dichtbij.')
  d.kop(2, '2.3', 'Bos, water en polder')
  d.kop(3, '2.3.1', 'Het Horsterwold')
  d.p('Het Horsterwold is het grootste aaneengesloten loofbos van West-Europa. Het bos is een plek voor natuur en voor stille recreatie.')
  d.kop(3, '2.3.2', 'De randmeren')
  d.p('Het Wolderwijd en het Nuldernauw geven Zeewolde zijn stranden en jachthavens.')
  d.kop(3, '2.3.3', 'Het agrarisch gebied')
  d.p('De grootschalige landbouw op de vruchtbare kleigrond bepaalt het beeld van het buitengebied.')
  d.kop(2, '2.4', 'De waardenkaart')
  d.p('De waardenkaart op de volgende bladzijde laat zien waar deze waarden liggen. Wie een plan heeft, toetst het aan de kaart.')
  d.raw('</div>')

  d.page('kaart').raw(`
<div class="kaart">
<div class="map"><div class="m1"></div><div class="m2"></div><div class="m3"></div><div class="m4"></div></div>
<p class="cap">Kaart 1 Waardenkaart Zeewolde</p>
</div>`)

  d.page('h3')
  d.raw('<div class="cols">')
  d.kop(1, '3', HOOFDSTUKKEN[2]!)
  d.p('De Omgevingsvisie richt zich op elf speerpunten. Zij laten zien waar wij ons de komende jaren op richten, samen met onze inwoners, organisaties, de regio en andere partners.')
  d.kop(2, '3.1', 'Klimaat, duurzaamheid, landschap en natuur')
  d.kop(3, '3.1.1', 'Klimaatbestendig en groen')
  d.p('Onze leefomgeving is zoveel mogelijk klimaatbestendig, groen en biodivers.')
  d.kop(3, '3.1.2', 'Energieneutraal')
  d.p('Wij zijn een duurzame gemeente en streven naar energieneutraliteit. Zonneparken en windturbines passen in de lijnen van de polder.')
  d.kop(2, '3.2', 'Milieu, veiligheid en gezondheid')
  d.p('Wij zorgen met elkaar voor een veilige, schone en gezonde leefomgeving. De inrichting van de buitenruimte stimuleert ontmoeting en een gezonde leefstijl.')
  d.kop(2, '3.3', 'Wonen')
  d.p('Wij hebben een divers woningaanbod, betaalbaar voor verschillende doelgroepen:')
  d.table(['Doelgroep', 'Tot 2030', 'Tot 2040'], [
    ['Starters', '450', '900'],
    ['Gezinnen', '600', '1.100'],
    ['Senioren', '350', '800'],
  ], 'tbl', ['50%', '25%', '25%'])
  d.kop(2, '3.4', 'Zorg en welzijn')
  d.p('Er zijn voldoende toegankelijke en bereikbare zorg- en welzijnsvoorzieningen, dicht bij huis.')
  d.kop(2, '3.5', 'Ondernemen')
  d.p('Er is ruimte voor ondernemen op diverse plekken: op de bedrijventerreinen Trekkersveld, in het centrum en op het erf.')
  d.kop(2, '3.6', 'Bereikbaarheid')
  d.p('Zeewolde is ook ’s avonds en in het weekend bereikbaar, met innovatieve vormen van vervoer.')
  d.kop(2, '3.7', 'Recreatie en toerisme')
  d.p('Het bos, het strand en het water maken Zeewolde aantrekkelijk voor bezoekers. Wij versterken de recreatieve routes langs de randmeren.')
  d.raw('</div>')

  d.page('h4')
  d.raw('<div class="cols">')
  d.kop(1, '4', HOOFDSTUKKEN[3]!)
  d.p('Wij, als gemeente, kunnen deze visie niet alleen waarmaken. Wij nodigen u uit tot initiatieven.')
  d.kop(2, '4.1', 'Het stappenplan')
  d.p('Een goed idee past bij de waarden en speerpunten. Controleer of uw idee:')
  d.list(['past bij de waardenkaart;', 'bijdraagt aan een of meer speerpunten;', 'besproken is met de buren en de omgeving;', 'haalbaar is in tijd en geld.'], vink)
  d.kop(2, '4.2', 'De rol van de gemeente')
  d.p('Wij denken mee in een vroeg stadium en geven aan welke onderzoeken nodig zijn.')
  d.raw('</div>')

  d.page('h5')
  d.raw('<div class="cols">')
  d.kop(1, '5', HOOFDSTUKKEN[4]!)
  d.kop(2, '5.1', 'Programma’s en omgevingsplan')
  d.p('De speerpunten werken wij uit in programma’s en in het omgevingsplan voor heel Zeewolde.')
  d.kop(2, '5.2', 'Monitoring')
  d.p('Wij actualiseren de visie elke vijf jaar en rapporteren tussentijds aan de raad.')
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 – Werkingsgebieden</h2>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['28%', '72%'])

  const ft = "font: 8pt 'DejaVu Sans'; color: #006B8F;"
  const page = (t: string) => `@top-right { content: "Omgevingsvisie Zeewolde — ${t}"; ${ft} } @bottom-center { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h117',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Zeewolde "In Zeewolde maak je toekomst" (ontwerp ter inzage vanaf 2 juni 2021; de Toekomstvisie 2040 van 20 februari 2020; kernwaarden rust, ruimte, recreatie, duurzaamheid en het dorpse karakter; de onderdelen Waarden en Speerpunten (11, met een visiekaart) en een waardenkaart; het stappenplan "Ik heb een idee"; vastgesteld in december 2023), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 met de visie DOORLOPEND IN TWEE KOLOMMEN (koppen in de kolommen), hoofdstuknummers "1" … "5" in een GEKLEURD VAK LINKS VAN DE TITEL, elk hoofdstuk op een nieuwe bladzijde, paragrafen "1.1", een derde niveau "2.3.1", een KOPREGEL DIE DE HOOFDSTUKTITEL HERHAALT ("Omgevingsvisie Zeewolde — Waarden"), paginanummer gecentreerd onderaan, een KAART OVER EEN HELE BLADZIJDE met alleen een onderschrift ("Kaart 1 Waardenkaart Zeewolde") tussen hoofdstuk 2 en 3, geen inhoudsopgave, lijsten "•" en "✓", een tabel, "besluit:" met Artikel 1–3 met titels op een eigen regel (intrekking van de visie van 2023, een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0050',
    naam: 'Gemeente Zeewolde',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zeewolde tot vaststelling van de Omgevingsvisie Zeewolde',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Zeewolde',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-zeewolde-2027', regeling: 'omgevingsvisie-zeewolde', doel: 'omgevingsvisie-zeewolde-2027' },
      datums: { vaststelling: '2027-12-16', ondertekening: '2027-12-16', bekendmaking: '2027-12-23', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0050',
      oin: '00000001000000050000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [160000, 477000] },
    meubilair: [`^Omgevingsvisie Zeewolde — (${[...HOOFDSTUKKEN, 'Waardenkaart', 'Bijlage 2'].join('|')})$`, '^\\d{1,2}$'],
    title: 'Omgevingsvisie Zeewolde',
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
${HOOFDSTUKKEN.map((h, i) => `@page h${i + 1} { ${page(h)} }`).join('\n')}
@page kaart { ${page('Waardenkaart')} }
@page bijl { ${page('Bijlage 2')} }
body { font: 9.5pt/1.45 'DejaVu Sans', sans-serif; color: #1d1d1d; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #006B8F; }
.ttl { font: bold 14pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 0; }
.at { font-style: italic; margin: 0 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 28pt 'DejaVu Sans'; color: #006B8F; margin: 5mm 0 3mm; }
.titel .t2 { font: 15pt 'DejaVu Sans'; color: #7AB800; }
.cols { column-count: 2; column-gap: 9mm; }
h1 { display: flex; align-items: center; font: bold 17pt 'DejaVu Sans'; color: #006B8F; margin: 0 0 5mm; break-after: avoid; }
h1 .box { display: inline-block; background: #7AB800; color: #fff; width: 12mm; height: 12mm; line-height: 12mm; text-align: center; margin-right: 4mm; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #006B8F; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 1mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { background: #006B8F; color: #fff; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.kaart { height: 245mm; display: flex; flex-direction: column; }
.map { position: relative; flex: 1 1 auto; background: #EAF3DA; border: 0.6pt solid #999; }
.map div { position: absolute; border-radius: 40%; }
.m1 { left: 8%; top: 10%; width: 40%; height: 35%; background: #9CC66B; }
.m2 { left: 55%; top: 20%; width: 30%; height: 50%; background: #F3D97A; }
.m3 { left: 5%; top: 55%; width: 25%; height: 35%; background: #8ECAE6; }
.m4 { left: 35%; top: 60%; width: 12%; height: 12%; background: #E76F51; }
.cap { font: italic 9pt 'DejaVu Sans'; margin-top: 3mm; }
h2.bijl { font: bold 15pt 'DejaVu Sans'; color: #006B8F; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { border-bottom: 1.2pt solid #006B8F; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * h158 — gemeente Etten-Leur (gm0777), holdout (session 13): the West-Brabantse gemeente of some 45.000 inwoners
 * between Breda and Roosendaal, with the centrum, the wijken Schoenmakershoek and Banakkers, the Oostpoort on the
 * Bredaseweg, the bedrijventerreinen Vosdonk and Attractiepark and the A58. Content after the public texts on the
 * Omgevingsvisie "Etten-Leur doet het gewoon!" (vastgesteld unaniem 11 juli 2022: the Toekomstvisie as leidraad,
 * the accent on the bestaande voorraad of woningen, werklocaties and voorzieningen after sixty years of growth,
 * the centrumgebied, woongebieden, werklocaties and buitengebied, the Stedelijk uitloopgebied north of the
 * Goorstraat, transformation of offices in the Oostpoort, new woongebieden "in goede samenspraak met het waterschap
 * en de provincie", "Sámen maken wij Etten-Leur zo weer een beetje beter, mooier en duurzamer"), here as a herziene
 * visie of 2028, partly in our own words. Layout: A4, DejaVu Serif 9.5 pt body with a 48 mm LEFT MARGIN COLUMN holding
 * MARGIN NOTES and PULL QUOTES beside the text; chapters as "Hoofdstuk 1" on a line above the title, each on a new
 * page, sections "1.1", a third level "3.2.1"; no table of contents; the chapter ("Hoofdstuk 3 · Wonen") in the
 * header of ODD pages only; footer "n | Omgevingsvisie Etten-Leur"; TWO-COLUMN body text in chapter 4 only; photo
 * captions "Foto: …" under image boxes between paragraphs; lists "•" and "a."; a table; raadsbesluit with Artikel
 * I–III; GIO table Nr. | Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0777', '2028', '2028-07-10', '1')
const GIOS = [
  { ...gio('Gemeente Etten-Leur', 'gemeente-etten-leur', [0, 0], 4), toel: 'hele grondgebied, alle hoofdstukken' },
  { ...gio('Centrumgebied Etten-Leur', 'centrumgebied', [0, 0.3], 0.6), toel: 'centrum, paragraaf 3.1' },
  { ...gio('Oostpoort Bredaseweg', 'oostpoort-bredaseweg', [1.5, -0.5], 0.5), toel: 'transformatie kantoren, paragraaf 3.3' },
  { ...gio('Stedelijk uitloopgebied Goorstraat', 'stedelijk-uitloopgebied-goorstraat', [0.5, 2], 0.8), toel: 'groen en recreatie, paragraaf 5.2' },
]

const CHAPTERS: Record<string, string> = {
  '1': 'Inleiding',
  '2': 'Etten-Leur in 2040',
  '3': 'Stedelijk gebied',
  '4': 'Buitengebied',
  '5': 'Gezond, groen en duurzaam',
  '6': 'Uitvoering',
}

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="lbl">Hoofdstuk ${k.nummer}</span>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const noot = (t: string) => d.raw(`<aside class="noot">${t}</aside>`)
  const quote = (t: string) => d.raw(`<aside class="quote">${t}</aside>`)
  const foto = (t: string) => d.raw(`<div class="img"></div><p class="cap">${t}</p>`)
  const ch = (n: string) => {
    d.page(`ch${n}`)
    d.kop(1, n, CHAPTERS[n] ?? '')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Etten-Leur · Raadsbesluit nr. 2028/41</p>
<p class="ttl">Besluit van de raad van de gemeente Etten-Leur tot vaststelling van de Omgevingsvisie Etten-Leur doet het gewoon! 2028</p>
<p>De raad van de gemeente Etten-Leur;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 30 mei 2028, nummer 2028/41;</p>
<p>gehoord de Raad luistert van 13 juni 2028 en de Raad debatteert van 27 juni 2028;</p>
<p>overwegende dat de ontwerp-omgevingsvisie met ingang van 10 februari 2028 zes weken ter inzage heeft gelegen, dat zienswijzen zijn ingediend en dat deze zijn beantwoord in de Nota van zienswijzen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Etten-Leur doet het gewoon! 2028 vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie ‘Etten-Leur doet het gewoon!’, vastgesteld op 11 juli 2022, in te trekken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 september 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 10 juli 2028.</p>
${handtekeningen(['de griffier,', 'mr. A.C. Snepvangers'], ['de voorzitter,', 'M.L. Hofman-Wagemakers'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Etten-Leur doet het gewoon!</p>
<p class="t2">Omgevingsvisie Etten-Leur · herziening 2028</p>
</div>`)

  d.enter('visie')
  ch('1')
  noot('Deze visie vervangt de omgevingsvisie van 11 juli 2022.')
  d.p('Hoe ziet Etten-Leur er in 2040 uit? Wat is er veranderd? In een periode van vijftien jaar kan er veel veranderen. In het jaar 2000 was de snelweg pas geopend en moesten wij nog beginnen aan de plannen voor het centrum. De wijk Schoenmakershoek bestond nog niet.')
  d.kop(2, '1.1', 'Wat is deze omgevingsvisie')
  d.p('In deze visie is al het beleid over bouwen, verkeer, wonen, milieu, natuur en water gebundeld in één document. De gemeenteraad legt er zijn ambities en beleidsdoelen voor de fysieke leefomgeving op de lange termijn in vast.')
  quote('“Sámen maken wij Etten-Leur zo weer een beetje beter, mooier en duurzamer.”')
  d.p('De visie is een kompas voor de keuzes in beleid en uitvoering in de komende tien tot twintig jaar. Zij creëert ruimte voor vernieuwing en initiatieven uit de samenleving.')
  d.kop(2, '1.2', 'Waarom een herziening')
  d.p('Sinds 2022 zijn de woningbouwopgave, de netcongestie en de opgaven voor water en bodem sterk veranderd. Deze herziening verwerkt die ontwikkelingen.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft de koers; de hoofdstukken 3 tot en met 5 de keuzes per gebied en thema; hoofdstuk 6 de uitvoering.')

  ch('2')
  d.p('De afgelopen zestig jaar lag het accent op groei. De gemeente zorgde voor nieuwe woonwijken en werklocaties. De komende jaren groeit Etten-Leur nog wel, maar ligt het accent op de bestaande voorraad woningen, werklocaties en voorzieningen.')
  noot('De Toekomstvisie Etten-Leur is de leidraad van deze omgevingsvisie.')
  d.kop(2, '2.1', 'Behouden wat goed is')
  d.p('Hoe houden wij wat wij hebben goed? Lukt het om met wat er is ruimte te bieden voor veranderingen? Dat is de eerste vraag bij elke ontwikkeling.')
  d.kop(2, '2.2', 'Veranderingen komen uit de samenleving')
  d.p('Er zijn steeds meer ouderen, met andere wensen voor wonen en recreëren. De technologische ontwikkelingen gaan snel en veranderen de manier van werken, winkelen en reizen.')
  foto('Foto: de Markt in het centrum van Etten-Leur')
  d.p('Wij sturen op vier hoofdlijnen:')
  d.list(['het centrumgebied als hart van de gemeente;', 'woongebieden die meegaan met de bewoners;', 'werklocaties die toekomstbestendig zijn;', { text: 'een buitengebied dat ruimte biedt aan:', sub: ['landbouw;', 'natuur en water;', 'recreatie.'] }], punt)
  d.kop(2, '2.3', 'Etten-Leur in de regio')
  d.p('Etten-Leur ligt tussen Breda en Roosendaal aan de A58 en het spoor. Wij werken samen in de regio West-Brabant.')

  ch('3')
  d.p('Het stedelijk gebied bestaat uit het centrumgebied, de woongebieden en de werklocaties.')
  d.kop(2, '3.1', 'Centrumgebied')
  noot('Zie ook het werkingsgebied Centrumgebied Etten-Leur.')
  d.p('Het centrum is compact en goed bereikbaar. Wij versterken de combinatie van winkelen, horeca, cultuur en wonen.')
  d.kop(2, '3.2', 'Woongebieden')
  d.p('De woongebieden zijn groen en rustig. Wij bouwen tot 2040 ongeveer 3.500 woningen, binnen de bestaande kern en in nieuwe woongebieden.')
  d.kop(3, '3.2.1', 'Nieuwe woongebieden')
  d.p('Nieuwe woongebieden ontwikkelen wij in goede samenspraak met het waterschap en de provincie, om tot gedragen oplossingen te komen.')
  d.kop(3, '3.2.2', 'Bestaande wijken')
  foto('Foto: nieuwbouw in de wijk Schoenmakershoek')
  d.p('In de wijken uit de jaren zeventig combineren wij onderhoud met verduurzaming en vergroening.')
  d.table(['Woongebied', 'Woningen tot 2040', 'Accent'], [
    ['Centrum en Oostpoort', '900', 'appartementen, transformatie'],
    ['Bestaande wijken', '600', 'inbreiding, levensloopbestendig'],
    ['Nieuwe woongebieden noord', '2.000', 'gemengd, grondgebonden'],
  ], 'tbl', ['40%', '25%', '35%'])
  d.kop(2, '3.3', 'Werklocaties')
  d.p('In de Oostpoort aan de Bredaseweg zijn mogelijkheden om verouderde kantoorpanden te transformeren ten behoeve van wonen. Vosdonk en Attractiepark blijven werklocaties.')

  ch('4')
  d.raw('<div class="twee">')
  d.p('Het buitengebied van Etten-Leur bestaat uit open akkers en weilanden in het noorden en een kleinschaliger landschap met bossen in het zuiden. De landbouw is de grootste gebruiker.')
  d.kop(2, '4.1', 'Landbouw')
  d.p('Wij bieden agrarische bedrijven ruimte om te innoveren en te verduurzamen. Voor stoppende bedrijven zoeken wij passende nieuwe functies.')
  d.kop(2, '4.2', 'Natuur en landschap')
  d.p('De beekdalen van de Leurse Haven en de Bisschopsmolenloop worden versterkt als groene en blauwe verbindingen.')
  d.kop(2, '4.3', 'Duurzame energie')
  d.p('Zonnevelden plaatsen wij bij voorkeur langs de A58 en op bedrijventerreinen; in open gebieden zijn zij niet toegestaan.')
  d.raw('</div>')

  ch('5')
  d.p('Etten-Leur heeft hoge ambities voor gezondheid, biodiversiteit en duurzaamheid.')
  quote('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten.')
  d.kop(2, '5.1', 'Klimaatadaptatie')
  d.p('Wij houden regenwater vast, planten bomen tegen hitte en maken schoolpleinen groen.')
  d.kop(2, '5.2', 'Stedelijk uitloopgebied')
  d.p('Het gebied ten noorden van de Goorstraat en ten zuiden van de randweg noord wordt een stedelijk uitloopgebied, met ruimte voor wandelen, spelen en natuur.')
  d.kop(2, '5.3', 'Cultuurhistorie')
  d.p('De cultuurhistorisch meest waardevolle gebieden en structuren, zoals de Leurse Haven, blijven herkenbaar.')

  ch('6')
  d.p('Nu de richting en doelen zijn bepaald, gaan wij aan de slag. Niet alles kan tegelijk.')
  d.kop(2, '6.1', 'Initiatieven')
  d.p('Inwoners kunnen hun eigen ideeën koppelen aan een maatschappelijk belang uit deze visie. Wij toetsen een initiatief aan drie vragen:')
  d.list(['past het bij de hoofdlijnen van deze visie?', 'draagt het bij aan een gezonde leefomgeving?', 'is het gesprek met de omgeving gevoerd?'], letter)
  d.kop(2, '6.2', 'Monitoring')
  d.p('Elke twee jaar rapporteren wij over de voortgang; de raad stelt de visie zo nodig bij.')

  d.page('bijl').bijlage('1', 'Geografische informatieobjecten', '<h1 class="bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie', 'Toelichting'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true), g.toel], 'gio', ['7%', '25%', '40%', '28%'])

  const ft = "font: 8pt 'DejaVu Sans'; color: #555;"
  const chPages = Object.entries(CHAPTERS)
    .map(
      ([n, t]) => `@page ch${n}:right { @top-right { content: "Hoofdstuk ${n} · ${t}"; ${ft} } }`,
    )
    .join('\n')
  const spec: DocSpec = {
    id: 'h158',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisie "Etten-Leur doet het gewoon!" (unaniem vastgesteld 11 juli 2022: de Toekomstvisie als leidraad, het accent op de bestaande voorraad na zestig jaar groei, centrumgebied, woongebieden, werklocaties en buitengebied, het Stedelijk uitloopgebied ten noorden van de Goorstraat, transformatie van kantoren in de Oostpoort, nieuwe woongebieden in samenspraak met waterschap en provincie, "Sámen maken wij Etten-Leur zo weer een beetje beter, mooier en duurzamer"), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4, DejaVu Serif 9,5 pt met een linker kantlijnkolom van 48 mm met kantlijnnotities en citaten naast de tekst, hoofdstukken als "Hoofdstuk 1" boven de titel op een nieuwe bladzijde, paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, het hoofdstuk in de kopregel alleen op rechterbladzijden, voettekst "n | Omgevingsvisie Etten-Leur", tweekoloms tekst alleen in hoofdstuk 4, fotobijschriften "Foto: …", lijsten "•" en "a.", een tabel, raadsbesluit met Artikel I–III, GIO-tabel Nr. | Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0777',
    naam: 'Gemeente Etten-Leur',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Etten-Leur tot vaststelling van de Omgevingsvisie Etten-Leur doet het gewoon! 2028',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-09-01',
    },
    visieOpschrift: 'Etten-Leur doet het gewoon!',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-etten-leur-2028', regeling: 'omgevingsvisie-etten-leur', doel: 'omgevingsvisie-etten-leur-2028' },
      datums: { vaststelling: '2028-07-10', ondertekening: '2028-07-10', bekendmaking: '2028-07-19', inwerkingtreding: '2028-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0777',
      oin: '00000001000000007770',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [103000, 398000] },
    meubilair: ['^Hoofdstuk \\d+ · ', '^\\d+ \\| Omgevingsvisie Etten-Leur$'],
    title: 'Omgevingsvisie Etten-Leur doet het gewoon! 2028',
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 18mm; @bottom-left { content: counter(page) " | Omgevingsvisie Etten-Leur"; ${ft} } }
@page besluit { @bottom-left { content: none; } }
@page titel { @bottom-left { content: none; } }
${chPages}
body { font: 9.5pt/1.5 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2.4mm; }
.pg { padding-left: 50mm; }
.pg[style*="besluit"], .pg[style*="titel"] { padding-left: 0; }
.gem { font: 8pt 'DejaVu Sans'; color: #666; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font: bold 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.titel { padding-top: 90mm; }
.titel .t1 { font: bold 28pt 'DejaVu Sans'; color: #00843D; margin: 0 0 4mm; }
.titel .t2 { font: 13pt 'DejaVu Sans'; color: #333; }
h1 { font: bold 20pt 'DejaVu Sans'; color: #00843D; margin: 0 0 6mm; }
h1 .lbl { display: block; font: 10pt 'DejaVu Sans'; color: #555; letter-spacing: 0.5pt; margin-bottom: 1mm; }
h2 { font: bold 11.5pt 'DejaVu Sans'; color: #00843D; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 14pt; }
aside.noot { float: left; clear: left; width: 42mm; margin-left: -50mm; font: italic 7.5pt/1.35 'DejaVu Sans'; color: #00843D; border-top: 0.6pt solid #00843D; padding-top: 1mm; }
aside.quote { float: left; clear: left; width: 44mm; margin-left: -50mm; font: bold 11pt/1.3 'DejaVu Serif'; color: #00843D; }
.img { height: 38mm; background: #D9E8DD; margin: 3mm 0 1mm; }
.cap { font: italic 7.5pt 'DejaVu Sans'; color: #555; margin-bottom: 4mm; }
.twee { columns: 2; column-gap: 7mm; }
.twee h2 { break-after: avoid; }
div.lst { margin: 0 0 2.4mm 1mm; }
table.tbl { width: 100%; font: 8.5pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
table.tbl th { background: #00843D; color: #fff; text-align: left; padding: 1mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm 1.5mm; }
.pg[style*="bijl"] { padding-left: 0; }
table.gio { width: 100%; font: 8pt 'DejaVu Sans'; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #00843D; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

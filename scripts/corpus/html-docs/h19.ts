/**
 * h19 — Provincie Groningen (pv20), holdout (session 5). Content after the omgevingsvisies of the provincie
 * Groningen (aardbevingen en versterking, Eemshaven, Waddenkust, wierden en maren, Oldambt, krimp en
 * leefbaarheid, energie), shortened and in our own words. Layout: "HOOFDSTUK 3" in capitals on a line of its own
 * with the title on the next line, sections "3.1", "3.1.1" and one "3.2.1.1" (four levels), a long section heading
 * that wraps, numbered list items that look like headings, ■-lists with a)-items, a table whose cells hold several
 * lines, the chapter title centred in the running header (a named page per chapter), footer "n | Omgevingsvisie
 * provincie Groningen", a Statenbesluit with "gelet op", "BESLUITEN:", Artikel I–II, "Aldus besloten in de
 * vergadering van Provinciale Staten …", two signature columns, "Bijlage I bij het Statenbesluit" as the bijlage
 * marker, and a GIO table of eleven objects with long readable identifiers breaking inside the cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('pv20', '2026', '2026-07-08', '1')
const GIOS: Gio[] = [
  gio('Aardbevingsgebied', 'aardbevingsgebied-groningenveld-versterkingsopgave', [5, 0], 15),
  gio('Eemshaven', 'eemshaven-energie-en-datacentra-haven-en-industriegebied', [10, 25], 3),
  gio('Chemiepark Delfzijl', 'chemiepark-delfzijl-oosterhorn-industrieterrein', [22, 14], 2),
  gio('Waddenkust', 'waddenkust-kwelders-en-buitendijks-gebied', [0, 30], 6),
  gio('Wierden- en maarlandschap', 'wierdenlandschap-middag-humsterland-maren', [-12, 18], 5),
  gio('Reitdiepdal', 'reitdiepdal-beekdal-en-natuurnetwerk', [-8, 10], 3),
  gio('Zuidlaardermeergebied', 'zuidlaardermeergebied-natura2000-en-waterberging', [8, -12], 3),
  gio('Oldambt en Blauwe Stad', 'oldambt-blauwe-stad-open-akkerbouwlandschap', [30, -5], 6),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie-eemshaven-delfzijl-n33', [18, 12], 8),
  gio('Natuurnetwerk Nederland Groningen', 'natuurnetwerk-nederland-provincie-groningen', [0, 0], 30),
  gio('Stedelijk netwerk Groningen-Assen', 'stedelijk-netwerk-regio-groningen-assen-verstedelijking', [-2, -2], 8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">HOOFDSTUK ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3><span class="n">${k.nummer}</span>${k.opschrift}</h3>`
        : `<h4><span class="n">${k.nummer}</span>${k.opschrift}</h4>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { counter: 'a', suffix: ')' }]
const kopachtig: Marker[] = [{ counter: '1', suffix: '.' }]

const HF: Array<[string, string, string]> = [
  ['1', 'Groningen in 2040', 'h1'],
  ['2', 'Veilig en gezond wonen', 'h2'],
  ['3', 'Energie, haven en economie', 'h3'],
  ['4', 'Landschap, natuur en water', 'h4'],
  ['5', 'Uitvoering', 'h5'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Provinciale Staten van Groningen</p>
<p class="nr">Statenbesluit nr. 2026-071 · 8 juli 2026</p>
<p class="ttl">Besluit van Provinciale Staten van Groningen van 8 juli 2026 tot vaststelling van de Omgevingsvisie provincie Groningen 2040</p>
<p>Provinciale Staten van Groningen,</p>
<p>gelezen de voordracht van Gedeputeerde Staten van Groningen van 12 mei 2026, nr. 2026-18.442;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p>gelet op het advies van de Statencommissie Omgeving en Milieu van 17 juni 2026;</p>
<p class="bs">BESLUITEN:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie provincie Groningen 2040, zoals opgenomen in bijlage I bij dit besluit, vast te stellen.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op 1 september 2026.</p>
<p class="aldus">Aldus besloten in de vergadering van Provinciale Staten van Groningen van 8 juli 2026.</p>
${handtekeningen(['voorzitter,', 'R. Paas'], ['griffier,', 'mr. drs. E.R. van der Meer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage I bij het Statenbesluit van 8 juli 2026, nr. 2026-071</p>
<p class="t1">Omgevingsvisie<br>provincie Groningen 2040</p>
<p class="t2">Groningen, een provincie om trots op te zijn</p>
</div>`)
  d.enter('visie')

  const T: Record<string, () => void> = {
    '1': () => d.p('Groningen is een provincie van contrasten: een stad die groeit en dorpen die krimpen, een zee die beschermd moet worden en een haven die uitbreidt, een ondergrond waaruit zestig jaar lang gas is gewonnen en een bevolking die daar de gevolgen van draagt.'),
    '1.1': () => {
      d.p('Deze visie maakt vier hoofdkeuzes. Ze zijn de kapstok voor de rest van de visie:')
      d.list(['Veiligheid en herstel gaan voor', 'Groningen levert de energie van de toekomst', 'Het landschap blijft herkenbaar', 'Stad en ommeland versterken elkaar'], kopachtig, 'lst kopachtig')
    },
    '1.2': () => d.p('De omgevingsvisie bindt Gedeputeerde Staten en Provinciale Staten. De regels staan in de omgevingsverordening; waar het Rijk regels stelt, zoals in het Besluit kwaliteit leefomgeving, herhalen we die niet. De begrippen uit Bijlage I bij het Besluit bouwwerken leefomgeving gebruiken we in dezelfde betekenis.'),
    '2.1': () => d.ps(
      'Door de gaswinning zijn tienduizenden gebouwen beschadigd. De versterking duurt langer dan iedereen wilde. Wij kiezen ervoor om versterking te combineren met verduurzaming en met de ruimtelijke kwaliteit van dorpen en wijken.',
      'Het Nationaal Programma Groningen en de middelen uit het kabinetsbesluit “Nij Begun” zetten we in voor een beter perspectief, juist in de dorpen waar de schade het grootst is.',
    ),
    '2.1.1': () => d.p('Bij sloop en nieuwbouw blijft het karakter van het dorp het uitgangspunt: de lintbebouwing, de wierde, de kerk in het midden.'),
    '2.2': () => {
      d.p('In Oost-Groningen en het Eemsdeltagebied neemt het aantal inwoners af. Wij werken met de gemeenten aan:')
      d.list([{ text: 'kwaliteit in plaats van kwantiteit:', sub: ['minder, maar betere woningen;', 'sloop van leegstaande panden.'] }, 'voorzieningen die bereikbaar blijven, ook zonder auto;', 'de leefbaarheid van de kleine kernen.'], blok)
    },
    '3.1': () => {
      d.p('De Eemshaven en Delfzijl groeien uit tot een knooppunt van groene waterstof, wind op zee en datacentra. De tabel geeft de belangrijkste opgaven.')
      d.table(
        ['Opgave', 'Gebied', 'Rol van de provincie'],
        [
          ['Aanlanding wind op zee', 'Eemshaven', 'ruimte reserveren<br>vergunningen afstemmen'],
          ['Groene waterstof', 'Eemshaven<br>Delfzijl', 'infrastructuur<br>buisleidingen en opslag'],
          ['Datacentra', 'Eemshaven', 'alleen met restwarmte<br>en eigen duurzame stroom'],
          ['Circulaire chemie', 'Chemiepark Delfzijl', 'milieuruimte bewaken'],
        ],
        'tbl',
        ['30%', '25%', '45%'],
      )
    },
    '3.2': () => {
      d.p('Op land bundelen we windturbines in de aangewezen zoekgebieden bij de Eemshaven, Delfzijl en langs de N33. Buiten die gebieden komen geen nieuwe windparken.')
      d.raw(`<div class="fig nobrk"><svg width="120mm" height="48mm" viewBox="0 0 240 96" xmlns="http://www.w3.org/2000/svg">
<path d="M4 30 L 60 8 L 150 6 L 236 20 L 230 90 L 120 92 L 10 84 Z" fill="#eef5f0" stroke="#2d6a4f" stroke-width="0.8"/>
<path d="M4 30 L 60 8 L 150 6 L 236 20" fill="none" stroke="#3b82c4" stroke-width="3"/>
<ellipse cx="150" cy="18" rx="18" ry="7" fill="#2d6a4f" opacity="0.55"/>
<ellipse cx="205" cy="42" rx="14" ry="9" fill="#2d6a4f" opacity="0.55"/>
<path d="M170 88 L 196 50" stroke="#2d6a4f" stroke-width="7" opacity="0.55"/>
<circle cx="95" cy="60" r="6" fill="none" stroke="#555" stroke-width="1.2"/>
</svg><p class="cap">Figuur 3.1 Zoekgebieden windenergie bij de Eemshaven, Delfzijl en langs de N33 (schematisch)</p></div>`)
    },
    '3.2.1': () => d.p('Voor zonneparken volgen wij de zonneladder. Op landbouwgrond staan we ze alleen toe als zij tijdelijk zijn en de bodem na afloop weer voor landbouw geschikt is.'),
    '3.2.1.1': () => d.p('Bij ieder zonnepark vragen wij om een landschappelijk inpassingsplan en om 50 procent lokaal eigendom.'),
    '3.3': () => d.p('De stad Groningen is de economische motor van Noord-Nederland, met de universiteit, de hogeschool en het UMCG. Wij ondersteunen de verbinding tussen stad en regio met het spoor naar Bremen en de Lelylijn.'),
    '4.1': () => d.ps(
      'De Waddenzee is werelderfgoed. Wij beschermen de openheid, de rust en de donkerte van de kust. Kwelders krijgen meer ruimte door dijken te verleggen waar dat kan.',
      'Het wierdenlandschap van Middag-Humsterland is een van de oudste cultuurlandschappen van Europa. De maren, wierden en kronkelende wegen blijven zichtbaar.',
    ),
    '4.2': () => d.p('Het Natuurnetwerk Nederland maken we af. In het Reitdiepdal en rond het Zuidlaardermeer combineren we natuur met waterberging.'),
    '4.3': () => d.p('Wij werken met de waterschappen Noorderzijlvest en Hunze en Aa’s aan het vasthouden van zoet water. De verzilting langs de kust vraagt om andere teelten.'),
    '5': () => d.p('Wij werken de visie uit in de omgevingsverordening, in programma’s en in gebiedsprocessen met gemeenten, waterschappen en inwoners. Iedere vier jaar bezien Provinciale Staten of de visie nog actueel is.'),
  }
  const secs: Record<string, Array<[string, string, number]>> = {
    '1': [['1.1', 'Vier hoofdkeuzes', 2], ['1.2', 'Status en doorwerking', 2]],
    '2': [['2.1', 'Versterken en herstellen', 2], ['2.1.1', 'Dorpen en wierden', 3], ['2.2', 'Leefbaarheid in de krimpgebieden van Oost-Groningen en de Eemsdelta', 2]],
    '3': [['3.1', 'Eemshaven en Delfzijl', 2], ['3.2', 'Energie op land', 2], ['3.2.1', 'Zon', 3], ['3.2.1.1', 'Inpassing en lokaal eigendom', 4], ['3.3', 'Stad en regio', 2]],
    '4': [['4.1', 'Waddenkust en wierdenland', 2], ['4.2', 'Natuur', 2], ['4.3', 'Water', 2]],
    '5': [],
  }
  for (const [n, t, page] of HF) {
    d.page(page)
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of secs[n] ?? []) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('A', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage A<br>Geometrische informatieobjecten</h1><p>De volgende geometrische informatieobjecten horen bij deze omgevingsvisie.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'], true)

  const hf = "font: 8pt 'DejaVu Sans Condensed'; color: #5a5a5a; letter-spacing: 0.6pt; text-transform: uppercase;"
  const ft = "font: 8.5pt 'DejaVu Sans Condensed'; color: #2d6a4f;"
  const foot = `@bottom-left { content: counter(page) " | Omgevingsvisie provincie Groningen"; ${ft} }`
  const hp = (name: string, titel: string): string => `@page ${name} { @top-center { content: "${titel}"; ${hf} } ${foot} }`
  const spec: DocSpec = {
    id: 'h19',
    set: 'dev',
    bron: 'Bewerkt naar de omgevingsvisies van de provincie Groningen (aardbevingen en versterking, Eemshaven en Delfzijl, Waddenkust, wierden en maren, Oldambt, krimp en leefbaarheid, energie), ingekort en in eigen woorden; eigen opmaak: DejaVu Sans Condensed 9,5 pt met DejaVu Serif-koppen, "HOOFDSTUK 3" op een eigen regel met de titel op de volgende regel, paragrafen "3.1" tot "3.2.1.1", lange kop over twee regels, genummerde lijstitems die op koppen lijken, ■-lijsten met a)-items, tabel met meerregelige cellen, hoofdstuktitel gecentreerd in de kopregel, voettekst "n | Omgevingsvisie provincie Groningen", Statenbesluit met "gelet op", "BESLUITEN:", Artikel I–II, "Aldus besloten in de vergadering van Provinciale Staten …", handtekeningen in twee kolommen, "Bijlage I bij het Statenbesluit", GIO-tabel van elf objecten met lange identificaties (holdout)',
    bevoegdGezag: 'pv20',
    naam: 'Provincie Groningen',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Groningen van 8 juli 2026 tot vaststelling van de Omgevingsvisie provincie Groningen 2040',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-09-01',
    },
    visieOpschrift: 'Omgevingsvisie provincie Groningen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-groningen-2040', regeling: 'omgevingsvisie-groningen-2040', doel: 'omgevingsvisie-groningen-2040' },
      datums: { vaststelling: '2026-07-08', ondertekening: '2026-07-08', bekendmaking: '2026-07-15', inwerkingtreding: '2026-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV20',
      oin: '00000001000000000200',
      achtergrondActualiteit: '2026-04-01',
    },
    geo: { origin: [238000, 580000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie provincie Groningen$'],
    title: 'Omgevingsvisie provincie Groningen 2040',
    css: `
@page { size: A4; margin: 26mm 22mm 24mm 30mm; }
${HF.map(([, t, p]) => hp(p, t)).join('\n')}
@page bijl { ${foot} }
body { font: 9.5pt/1.55 'DejaVu Sans Condensed', sans-serif; color: #1e1e1e; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 13pt 'DejaVu Serif'; color: #2d6a4f; }
.nr { font: 8.5pt 'DejaVu Sans Condensed'; color: #777; }
.ttl { font: bold 11.5pt 'DejaVu Serif'; margin: 5mm 0; }
.bs { margin: 5mm 0 3mm; font-weight: bold; letter-spacing: 0.5pt; }
.art { font: bold 10pt 'DejaVu Serif'; margin: 3mm 0 1mm; }
.aldus { margin-top: 6mm; }
.titel { padding-top: 40mm; break-after: page; }
.titel .bij { font: 9pt 'DejaVu Sans Condensed'; color: #777; margin-bottom: 60mm; }
.titel .t1 { font: bold 28pt/1.2 'DejaVu Serif'; color: #2d6a4f; }
.titel .t2 { font: italic 13pt 'DejaVu Serif'; }
.hfd { margin: 0 0 7mm; border-left: 4pt solid #2d6a4f; padding-left: 4mm; }
.hfd .hn { font: bold 9pt 'DejaVu Sans Condensed'; letter-spacing: 2.5pt; color: #2d6a4f; margin: 0; }
h1 { font: bold 19pt 'DejaVu Serif'; margin: 1mm 0 0; }
h2 { font: bold 11.5pt 'DejaVu Serif'; margin: 5mm 0 1.5mm; break-after: avoid; padding-left: 14mm; text-indent: -14mm; }
h3 { font: bold 10pt 'DejaVu Sans Condensed'; margin: 4mm 0 1mm; break-after: avoid; padding-left: 14mm; text-indent: -14mm; }
h4 { font: italic 10pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; padding-left: 14mm; text-indent: -14mm; }
h2 .n, h3 .n, h4 .n { display: inline-block; min-width: 14mm; text-indent: 0; color: #2d6a4f; }
.lst { margin: 0 0 3mm 2mm; }
.kopachtig .li { font: bold 11pt 'DejaVu Serif'; color: #2d6a4f; margin: 1mm 0 1.5mm; }
.fig { margin: 2mm 0 4mm; }
.fig .cap { font: italic 8pt 'DejaVu Sans Condensed'; color: #444; margin-top: 1mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; border: 0.6pt solid #2d6a4f; }
table.tbl th { text-align: left; background: #2d6a4f; color: #fff; padding: 1.2mm 2mm; }
table.tbl td { padding: 1.2mm 2mm; border-top: 0.4pt solid #9cc5b0; vertical-align: top; }
h1.bijl { font: bold 15pt 'DejaVu Serif'; color: #2d6a4f; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #2d6a4f; padding: 1.2mm; }
table.gio td { padding: 1.2mm; border-bottom: 0.3pt solid #ccc; vertical-align: top; }
table.gio .gid { font: 8pt 'Liberation Mono'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

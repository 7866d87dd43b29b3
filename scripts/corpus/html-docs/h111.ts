/**
 * h111 — gemeente Lelystad (gm0995), holdout (session 12): a middle-sized gemeente of about 82.000 inwoners (the
 * capital of Flevoland: Stadshart, Bataviastad and Bataviahaven, Lelystad Airport, Flevokust Haven, the
 * Oostvaardersplassen and the Markermeer coast). Content after the public texts on the Omgevingsvisie Lelystad 2040
 * (adopted by the raad on 22 juni 2021 after four years of participation; the Verhaal van Lelystad of januari 2018, the
 * Ruimtelijk Raamwerk and the Koersdocument Lelystad 2040; "Hoofdstad van de Nieuwe Natuur" and a sterke stad in de
 * regio; growth to 100.000 inwoners; a sterk Stadshart; the kust als toeristisch gebied; betere verbindingen naar
 * Amsterdam/Almere; four perspectieven: de landschappelijke stad, de stad van het water, de verbonden stad; ten
 * zienswijzen), here as a revised visie of 2027, shortened and partly in our own words. Layout: A4 LANDSCAPE in
 * Liberation Sans 10 pt, the text in one wide column right of a margin; an unnumbered "Samenvatting" with its OWN
 * NUMBERED LIST before chapter 1; chapters with a label "Hoofdstuk 1" on a line ABOVE the title (nummer "1" in the
 * truth), each on a new page, sections "1.1", "2.1.1"; no header; a footer with the CHAPTER NAME at the left and the
 * page number at the right (a named page per chapter); no table of contents; "De raad van de gemeente Lelystad; gezien
 * …; gelet op …; besluit:" with beslispunten 1.–3. (zienswijzen, the visie, withdrawal of the visie of 2021; in
 * werking the day after bekendmaking: no date); visie as "Bijlage 1"; GIO table Naam | Identificatie | Paragraaf in
 * "Bijlage 2". In the extraction the footer's chapter name is a line of its own, the same text as the chapter title, so
 * the meubilair can list only the page number.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0995', '2027', '2027-07-06', '1')
const GIOS = [
  { ...gio('Gemeente Lelystad', 'gemeente-lelystad', [0, 0], 8), h: '1.1' },
  { ...gio('Stadshart Lelystad', 'stadshart-lelystad', [0.3, 0.2], 0.6), h: '2.2' },
  { ...gio('Kustzone Lelystad', 'kustzone-lelystad', [-2, 2], 2), h: '3.1' },
  { ...gio('Flevokust Haven', 'flevokust-haven', [-4, 5], 0.8), h: '5.2' },
]

const HOOFDSTUKKEN = ['Lelystad in 2040', 'Een sterke stad in de regio', 'De stad van het water', 'De landschappelijke stad', 'Werken in Lelystad', 'Uitvoering']

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hk"><p class="lbl">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const pijl: Marker[] = [{ glyph: '›' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Lelystad · raadsvoorstel 2027-1185034</p>
<p class="ttl">Besluit van de raad van de gemeente Lelystad tot vaststelling van de Omgevingsvisie Lelystad 2040</p>
<p>De raad van de gemeente Lelystad;</p>
<p>gezien het voorstel van burgemeester en wethouders van 11 mei 2027, nummer 2027-1185034;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147 van de Gemeentewet;</p>
<p class="bs">besluit:</p>
<p>1. in te stemmen met de Nota zienswijzen ontwerp-Omgevingsvisie Lelystad 2040;</p>
<p>2. de Omgevingsvisie Lelystad 2040, opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2, vast te stellen;</p>
<p>3. de Omgevingsvisie Lelystad 2040, vastgesteld op 22 juni 2021, in te trekken.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 6 juli 2027.</p>
${handtekeningen(['de griffier,', 'drs. H.J. Baas'], ['de voorzitter,', 'mr. M.M. Hagen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsvoorstel 2027-1185034</p>
<p class="t1">Omgevingsvisie Lelystad 2040</p>
<p class="t2">Hoofdstad van de Nieuwe Natuur</p>
</div>`)

  d.enter('visie')
  d.page('sv')
  d.tk('Samenvatting', 'svkop')
  d.p('Lelystad is klaar voor een volgende stap. In 2040 is Lelystad een zelfstandige, sociaal veerkrachtige, duurzame, aantrekkelijke en economisch sterke stad met 100.000 inwoners. De visie in vijf punten:')
  d.list(['we groeien naar 100.000 inwoners, vooral in en rond de bestaande stad;', 'het Stadshart wordt weer het hart van de stad, met wonen, winkels en cultuur;', 'de kust wordt een aantrekkelijk gebied om te wonen en te recreëren;', 'Lelystad is de Hoofdstad van de Nieuwe Natuur, met het Nationaal Park Nieuw Land om de hoek;', 'Lelystad Airport en Flevokust Haven geven de economie een impuls.'], num)

  d.page('h1')
  d.kop(1, '1', HOOFDSTUKKEN[0]!)
  d.p('In wat voor Lelystad willen we in de toekomst wonen, werken en recreëren? Deze omgevingsvisie geeft het antwoord, voor de lange termijn en voor de hele gemeente.')
  d.kop(2, '1.1', 'Hoofdstad van de Nieuwe Natuur')
  d.p('Lelystad ligt tussen het Markermeer, de Oostvaardersplassen en het Lelystadse Bos. Die ligging is onze kracht.')
  d.kop(2, '1.2', 'Van Verhaal naar visie')
  d.p('Het Verhaal van Lelystad (2018), het Ruimtelijk Raamwerk en het Koersdocument Lelystad 2040 zijn de bouwstenen van deze visie. Er kwamen tien zienswijzen op het ontwerp.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('De hoofdstukken 2 tot en met 5 beschrijven de perspectieven; hoofdstuk 6 de uitvoering.')

  d.page('h2')
  d.kop(1, '2', HOOFDSTUKKEN[1]!)
  d.p('Lelystad wil een sterke stad in de regio zijn, met focus op woningbouw, een sterk Stadshart en snelle verbindingen.')
  d.kop(2, '2.1', 'Groei naar 100.000 inwoners')
  d.kop(3, '2.1.1', 'Bouwen in de bestaande stad')
  d.p('De wijken uit de jaren zeventig en tachtig vernieuwen we; verdichting gaat samen met meer groen.')
  d.kop(3, '2.1.2', 'Nieuwe woonmilieus')
  d.p('Aan de kust en in Warande ontstaan nieuwe woonmilieus.')
  d.table(['Gebied', 'Woningen tot 2030', 'Woningen tot 2040'], [
    ['Stadshart', '1.500', '3.000'],
    ['Warande', '2.000', '4.500'],
    ['Kustzone', '600', '1.500'],
  ], 'tbl', ['50%', '25%', '25%'])
  d.kop(2, '2.2', 'Het Stadshart')
  d.p('Het Stadshart wordt compacter en levendiger, met wonen boven en tussen de winkels.')
  d.kop(2, '2.3', 'Verbindingen')
  d.p('We zetten in op:')
  d.list(['een verbinding met metrokwaliteit naar Almere en Amsterdam;', { text: 'comfortabel openbaar vervoer tussen', sub: ['station Lelystad en Lelystad Airport;', 'station Lelystad en het Bataviakwartier.'] }, 'doorgaande fietsroutes door de stad.'], pijl)

  d.page('h3')
  d.kop(1, '3', HOOFDSTUKKEN[2]!)
  d.p('Lelystad zoekt de relatie met het water.')
  d.kop(2, '3.1', 'Kust en Bataviahaven')
  d.p('De kust tussen Bataviastad en het Zuigerplasbos wordt een gevarieerd gebied voor wonen en recreatie.')
  d.kop(2, '3.2', 'Klimaatadaptatie')
  d.p('De stad ligt onder zeeniveau; we houden water vast in de wijken en de singels.')

  d.page('h4')
  d.kop(1, '4', HOOFDSTUKKEN[3]!)
  d.p('Groen en natuur liggen in Lelystad altijd dichtbij.')
  d.kop(2, '4.1', 'Nationaal Park Nieuw Land')
  d.p('De Oostvaardersplassen en de Markerwadden zijn onderdeel van het Nationaal Park; de stad is de poort ernaartoe.')
  d.kop(2, '4.2', 'Groen in de wijken')
  d.p('De groene structuur van de stad behouden en versterken we.')

  d.page('h5')
  d.kop(1, '5', HOOFDSTUKKEN[4]!)
  d.p('Lelystad biedt ruimte aan bedrijven die elders geen plek vinden.')
  d.kop(2, '5.1', 'Lelystad Airport')
  d.p('De luchthaven ontwikkelt zich met aandacht voor geluid en natuur.')
  d.kop(2, '5.2', 'Flevokust Haven')
  d.p('De haven aan het Markermeer verbindt Lelystad over water met de Rotterdamse haven.')
  d.kop(2, '5.3', 'Bedrijventerreinen')
  d.p('Op Larserpoort en Flevopoort is ruimte voor logistiek en maakindustrie.')

  d.page('h6')
  d.kop(1, '6', HOOFDSTUKKEN[5]!)
  d.kop(2, '6.1', 'Programma’s')
  d.p('We werken de visie uit in programma’s voor wonen, het Stadshart en de kust.')
  d.kop(2, '6.2', 'Initiatieven toetsen')
  d.p('Een initiatief dat bijdraagt aan deze visie krijgt de ruimte, ook als het omgevingsplan het nog niet mogelijk maakt.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 – Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Paragraaf'], (g) => [g.naam, gidCell(g.identificatie), g.h], 'gio', ['28%', '60%', '12%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #005A8C;"
  const foot = (naam: string) => `@bottom-left { content: "${naam}"; ${ft} } @bottom-right { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h111',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Lelystad 2040 (vastgesteld op 22 juni 2021 na vier jaar participatie; het Verhaal van Lelystad van januari 2018, het Ruimtelijk Raamwerk en het Koersdocument Lelystad 2040; "Hoofdstad van de Nieuwe Natuur" en een sterke stad in de regio; groei naar 100.000 inwoners; een sterk Stadshart; de kust als toeristisch gebied; betere verbindingen naar Almere en Amsterdam; tien zienswijzen), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 LIGGEND in Liberation Sans 10 pt, een ongenummerde "Samenvatting" met een eigen GENUMMERDE LIJST vóór hoofdstuk 1, hoofdstukken met een label "Hoofdstuk 1" op een regel BOVEN de titel, elk op een nieuwe bladzijde, paragrafen "1.1" en "2.1.1", geen kopregel, voettekst met de HOOFDSTUKNAAM links en het paginanummer rechts, geen inhoudsopgave, "besluit:" met beslispunten 1.–3. (zienswijzen, visie, intrekking van de visie van 2021; in werking de dag na bekendmaking), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Paragraaf in "Bijlage 2"; de hoofdstuknaam van de voettekst is in de extractie een eigen regel gelijk aan de hoofdstuktitel, dus het meubilair noemt alleen het paginanummer (holdout)',
    bevoegdGezag: 'gm0995',
    naam: 'Gemeente Lelystad',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Lelystad tot vaststelling van de Omgevingsvisie Lelystad 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Lelystad 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-lelystad-2040-herziening', regeling: 'omgevingsvisie-lelystad-2040', doel: 'omgevingsvisie-lelystad-2040-herziening' },
      datums: { vaststelling: '2027-07-06', ondertekening: '2027-07-06', bekendmaking: '2027-07-13' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0995',
      oin: '00000001000000995000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [158000, 500000] },
    meubilair: ['^\\d{1,2}$'],
    title: 'Omgevingsvisie Lelystad 2040',
    css: `
@page { size: A4 landscape; margin: 18mm 20mm 18mm 20mm; }
@page sv { ${foot('Samenvatting')} }
${HOOFDSTUKKEN.map((h, i) => `@page h${i + 1} { ${foot(h)} }`).join('\n')}
@page bijl { ${foot('Bijlage 2')} }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #1b1b1b; }
.pg { padding-left: 70mm; }
p { margin: 0 0 2.4mm; }
.gem { font-size: 8pt; color: #005A8C; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 50mm; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #005A8C; margin: 5mm 0 3mm; }
.titel .t2 { font: 16pt 'Liberation Sans'; color: #6AAE3C; }
p.svkop { font: bold 22pt 'Liberation Sans'; color: #005A8C; margin: 0 0 5mm; }
.hk .lbl { font: bold 10pt 'Liberation Sans'; letter-spacing: 0.08em; color: #6AAE3C; margin: 0; }
.hk h1 { font: bold 24pt 'Liberation Sans'; color: #005A8C; margin: 1mm 0 6mm; }
h2 { font: bold 13pt 'Liberation Sans'; color: #005A8C; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 140mm; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1.2pt solid #005A8C; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 16pt 'Liberation Sans'; color: #005A8C; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { border-bottom: 1.2pt solid #005A8C; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

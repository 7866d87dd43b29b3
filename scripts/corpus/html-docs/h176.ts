/**
 * h176 — gemeente Wijchen (gm0296), holdout (session 13): the Gelderse gemeente of some 41.000 inwoners between
 * Maas en Waal and Nijmegen, with the kern Wijchen (Kasteel Wijchen, the Markt, the Wijchens Meer, the station) and the
 * dorpen Batenburg, Alverna, Balgoij, Bergharen, Hernen, Leur, Niftrik and Woezik, the bedrijventerrein Bijsterhuizen
 * and the Maasuiterwaarden. Content after the public texts on Wijchen's omgevingsvisie "Wijchen2035" (the question
 * "Hoe denkt u dat onze gemeente er in 2035 uitziet?", a dorpentour past the kernen and wijken, the three things a
 * visie must describe — "de grootste kwaliteiten van de leefomgeving", "de plannen voor ontwikkeling", "de hoofdlijnen
 * van het beleid" —, "een fijne plek om te wonen, werken, leven en genieten") and the plans for the centre "Tussen
 * Kasteel en Wijchens Meer" ("een authentiek en kleinschalig dorpskarakter", "de parels Kasteel en Wijchens Meer met
 * elkaar te verbinden"), set as a visie of 2028; the rest in our own words. Layout: a DESIGNED BROCHURE on A4 portrait,
 * Liberation Sans: every chapter opens on a new page with a BIG COLOURED TWO-DIGIT NUMBER "01" (60 pt) BESIDE the
 * title and an intro paragraph in larger type; sections "1.1" in colour WITHOUT BOLD, a third level "3.1.1"; a
 * sidebar box "Wat vinden we belangrijk?" with a list per chapter; call-out boxes "Ambitie"; full-width photo
 * placeholders with captions; quotes of inhabitants in large italics; a RUNNING HEADER with the chapter title on every
 * page ("Wijchen2035 | Inleiding", a named page per chapter); the page number in the OUTER MARGIN HALFWAY DOWN; a table
 * of contents of chapters and sections; lists "•" and "1."; a table; Artikel 1–3; GIO table Naam | Identificatie in
 * "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { callout, citaat, foto, kader } from './brochure.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0296', '2028', '2028-06-29', '1')
const GIOS: Gio[] = [
  gio('Gemeente Wijchen', 'gemeente-wijchen', [0, 0], 3),
  gio('Centrum Tussen Kasteel en Wijchens Meer', 'centrum-kasteel-wijchens-meer', [0.2, 0.1], 0.4),
  gio('Bedrijventerrein Bijsterhuizen', 'bedrijventerrein-bijsterhuizen', [2, 1], 0.7),
  gio('Maasuiterwaarden', 'maasuiterwaarden', [-3, -2], 1.2),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '01', 'Inleiding'],
  [2, '1.1', 'Wijchen2035'],
  [2, '1.2', 'Wat is een omgevingsvisie?'],
  [2, '1.3', 'Zo hebben we de visie gemaakt'],
  [1, '02', 'Wijchen nu'],
  [2, '2.1', 'Acht kernen, één gemeente'],
  [2, '2.2', 'Landschap van Maas en Waal'],
  [2, '2.3', 'Trends en opgaven'],
  [1, '03', 'Onze ambities'],
  [2, '3.1', 'Fijn wonen in elke kern'],
  [3, '3.1.1', 'Woningbouw tot 2035'],
  [3, '3.1.2', 'Wonen en zorg'],
  [2, '3.2', 'Een levendig centrum'],
  [2, '3.3', 'Werken in Wijchen'],
  [2, '3.4', 'Groen en klimaatbestendig'],
  [3, '3.4.1', 'Water en hitte'],
  [3, '3.4.2', 'Energie'],
  [2, '3.5', 'Bereikbaar en verkeersveilig'],
  [1, '04', 'Gebieden'],
  [2, '4.1', 'Wijchen-kern'],
  [2, '4.2', 'De dorpen'],
  [2, '4.3', 'Het buitengebied'],
  [1, '05', 'Uitvoering'],
  [2, '5.1', 'Samen werken aan Wijchen2035'],
  [2, '5.2', 'Monitoring en actualisatie'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><span class="big">${k.nummer}</span><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}><span class="nr">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  /** A chapter opens on its own named page (its running header) with the intro in larger type. */
  const hfd = (nr: string, intro: string) => {
    d.page(`c${Number(nr)}`)
    k(nr)
    d.p(intro, 'intro')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Raadsbesluit</p>
<p class="sub">Vaststelling Omgevingsvisie Wijchen2035</p>
<p>De raad van de gemeente Wijchen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nummer 2028-041;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.23 van de Omgevingswet;</p>
<p>overwegende dat de omgevingsvisie tot stand is gekomen met inwoners, ondernemers, verenigingen en partners, onder meer tijdens de dorpentour langs alle kernen en wijken;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Wijchen2035, met de geografische informatieobjecten genoemd in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Wijchen 2012 wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 september 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 29 juni 2028.</p>
${handtekeningen(['de griffier,', 'drs. E.M. Peters'], ['de voorzitter,', 'R. Helmer'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t0">gemeente Wijchen</p>
<p class="t1">Omgevingsvisie Wijchen2035</p>
<p class="t2">Een fijne plek om te wonen, werken, leven en genieten</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('toc').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  hfd('01', 'Hoe ziet onze gemeente er in 2035 uit? Die vraag stond centraal toen wij met inwoners, ondernemers en partners aan deze omgevingsvisie werkten.')
  kader(d, 'Wat vinden we belangrijk?', ['het dorpse karakter van onze kernen;', 'ruimte voor inwoners met een goed idee;', 'samen met de regio Arnhem-Nijmegen keuzes maken.'], bol)
  k('1.1')
  d.p('Wijchen2035 is de naam van het traject waarin wij deze visie hebben gemaakt. In de visie leggen wij vast hoe wij de gemeente Wijchen ook in 2035 een fijne plek laten zijn om te wonen, werken, leven en genieten.')
  k('1.2')
  d.p('Volgens de Omgevingswet beschrijft een omgevingsvisie in elk geval:')
  d.list(['de grootste kwaliteiten van de leefomgeving;', 'de plannen voor ontwikkeling;', 'de hoofdlijnen van het beleid.'], bol)
  d.p('De visie bindt de gemeente zelf. Regels voor inwoners en bedrijven staan in het omgevingsplan.')
  k('1.3')
  d.p('Wij organiseerden een dorpentour: vertegenwoordigers van het gemeentebestuur gingen de kernen en wijken af en spraken met inwoners over hun plannen en zorgen. Daarnaast waren er een enquête, een jongerenpanel en werksessies met de raad.')
  foto(d, 'Foto 1 Dorpentour in Batenburg, mei 2027')
  citaat(d, 'Laat Batenburg een vestingstadje blijven, maar zorg dat onze kinderen hier kunnen blijven wonen.', 'inwoner van Batenburg')

  hfd('02', 'Wijchen ligt tussen de Maas en Nijmegen, in het rivierengebied van Maas en Waal. Acht kernen met elk een eigen karakter vormen samen de gemeente.')
  kader(d, 'Wat vinden we belangrijk?', ['het authentieke en kleinschalige karakter van het centrum;', 'de openheid van het rivierenlandschap;', 'de eigenheid van elk dorp.'], bol)
  k('2.1')
  d.p('De kern Wijchen heeft een authentiek en kleinschalig dorpskarakter, met het Kasteel, de Markt en het Wijchens Meer. Daaromheen liggen de dorpen:')
  d.table(['Kern', 'Karakter', 'Inwoners'], [
    ['Wijchen', 'centrumdorp met station', 'ca. 33.000'],
    ['Batenburg', 'vestingstadje aan de Maas', 'ca. 600'],
    ['Bergharen en Hernen', 'dorpen op de oeverwal', 'ca. 2.800'],
    ['Alverna, Balgoij, Leur en Niftrik', 'kleine kernen', 'ca. 4.600'],
  ], 'tbl', ['35%', '40%', '25%'])
  k('2.2')
  d.p('Oeverwallen, komgronden en de uiterwaarden van de Maas bepalen het landschap. Landgoederen en de stuwwal bij Nijmegen liggen dichtbij.')
  foto(d, 'Foto 2 De uiterwaarden van de Maas bij Niftrik')
  k('2.3')
  d.p('De komende jaren veranderen de vraag naar woningen, de manier waarop wij werken en winkelen en het klimaat. Het centrumgebied staat voor uitdagingen door online winkelen en nieuwe ontwikkelingen rond het station.')

  hfd('03', 'Vijf ambities geven richting aan onze keuzes. Bij elke ambitie staat wat wij willen bereiken en waar wij op letten.')
  kader(d, 'Wat vinden we belangrijk?', ['woningen voor starters en ouderen;', 'een centrum waar het goed toeven is;', { text: 'een leefomgeving die klaar is voor de toekomst:', sub: ['klimaatbestendig;', 'energieneutraal in 2050.'] }], bol)
  k('3.1')
  callout(d, 'Ambitie', 'In 2035 kan iedereen die in Wijchen woont een passende woning vinden in de eigen kern.')
  k('3.1.1')
  d.p('Tot 2035 bouwen wij in elke kern, naar behoefte. Het grootste deel komt in en rond Wijchen-kern; de dorpen bouwen voor hun eigen inwoners.')
  k('3.1.2')
  d.p('Wij zorgen voor levensloopbestendige woningen dichtbij voorzieningen, zodat ouderen in hun eigen dorp kunnen blijven wonen.')
  k('3.2')
  callout(d, 'Ambitie', 'Wij verbinden de parels Kasteel en Wijchens Meer met elkaar tot één levendig centrum.')
  d.p('Tussen het kasteel en het Wijchens Meer komen wonen, maatschappelijke functies, dienstverlening en horeca samen.')
  k('3.3')
  d.p('Bijsterhuizen blijft een bedrijventerrein van regionale betekenis. Wij zetten in op:')
  d.list(['herstructurering en intensiever ruimtegebruik;', 'zonnepanelen op alle grote daken;', 'goede fietsroutes vanuit de kernen.'], num)
  k('3.4')
  callout(d, 'Ambitie', 'Wijchen is in 2050 klimaatbestendig en energieneutraal.')
  k('3.4.1')
  d.p('Wij maken ruimte voor het vasthouden van regenwater en planten bomen in versteende straten.')
  k('3.4.2')
  d.p('Zon op daken gaat voor zon op land. Grotere opwekking zoeken wij langs infrastructuur en op bedrijventerreinen.')
  k('3.5')
  d.p('Het station en de fietsroutes naar Nijmegen zijn de ruggengraat. Wij maken schoolroutes en dorpsstraten veiliger.')
  citaat(d, 'Ik fiets elke dag naar Nijmegen. Een snelle en veilige route is voor mij belangrijker dan een extra parkeerplaats.', 'inwoner van Woezik')

  hfd('04', 'Elk gebied vraagt om eigen keuzes. In dit hoofdstuk staan de hoofdlijnen per gebied.')
  kader(d, 'Wat vinden we belangrijk?', ['Wijchen-kern als centrum voor de hele gemeente;', 'leefbare dorpen met eigen ontmoetingsplekken;', 'een vitaal buitengebied.'], bol)
  k('4.1')
  d.p('In Wijchen-kern bouwen wij vooral binnen de bestaande bebouwing, rond het station en in het centrum.')
  k('4.2')
  d.p('De dorpen houden hun karakter. Een ontmoetingsplek, een school en een sportvoorziening in of dichtbij het dorp zijn het uitgangspunt.')
  k('4.3')
  callout(d, 'Opgave', 'Stoppende agrarische bedrijven bieden ruimte voor nieuwe functies, mits het landschap er beter van wordt.')
  d.p('In de Maasuiterwaarden gaan natuur, waterveiligheid en recreatie samen.')
  foto(d, 'Foto 3 Kasteel Wijchen en de Markt')

  hfd('05', 'Een visie werkt alleen als wij haar samen uitvoeren. Dit hoofdstuk beschrijft hoe.')
  kader(d, 'Wat vinden we belangrijk?', ['initiatieven van inwoners krijgen ruimte;', 'wij leren van wat werkt.'], bol)
  k('5.1')
  d.p('De visie werken wij uit in programma’s en in het omgevingsplan. Voor initiatieven hanteren wij de vraag: draagt het bij aan Wijchen2035?')
  k('5.2')
  d.p('Elke twee jaar bekijken wij met de raad of de visie nog actueel is en passen haar zo nodig aan.')

  d.page('bijlage').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const ft = "font: 8.5pt 'Liberation Sans'; color: #6b2c7a;"
  const hdr = (n: number, t: string) =>
    `@page c${n} { @top-left { content: "Wijchen2035 | ${t}"; ${ft} } }`
  const chapters = KOPPEN.filter(([n]) => n === 1)
  const spec: DocSpec = {
    id: 'h176',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de omgevingsvisie "Wijchen2035" van de gemeente Wijchen ("Hoe denkt u dat onze gemeente er in 2035 uitziet?", een dorpentour langs de kernen en wijken, wat een omgevingsvisie volgens de wet beschrijft: "de grootste kwaliteiten van de leefomgeving", "de plannen voor ontwikkeling", "de hoofdlijnen van het beleid", "een fijne plek om te wonen, werken, leven en genieten") en over het centrum "Tussen Kasteel en Wijchens Meer" ("een authentiek en kleinschalig dorpskarakter", "de parels Kasteel en Wijchens Meer met elkaar te verbinden"), hier als visie van 2028, verder in eigen woorden; eigen opmaak als ONTWORPEN BROCHURE: A4 staand, Liberation Sans, elk hoofdstuk op een nieuwe pagina met een GROOT GEKLEURD NUMMER "01" (60 pt) NAAST de titel en een inleidende alinea in grotere letters, paragrafen "1.1" in kleur ZONDER VET, een derde niveau "3.1.1", per hoofdstuk een kader "Wat vinden we belangrijk?" met een lijst, kaders "Ambitie"/"Opgave", fotovlakken over de volle breedte met bijschrift, citaten van inwoners in grote cursieve letters, KOPREGEL MET DE HOOFDSTUKTITEL ("Wijchen2035 | Inleiding"), paginanummer in de BUITENMARGE HALVERWEGE de pagina, inhoudsopgave van hoofdstukken en paragrafen, lijsten "•" en "1.", een tabel, Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0296',
    naam: 'Gemeente Wijchen',
    besluit: {
      opschrift: 'Vaststelling Omgevingsvisie Wijchen2035',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-09-01',
    },
    visieOpschrift: 'Omgevingsvisie Wijchen2035',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-wijchen2035', regeling: 'omgevingsvisie-wijchen', doel: 'omgevingsvisie-wijchen2035' },
      datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-13', inwerkingtreding: '2028-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0296',
      oin: '00000001000000002960',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [177000, 424000] },
    meubilair: ['^Wijchen2035 \\| ', '^\\d+$'],
    title: 'Omgevingsvisie Wijchen2035',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 20mm 24mm 20mm 24mm; }
@page :right { @right-middle { content: counter(page); ${ft} font-size: 10pt; font-weight: bold; } }
@page :left { @left-middle { content: counter(page); ${ft} font-size: 10pt; font-weight: bold; } }
${chapters.map(([, nr, t]) => hdr(Number(nr), t)).join('\n')}
@page bijlage { @top-left { content: "Wijchen2035 | Bijlage"; ${ft} } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.besluit { break-after: page; }
.ttl { font: bold 20pt 'Liberation Sans'; color: #6b2c7a; margin: 0; }
.sub { font: 13pt 'Liberation Sans'; margin: 0 0 6mm; }
.bs { font-weight: bold; margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.titel { height: 240mm; background: #6b2c7a; color: #fff; padding: 70mm 14mm 0; break-after: page; }
.titel .t0 { font-size: 12pt; letter-spacing: 0.1em; }
.titel .t1 { font: bold 32pt 'Liberation Sans'; margin: 4mm 0; }
.titel .t2 { font: italic 15pt 'Liberation Sans'; }
.toc { break-after: page; }
.tockop { font: 24pt 'Liberation Sans'; color: #6b2c7a; margin-bottom: 6mm; }
${TOC_CSS}
.toc .tl { min-width: 11mm; color: #6b2c7a; }
.pg { break-before: page; }
.hfd { display: flex; align-items: center; gap: 6mm; margin: 0 0 6mm; border-bottom: 1.5pt solid #6b2c7a; padding-bottom: 3mm; }
.big { font: bold 60pt/1 'Liberation Sans'; color: #e08a1e; }
h1 { font: 28pt/1.1 'Liberation Sans'; color: #6b2c7a; margin: 0; }
h2 { font: 14pt 'Liberation Sans'; color: #6b2c7a; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 11pt 'Liberation Sans'; color: #6b2c7a; margin: 3mm 0 1mm; break-after: avoid; }
h2 .nr, h3 .nr { display: inline-block; min-width: 13mm; color: #e08a1e; }
.intro { font-size: 13pt; line-height: 1.4; color: #444; margin-bottom: 5mm; }
.kader { float: right; width: 58mm; margin: 0 0 4mm 6mm; background: #f1e9f4; padding: 3mm 4mm; font-size: 9pt; }
.kadertitel { font-weight: bold; color: #6b2c7a; margin: 0 0 2mm; }
.call { border-left: 4pt solid #e08a1e; background: #fdf1e2; padding: 2.5mm 4mm; margin: 2mm 0 3mm; }
.clabel { font: bold 8.5pt 'Liberation Sans'; color: #e08a1e; letter-spacing: 0.12em; text-transform: uppercase; margin: 0 0 1mm; }
.ctext { font-size: 11pt; margin: 0; }
.foto { clear: both; height: 58mm; background: linear-gradient(135deg, #c9d8c5, #8fae8b); margin: 4mm 0 1.5mm; }
.cap { font: italic 8.5pt 'Liberation Sans'; color: #666; margin-bottom: 4mm; }
.quote { margin: 5mm 8mm; }
.qt { font: italic 16pt/1.3 'Liberation Serif'; color: #6b2c7a; margin: 0 0 1mm; }
.qwho { font-size: 9pt; color: #666; }
div.lst { margin: 0 0 2.4mm 1mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { background: #6b2c7a; color: #fff; text-align: left; padding: 1.2mm; font-weight: normal; }
table.tbl td { border-bottom: 0.5pt solid #d6c6dc; padding: 1.2mm; }
.bijl { font: 20pt 'Liberation Sans'; color: #6b2c7a; margin-bottom: 6mm; }
table.gio { width: 100%; font-size: 9.5pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #6b2c7a; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.5pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * h01 — gemeente Bloemendaal (holdout): the chapter number alone on its own line above the chapter title, sections
 * "1.1 Titel", the body in two columns (CSS columns) with chapter titles across both, run-in tussenkoppen, •-lists
 * with nested –-items, a table of contents with dotted leaders and page numbers, footer "Pagina n van N", the
 * visie marked "Bijlage 1 bij het raadsbesluit", a besluit with "Overwegende dat", "gelet op", "b e s l u i t :",
 * Artikel 1–3 and signatures in two columns, a sentence about Bijlage I bij het Besluit bouwwerken leefomgeving.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioHex('gm0377', '2025', '2025-11-27', '1', 'h01')
const GIOS: Gio[] = [
  gio('Nationaal Park Zuid-Kennemerland', [-2, 1], 2.2),
  gio('Binnenduinrand', [1.5, 0], 1.4),
  gio('Landgoederenzone Aerdenhout-Vogelenzang', [2.5, -3], 1.1),
  gio('Bloemendaal aan Zee', [-4.5, 2], 0.5),
  gio('Centrum Overveen', [3.5, 2.5], 0.4),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hk"><p class="hn">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h2>${k.nummer}&#8194;${k.opschrift}</h2>`
const bul: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const ri = (kop: string, tekst: string) => `<b>${kop}</b> ${tekst}`

type Sec = [nummer: string, titel: string]
const H: Array<[string, string, Sec[]]> = [
  ['1', 'Inleiding', [['1.1', 'Waarom een omgevingsvisie'], ['1.2', 'Van structuurvisie naar omgevingsvisie'], ['1.3', 'Leeswijzer']]],
  ['2', 'Bloemendaal in 2040', [['2.1', 'Onze kernwaarden'], ['2.2', 'Zes kernen, één gemeente'], ['2.3', 'Grote opgaven']]],
  ['3', 'Koers per thema', [['3.1', 'Natuur en landschap'], ['3.2', 'Wonen'], ['3.3', 'Bereikbaarheid en strandverkeer'], ['3.4', 'Energie en klimaat'], ['3.5', 'Gezondheid en veiligheid']]],
  ['4', 'Uitvoering', [['4.1', 'Rol van de gemeente'], ['4.2', 'Initiatieven'], ['4.3', 'Actualisatie en monitoring']]],
]

const TEKST: Record<string, string[]> = {
  '1.1': [
    'Hoe willen we dat Bloemendaal er in 2040 uitziet? Met deze omgevingsvisie leggen we voor de lange termijn vast wat we belangrijk vinden in onze fysieke leefomgeving: de duinen en landgoederen, de dorpen, het water, de wegen en de lucht die we inademen.',
    'De Omgevingswet verplicht iedere gemeente om haar ambities en beleidsdoelen voor de fysieke leefomgeving in één visie vast te leggen. Daarin staan niet alleen ruimtelijke keuzes, maar ook keuzes over milieu, veiligheid en gezondheid.',
  ],
  '1.2': [
    'Tot nu toe gaf de structuurvisie richting aan de ruimtelijke ontwikkeling: een stip op de horizon voor tien tot twintig jaar. Deze omgevingsvisie komt daarvoor in de plaats en is breder. Ze zoekt ook meer samenhang met de gemeenten om ons heen, want inwoners denken niet in gemeentegrenzen.',
    'De papieren scheidslijnen mogen hard zijn, de grenzen van het gebruik zijn zacht: Bloemendalers gaan in Haarlem naar de film en Haarlemmers komen naar Bloemendaal voor de natuur. Daarom hebben we deze visie afgestemd met Haarlem, Zandvoort, Heemstede en de provincie Noord-Holland.',
  ],
  '1.3': [
    'Hoofdstuk 2 beschrijft onze kernwaarden en de zes kernen. Hoofdstuk 3 geeft per thema de koers. Hoofdstuk 4 gaat over de manier waarop we de visie uitvoeren. De geometrische informatieobjecten staan in de bijlage bij deze visie.',
  ],
  '2.1': [
    'Bloemendaal is een groene woongemeente tussen de stad en de zee. Rust, ruimte en groen bepalen het karakter. Die kwaliteiten willen we behouden, terwijl we de gemeente toekomstbestendig maken.',
  ],
  '2.2': [
    'De gemeente bestaat uit zes kernen met elk een eigen karakter. De tabel hieronder geeft een beeld.',
  ],
  '2.3': [
    'Het laatste wat we willen is dat de dorpen overspoeld raken door bezoekers, maar we willen ook geen saaie slaapdorpen. De leefbaarheid staat voorop, zodat het hier fijn wonen blijft.',
    'Tegelijk komen grote opgaven op ons af die we niet kunnen ontlopen: de woningnood, de energietransitie, een veranderend klimaat en de druk van recreatie op de duinen. Een beslissing over de inrichting van de ruimte heeft ook sociale gevolgen.',
  ],
  '3.1': [
    'Het Nationaal Park Zuid-Kennemerland en de binnenduinrand met zijn landgoederen, buitenplaatsen en bollenvelden vormen het hart van onze identiteit. We beschermen de overgang van duin naar polder en houden de zichtlijnen open.',
  ],
  '3.2': [
    'Er is behoefte aan woningen voor jongeren, starters en ouderen die kleiner willen wonen. We bouwen binnen de bestaande kernen, op plekken die vrijkomen, en met respect voor het groene karakter van de lanen.',
    'Transformatie van kantoren en maatschappelijk vastgoed biedt kansen. Waar een gebouw zijn functie verliest, kijken we eerst of wonen mogelijk is.',
  ],
  '3.3': [
    'In de zomer staat geregeld vanuit Haarlem een file dwars door de kernen naar het strand. Dat is goed voor de paviljoens, maar voor wie langs de route woont een bron van hinder en uitlaatgassen. Bezoekers zijn welkom, maar dan bij voorkeur op de fiets of met het openbaar vervoer.',
  ],
  '3.4': [
    'We willen in 2050 energieneutraal zijn. Grote windturbines passen niet in het duinlandschap; we zetten in op besparing, zon op daken en warmtenetten waar dat kan.',
    'Hevige buien vragen om ruimte voor water in de openbare ruimte. In de lager gelegen delen langs de binnenduinrand houden we regenwater vast in de bodem.',
  ],
  '3.5': [
    'Een gezonde leefomgeving betekent schone lucht, weinig geluid en voldoende groen om te bewegen. Langs de drukke wegen naar de kust letten we extra op luchtkwaliteit en verkeersveiligheid.',
  ],
  '4.1': [
    'De gemeente neemt niet altijd zelf het voortouw. Soms regisseren we, soms faciliteren we initiatieven van inwoners en ondernemers, en soms laten we ruimte aan de markt.',
  ],
  '4.2': [
    'Initiatiefnemers nodigen we uit om vroeg met ons in gesprek te gaan. We toetsen een plan aan de kernwaarden in deze visie en aan de regels van het omgevingsplan. Voor bouwwerken geldt daarnaast Bijlage I bij het Besluit bouwwerken leefomgeving, waarin staat welke bouwwerken zonder omgevingsvergunning mogen worden gebouwd.',
  ],
  '4.3': [
    'Deze visie is geen eindbeeld. Iedere raadsperiode bekijken we of zij nog actueel is. Wijzigingen komen tot stand met participatie van inwoners, ondernemers en partners.',
  ],
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="wapen">GEMEENTE BLOEMENDAAL</p>
<p class="btitel">Raadsbesluit tot vaststelling van de Omgevingsvisie Bloemendaal 2040</p>
<p>De raad van de gemeente Bloemendaal;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 oktober 2025, nummer 2025-0117;</p>
<p>Overwegende dat</p>
<ul class="ov"><li>de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente;</li>
<li>het ontwerp van de omgevingsvisie van 1 juli tot en met 11 augustus 2025 ter inzage heeft gelegen;</li>
<li>de ingekomen reacties zijn samengevat en beantwoord in de Nota van beantwoording;</li></ul>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 108 van de Gemeentewet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Bloemendaal 2040, zoals opgenomen in bijlage 1 bij dit besluit, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Bloemendaal 2012 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 februari 2026.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 27 november 2025.</p>
${handtekeningen(['De griffier,', 'mr. J.P. Vonk'], ['De voorzitter,', 'E.J. Roest'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 27 november 2025, nummer 2025-0117</p>
<p class="t1">Omgevingsvisie<br>Bloemendaal 2040</p>
<p class="t2">Leefbaar en levendig tussen stad en zee</p>
</div>`)
  const rows: TocRow[] = []
  for (const [n, t, secs] of H) {
    rows.push([n, t, t, 1])
    for (const [sn, st] of secs) rows.push([sn, st, `${sn} ${st}`, 2])
  }
  rows.push(['', 'Bijlage A Geometrische informatieobjecten', 'Bijlage A Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.page('std').enter('visie')
  d.raw('<div class="cols">')
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    for (const [sn, st] of secs) {
      d.kop(2, sn, st)
      d.ps(...(TEKST[sn] ?? []))
      if (sn === '2.1') {
        d.p('We onderscheiden vier kernwaarden die bij iedere afweging terugkomen:')
        d.list(
          [
            'een groene gemeente met duinen, bossen en landgoederen;',
            { text: 'dorpen met een eigen karakter, waaronder', sub: ['de villawijken met hun lanen en tuinen;', 'de historische linten van Overveen en Vogelenzang;', 'de bollenvelden bij Bennebroek.'] },
            'rust en ruimte, ook in het hoogseizoen;',
            'een sterke band met de regio.',
          ],
          bul,
        )
      }
      if (sn === '2.2')
        d.table(
          ['Kern', 'Karakter', 'Accent tot 2040'],
          [
            ['Bloemendaal', 'villadorp aan de duinrand', 'behoud groene lanen'],
            ['Overveen', 'dorp met station en centrum', 'versterken centrum'],
            ['Aerdenhout', 'landgoederen en villa\'s', 'wonen voor ouderen'],
            ['Vogelenzang', 'lint langs de binnenduinrand', 'bollenlandschap'],
            ['Bennebroek', 'dorp aan de Haarlemmermeer', 'starterswoningen'],
            ['Bloemendaal aan Zee', 'strand en paviljoens', 'bezoekers spreiden'],
          ],
          'tbl',
          ['30%', '38%', '32%'],
        )
      if (sn === '3.1')
        d.ps(
          ri('Kust en duinen.', 'Het duingebied is Natura 2000-gebied. Recreatie is welkom op de paden en het strand; de kwetsbare kern van het duin blijft rustig.'),
          ri('Landgoederen.', 'De buitenplaatsen in de binnenduinrand houden hun samenhang van huis, tuin en park. Nieuwe functies zijn mogelijk als ze het landgoed helpen in stand te houden.'),
          ri('Bollenvelden.', 'Het open bollenlandschap rond Vogelenzang en Bennebroek blijft herkenbaar; verstening van het buitengebied voorkomen we.'),
        )
      if (sn === '3.3') {
        d.p('Voor de bereikbaarheid van de kust kiezen we voor:')
        d.list(
          [
            'een snelle busverbinding van station Haarlem naar het strand;',
            'transferia aan de rand van de kernen;',
            { text: 'veilige fietsroutes naar zee, met', sub: ['voldoende fietsparkeerplaatsen bij de paviljoens;', 'een doorgaande route door de duinen.'] },
          ],
          bul,
        )
        d.p(ri('Parkeren.', 'Op drukke dagen sturen we het autoverkeer met dynamische informatie naar de parkeerterreinen die nog ruimte hebben.'))
      }
      if (sn === '4.1')
        d.ps(
          ri('Regisseren.', 'Bij grote opgaven zoals woningbouw op vrijkomende locaties brengen we partijen samen en bewaken we de samenhang.'),
          ri('Faciliteren.', 'Bij initiatieven van inwoners denken we mee en helpen we met kennis en contacten.'),
        )
    }
  }
  d.raw('</div>')
  d.page('bijl')
  d.bijlage('A', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage A Geometrische informatieobjecten</h1><p>De begrenzingen waarnaar deze omgevingsvisie verwijst, zijn vastgelegd in de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['34%', '66%'])

  const spec: DocSpec = {
    id: 'h01',
    set: 'dev',
    bron: 'Bewerkt naar de totstandkoming van de omgevingsvisie van de gemeente Bloemendaal (leefbaar en levendig, structuurvisie als voorganger, strandverkeer, binnenduinrand), ingekort; eigen opmaak: DejaVu Serif 9,5 pt in twee kolommen, hoofdstuknummer los boven de titel, paragrafen "1.1 Titel", tussenkoppen in de lopende tekst, •-lijsten met –-items, inhoudsopgave met puntjes en paginanummers, voettekst "Pagina n van N", "Bijlage 1 bij het raadsbesluit", "b e s l u i t :", Artikel 1–3, handtekeningen in twee kolommen (holdout)',
    bevoegdGezag: 'gm0377',
    naam: 'Gemeente Bloemendaal',
    besluit: {
      opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Bloemendaal 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Bloemendaal 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2025', besluit: 'omgevingsvisie-2040', regeling: 'omgevingsvisie-2040', doel: 'omgevingsvisie-2040' },
      datums: { vaststelling: '2025-11-27', ondertekening: '2025-11-27', bekendmaking: '2025-12-04', inwerkingtreding: '2026-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0377',
      oin: '00000001000000003770',
      achtergrondActualiteit: '2025-10-01',
    },
    geo: { origin: [101000, 490000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Bloemendaal 2040 – vastgesteld 27 november 2025$'],
    title: 'Omgevingsvisie Bloemendaal 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 18mm 24mm 18mm;
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font: 8pt 'DejaVu Sans'; color: #444; } }
@page std { @top-left { content: "Omgevingsvisie Bloemendaal 2040 – vastgesteld 27 november 2025"; font: italic 7.5pt 'DejaVu Serif'; color: #2e6b3a; } }
@page bijl { @top-left { content: "Omgevingsvisie Bloemendaal 2040 – vastgesteld 27 november 2025"; font: italic 7.5pt 'DejaVu Serif'; color: #2e6b3a; } }
body { font: 9.5pt/1.45 'DejaVu Serif', serif; }
p { margin: 0 0 2.2mm; }
.wapen { font: bold 11pt 'DejaVu Sans'; letter-spacing: 2pt; color: #2e6b3a; }
.btitel { font: bold 13pt 'DejaVu Serif'; margin: 4mm 0 6mm; }
.besluit ul.ov { margin: 0 0 2.2mm; padding-left: 6mm; }
.bs { margin: 5mm 0 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.titel { padding-top: 60mm; break-after: page; }
.titel .bij { font-size: 9pt; color: #555; }
.titel .t1 { font: bold 30pt/1.15 'DejaVu Serif'; color: #2e6b3a; margin: 8mm 0 4mm; }
.titel .t2 { font: italic 14pt 'DejaVu Serif'; }
.toc { break-after: page; }
.toc .tockop { font: bold 18pt 'DejaVu Serif'; color: #2e6b3a; margin-bottom: 6mm; }
.cols { columns: 2; column-gap: 9mm; }
.hk { column-span: all; break-before: page; margin-bottom: 5mm; }
.hk .hn { font: bold 40pt/1 'DejaVu Sans'; color: #9cc5a1; margin: 0; }
.hk h1 { font: bold 20pt 'DejaVu Serif'; color: #2e6b3a; margin: 1mm 0 0; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #2e6b3a; margin: 4mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm; }
table.tbl { width: 100%; font-size: 8pt; margin: 1mm 0 3mm; }
table.tbl th { text-align: left; border-bottom: 0.8pt solid #2e6b3a; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h1.bijl { font: bold 16pt 'DejaVu Serif'; color: #2e6b3a; }
table.gio { font-size: 8.5pt; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

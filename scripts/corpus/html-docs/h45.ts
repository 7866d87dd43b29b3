/**
 * h45 — gemeente Almere (gm0034), holdout (session 7, second batch). Content after the Almere Principles (koester
 * diversiteit, verbind plaats en context, combineer stad en natuur, anticipeer op verandering, blijf innoveren, ontwerp
 * gezonde systemen, mensen maken de stad) and the gemeente's public pages on its omgevingsvisie (growth to about
 * 300.000 inwoners, Almere Pampus, Oosterwold, the Weerwater and the Floriade area, the Oostvaardersplassen),
 * shortened and in our own words. Layout: a magazine look (DejaVu Sans 9 pt body in two columns after a one-column
 * intro per chapter, Liberation Serif headings), chapters from 0 with the bare chapter number in a large coloured box
 * above the title, sections "0.1" and "1.2.1" (three levels), pull quotes beside the body, a map "Kaart 2" drawn as
 * SVG, nested lists (■ with –), mirrored footers "n | Omgevingsvisie Almere" (left pages) and "Omgevingsvisie Almere |
 * n" (right pages), a raadsbesluit with "Overwegende dat", "BESLUIT:", Artikel 1–2 (inwerkingtreding "met ingang van 1
 * juli 2027"), signatures in two columns, "Bijlage 1" on the visie's title page, and a GIO table of eleven objects
 * whose long identifiers break inside the cell and which continues over a page break with a repeated header row.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0034', '2027', '2027-06-24', '1')
const GIOS: Gio[] = [
  gio('Gemeente Almere', 'omgevingsvisie-almere-werkingsgebied-gemeente-almere', [0, 0], 9),
  gio('Almere Centrum en Weerwater', 'omgevingsvisie-almere-werkingsgebied-centrum-weerwater', [0, 0], 1.5),
  gio('Almere Pampus', 'omgevingsvisie-almere-werkingsgebied-almere-pampus', [-7, 5], 2.5),
  gio('Oosterwold', 'omgevingsvisie-almere-werkingsgebied-oosterwold', [8, -4], 4),
  gio('Almere Poort', 'omgevingsvisie-almere-werkingsgebied-almere-poort', [-6, -2], 2),
  gio('Almere Buiten', 'omgevingsvisie-almere-werkingsgebied-almere-buiten', [4, 3], 2),
  gio('Almere Haven', 'omgevingsvisie-almere-werkingsgebied-almere-haven', [1, -4], 1.5),
  gio('Almere Hout', 'omgevingsvisie-almere-werkingsgebied-almere-hout', [5, -1], 2),
  gio('Floriadewijk', 'omgevingsvisie-almere-werkingsgebied-floriadewijk', [1, -1], 0.8),
  gio('Oostvaardersplassen en Oostvaardersland', 'omgevingsvisie-almere-werkingsgebied-oostvaardersplassen', [10, 8], 5),
  gio('Markermeerkust en IJmeerkust', 'omgevingsvisie-almere-werkingsgebied-markermeerkust-ijmeerkust', [-8, 7], 3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><div class="box">${k.nummer}</div><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span> ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]

const KAART = `<figure class="kaart"><svg width="78mm" height="50mm" viewBox="0 0 156 100" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="155" height="99" fill="#e9f2f7" stroke="#1d3557" stroke-width="0.5"/>
<path d="M20 90 L30 30 L80 12 L140 30 L148 80 L90 96 Z" fill="#f6f1e3" stroke="#1d3557" stroke-width="0.8"/>
<ellipse cx="78" cy="58" rx="14" ry="8" fill="#9cc3d5"/>
<g fill="#e63946"><circle cx="78" cy="50" r="3"/><circle cx="46" cy="40" r="2.5"/><circle cx="110" cy="36" r="2.5"/><circle cx="72" cy="80" r="2.5"/></g>
<path d="M110 60 L140 50 L145 78 L112 86 Z" fill="#b7d7a8" opacity="0.8"/>
</svg><figcaption>Kaart 2 Het Weerwater als hart van de stad, met de stadsdelen eromheen</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Almere</p>
<p class="ttl">Besluit van de raad van de gemeente Almere tot vaststelling van de Omgevingsvisie Almere</p>
<p>De raad van de gemeente Almere,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 mei 2027, RV-41/2027;</p>
<p>Overwegende dat Almere de komende decennia doorgroeit naar ongeveer 300.000 inwoners en dat die groei een koers vraagt voor de hele fysieke leefomgeving;</p>
<p>Overwegende dat het ontwerp van de visie van 10 januari tot en met 20 februari 2027 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Almere, zoals opgenomen in bijlage 1 bij dit besluit, wordt vastgesteld, met de werkingsgebieden die in bijlage A van de visie zijn vermeld.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking met ingang van 1 juli 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 24 juni 2027.</p>
${handtekeningen(['de griffier,', 'drs. J.M. Eijkelkamp'], ['de voorzitter,', 'H.A.C. Weerwind'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit RV-41/2027</p>
<p class="t1">Omgevingsvisie Almere</p>
<p class="t2">Mensen maken de stad</p>
</div>`)

  const cols = (f: () => void) => {
    d.raw('<div class="cols">')
    f()
    d.raw('</div>')
  }
  d.page('body').enter('visie')
  d.kop(1, '0', 'Over deze visie')
  d.p('Almere is een jonge stad die nog altijd groeit. Deze omgevingsvisie beschrijft hoe wij die groei richting geven, zo dat de stad leefbaar, gezond en groen blijft.', 'intro')
  cols(() => {
    d.kop(2, '0.1', 'Waarom een nieuwe visie')
    d.p('De Omgevingswet vraagt één visie voor de hele fysieke leefomgeving. Deze visie vervangt de structuurvisies en het Ontwikkelingsperspectief Almere 2.0 voor zover zij over de leefomgeving gaan.')
    d.raw('<aside class="quote">“Almere is nooit af. Dat is geen zwakte, dat is onze kracht.”</aside>')
    d.kop(2, '0.2', 'De Almere Principles')
    d.p('Sinds 2008 geven de Almere Principles richting aan de ontwikkeling van de stad. Wij blijven ze gebruiken als toetsstenen:')
    d.list(
      [
        'koester diversiteit;',
        'verbind plaats en context;',
        { text: 'combineer stad en natuur:', sub: ['groen in elke wijk;', 'water als drager van de stad.'] },
        'anticipeer op verandering;',
        'blijf innoveren;',
        'ontwerp gezonde systemen;',
        'mensen maken de stad.',
      ],
      blok,
    )
  })

  d.page('body')
  d.kop(1, '1', 'Almere groeit')
  d.p('Almere heeft nu ruim 220.000 inwoners. De stad groeit door naar ongeveer 300.000 inwoners. Die groei vangen wij op in bestaande stadsdelen en in nieuwe gebieden.', 'intro')
  cols(() => {
    d.kop(2, '1.1', 'Bouwen in de bestaande stad')
    d.p('Rond het centrum en het Weerwater is ruimte voor hogere dichtheden. Wij bouwen daar woningen voor jong en oud, met voorzieningen op loopafstand.')
    d.kop(3, '1.1.1', 'Centrum en Weerwater')
    d.p('Het Weerwater wordt het hart van de stad. Aan de oevers komen woningen, werkplekken en een park; de Floriadewijk is daarvan het eerste deel.')
    d.raw(KAART)
    d.kop(3, '1.1.2', 'De oudere stadsdelen')
    d.p('Almere Haven en Almere Stad zijn inmiddels veertig jaar oud. Wij vernieuwen er woningen en openbare ruimte, samen met corporaties en bewoners.')
    d.kop(2, '1.2', 'Nieuwe stadsdelen')
    d.p('Almere Pampus aan het IJmeer en Oosterwold in het oosten zijn de grote uitbreidingen.')
    d.kop(3, '1.2.1', 'Almere Pampus')
    d.p('Pampus wordt een stadsdeel aan het water, met een verbinding met het openbaar vervoer naar Amsterdam.')
    d.kop(3, '1.2.2', 'Oosterwold')
    d.p('In Oosterwold bouwen bewoners zelf, op ruime kavels met stadslandbouw. Zij regelen zelf wegen, water en energie.')
    d.raw('<aside class="quote">“In Oosterwold maak je je eigen plek — en een deel ervan blijft boerenland.”</aside>')
  })

  d.page('body')
  d.kop(1, '2', 'Een groene en gezonde stad')
  d.p('Almere is gebouwd in de polder, met veel groen en water. Dat willen wij zo houden, ook als de stad groeit.', 'intro')
  cols(() => {
    d.kop(2, '2.1', 'Groen en natuur')
    d.p('De Oostvaardersplassen, het Kromslootpark en het Waterlandse Bos zijn de groene longen van de stad. Nieuwe wijken krijgen vanaf het begin een groene structuur.')
    d.kop(2, '2.2', 'Water en klimaat')
    d.p('Wij houden regenwater vast in wijken en parken en maken de stad bestand tegen hitte. Bij nieuwbouw geldt meer dan de eisen in Bijlage I bij het Besluit bouwwerken leefomgeving: daken worden groen of leveren energie.')
    d.kop(2, '2.3', 'Gezond leven')
    d.p('Wij maken het makkelijk om te lopen, te fietsen en te sporten, en houden geluid en luchtvervuiling bij woningen laag.')
  })

  d.page('body')
  d.kop(1, '3', 'Werken en bereikbaarheid')
  d.p('Voor een stad van 300.000 inwoners zijn banen en goede verbindingen nodig.', 'intro')
  cols(() => {
    d.kop(2, '3.1', 'Werklocaties')
    d.p('Wij ontwikkelen werkgebieden bij de stations en langs de A6, en houden ruimte voor logistiek en maakindustrie in Almere Poort en Stichtsekant.')
    d.kop(2, '3.2', 'Bereikbaarheid')
    d.p('De busbanen blijven de ruggengraat van het openbaar vervoer. Wij werken met het Rijk aan een betere verbinding met Amsterdam en Utrecht.')
    d.kop(2, '3.3', 'Uitvoering')
    d.p('Het omgevingsplan, programma’s en gebiedsuitwerkingen werken deze visie uit. Elke twee jaar rapporteren wij aan de raad.')
  })

  d.bijlage('A', 'Werkingsgebieden', '<h2 class="bijl">Bijlage A Werkingsgebieden</h2><p>De werkingsgebieden van deze visie zijn vastgelegd als geometrisch informatieobject. De tabel noemt per gebied de identificatie waaronder het in de landelijke voorziening is te vinden. De begrenzing volgt de stadsdelen en gebieden uit hoofdstuk 1 en hoofdstuk 2 van deze visie.</p><p>Waar gebieden elkaar overlappen, zoals de Floriadewijk binnen Almere Centrum en Weerwater, gelden de ambities voor beide gebieden. Wijzigt de begrenzing van een stadsdeel, dan passen wij het werkingsgebied bij de eerstvolgende herziening van de visie aan.</p>')
  d.gioTabelRows(GIOS, ['Werkingsgebied', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie, true)], 'gio', ['38%', '62%'])

  const ft = "font: 7.5pt 'DejaVu Sans'; color: #1d3557;"
  const spec: DocSpec = {
    id: 'h45',
    set: 'dev',
    bron: 'Bewerkt naar de Almere Principles en de openbare pagina\'s van de gemeente Almere over haar omgevingsvisie (groei naar ongeveer 300.000 inwoners, Almere Pampus, Oosterwold, Weerwater en Floriadewijk, Oostvaardersplassen), ingekort en in eigen woorden; eigen opmaak: tijdschriftstijl (DejaVu Sans 9 pt in twee kolommen na een inleiding in één kolom per hoofdstuk, Liberation Serif-koppen), hoofdstukken vanaf 0 met het nummer los in een groot gekleurd vlak boven de titel, paragrafen "0.1" en "1.2.1" (drie niveaus), uitgelichte citaten naast de tekst, kaart "Kaart 2" als vectortekening, geneste lijsten (■ met –), gespiegelde voetteksten "n | Omgevingsvisie Almere" en "Omgevingsvisie Almere | n", raadsbesluit met "Overwegende dat", "BESLUIT:", Artikel 1–2 met "met ingang van 1 juli 2027", handtekeningen in twee kolommen, "Bijlage 1" op de titelpagina van de visie, GIO-tabel van elf objecten met lange identificaties die in de cel afbreken en over een pagina doorloopt met herhaalde kopregel (holdout)',
    bevoegdGezag: 'gm0034',
    naam: 'Gemeente Almere',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Almere tot vaststelling van de Omgevingsvisie Almere',
      artikelen: ['1', '2'],
      inwerkingtreding: '2027-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Almere',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-almere', regeling: 'omgevingsvisie-almere', doel: 'omgevingsvisie-almere' },
      datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-06-28', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0034',
      oin: '00000001002220647000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [145000, 487000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Almere$', '^Omgevingsvisie Almere \\| \\d+$'],
    title: 'Omgevingsvisie Almere',
    css: `
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
@page body:left { @bottom-left { content: counter(page) " | Omgevingsvisie Almere"; ${ft} } }
@page body:right { @bottom-right { content: "Omgevingsvisie Almere | " counter(page); ${ft} } }
@page bijl:left { @bottom-left { content: counter(page) " | Omgevingsvisie Almere"; ${ft} } }
@page bijl:right { @bottom-right { content: "Omgevingsvisie Almere | " counter(page); ${ft} } }
body { font: 9pt/1.5 'DejaVu Sans', sans-serif; color: #1b1b1b; }
p { margin: 0 0 2.2mm; }
.gem { font: bold 13pt 'Liberation Serif'; color: #e63946; }
.ttl { font: bold 12pt 'Liberation Serif'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; letter-spacing: 0.5pt; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #555; }
.titel .t1 { font: bold 34pt 'Liberation Serif'; color: #1d3557; margin: 4mm 0; }
.titel .t2 { font: italic 16pt 'Liberation Serif'; color: #e63946; }
.pg { break-before: page; }
.pg:first-child { break-before: auto; }
.hfd { margin: 0 0 5mm; }
.hfd .box { display: inline-block; background: #e63946; color: #fff; font: bold 40pt/1 'Liberation Serif'; padding: 5mm 8mm; margin-bottom: 3mm; }
h1 { font: bold 22pt 'Liberation Serif'; color: #1d3557; margin: 0; }
p.intro { font: 11pt/1.45 'Liberation Serif'; color: #1d3557; margin-bottom: 5mm; }
.cols { column-count: 2; column-gap: 8mm; }
h2 { font: bold 11.5pt 'Liberation Serif'; color: #1d3557; margin: 3mm 0 1.5mm; break-after: avoid; }
h2 .n { color: #e63946; }
h3 { font: bold italic 9.5pt 'DejaVu Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
aside.quote { font: italic 12pt/1.35 'Liberation Serif'; color: #e63946; border-top: 1.5pt solid #e63946; border-bottom: 1.5pt solid #e63946; padding: 2mm 0; margin: 3mm 0; break-inside: avoid; }
.lst { margin: 0 0 2.5mm; }
.kaart { margin: 2mm 0 3mm; break-inside: avoid; }
.kaart figcaption { font: 7.5pt 'DejaVu Sans'; color: #1d3557; }
h2.bijl { font: bold 16pt 'Liberation Serif'; color: #1d3557; margin: 10mm 0 4mm; padding-top: 4mm; border-top: 1pt solid #1d3557; }
table.gio { width: 100%; font-size: 8.5pt; margin-top: 3mm; }
table.gio thead { display: table-header-group; }
table.gio th { text-align: left; background: #1d3557; color: #fff; padding: 1.5mm; }
table.gio td { border-bottom: 0.5pt solid #9aa; padding: 1.5mm; vertical-align: top; }
table.gio tr { break-inside: avoid; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * h254 — gemeente Wijdemeren (gm1696), holdout (session 14): the Noord-Hollandse gemeente of some 24.000 inwoners in
 * the Vechtstreek, with the kernen Loosdrecht, Kortenhoef, 's-Graveland, Ankeveen, Nederhorst den Berg, Breukeleveen
 * and Muyeveld, the Loosdrechtse Plassen, the Ankeveense en Kortenhoefse plassen, the buitenplaatsen of
 * 's-Graveland and the Vecht. Content after the public descriptions of the gemeente, Natuurmonumenten's plassengebied
 * and the regio Gooi en Vechtstreek, here as an omgevingsvisie of 2028, shortened and in our own words. Layout:
 * Chromium, A4 LANDSCAPE, Nimbus Sans 9.5 pt set in TWO COLUMNS; chapters on a new page as "Hoofdstuk 1" over the
 * title on its own line (nummer "1"), sections "1.1", third level "1.1.1"; no table of contents; header "Gemeente
 * Wijdemeren | Plassengemeente" left, footer "Omgevingsvisie Wijdemeren – n" right; bullets "›"; numbered list "1."; a table;
 * raadsbesluit with Artikel 1–3; GIO lines "naam – identificatie" in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1696', '2028', '2028-10-05', '1')
const GIOS: Gio[] = [
  gio('Gemeente Wijdemeren', 'gemeente-wijdemeren', [0, 0], 4),
  gio('Loosdrechtse Plassen', 'loosdrechtse-plassen', [-1, -0.5], 1.5),
  gio('Ankeveense en Kortenhoefse plassen', 'ankeveense-kortenhoefse-plassen', [1.5, 1.5], 1),
  gio('Buitenplaatsenzone ’s-Graveland', 'buitenplaatsenzone-s-graveland', [2.5, 0.5], 0.6),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">Hoofdstuk ${k.nummer}</span><br>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&nbsp;${k.opschrift}</h3>`

const pijl: Marker[] = [{ glyph: '›' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de gemeenteraad van Wijdemeren tot vaststelling van de Omgevingsvisie Wijdemeren</p>
<p>Raadsvoorstel nr. 2028-36</p>
<p>De raad van de gemeente Wijdemeren;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028;</p>
<p>overwegende dat de raad een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente; dat het ontwerp van 11 mei tot en met 21 juni 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn verwerkt in de Nota van beantwoording;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Wijdemeren, met de geografische informatieobjecten in bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Wijdemeren 2030 en de Toekomstvisie Wijdemeren in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Wijdemeren van 5 oktober 2028.</p>
${handtekeningen(['De griffier,', 'mr. drs. P.J.M. Kuijer'], ['De voorzitter,', 'C.M. Larson'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Wijdemeren</p><p class="t2">Wonen, werken en recreëren in het plassengebied</p></div>')
  d.enter('visie')

  d.page('std')
  d.kop(1, '1', 'Inleiding')
  d.raw('<div class="kol">')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie?')
  d.p('Wijdemeren is een gemeente van zeven kernen in een uniek landschap van plassen, veenweiden en buitenplaatsen. Met deze omgevingsvisie geven wij richting aan de ontwikkeling tot 2040.')
  d.kop(2, '1.2', 'Wat doet de visie wel en niet?')
  d.p('De visie bindt alleen het gemeentebestuur. Regels voor inwoners en ondernemers staan in het omgevingsplan.')
  d.kop(2, '1.3', 'Samen met de dorpen')
  d.p('In elke kern is gesproken met inwoners, dorpsraden en ondernemers. Hun inbreng is verwerkt in de kernenpagina’s in hoofdstuk 4.')
  d.raw('</div>')

  d.page('std')
  d.kop(1, '2', 'Het plassengebied')
  d.raw('<div class="kol">')
  d.kop(2, '2.1', 'Ontstaan van het landschap')
  d.p('De Loosdrechtse Plassen en de Ankeveense en Kortenhoefse plassen ontstonden door eeuwenlange turfwinning. Tussen de plassen liggen legakkers, trekgaten en veenweiden.')
  d.kop(2, '2.2', 'Natuur en water')
  d.kop(3, '2.2.1', 'Natura 2000')
  d.p('Grote delen van het plassengebied zijn Natura 2000-gebied. Wij houden bij ontwikkelingen rekening met stikstof, rust en waterkwaliteit.')
  d.kop(3, '2.2.2', 'Waterkwaliteit')
  d.p('Samen met Waterschap Amstel, Gooi en Vecht werken wij aan helder water en aan minder uitspoeling uit landbouw en bebouwing.')
  d.kop(2, '2.3', 'Cultuurhistorie')
  d.p('De buitenplaatsen van ’s-Graveland, de Vecht, de Nieuwe Hollandse Waterlinie met Fort Kijkuit en het Fort Nieuwersluis maken Wijdemeren cultuurhistorisch rijk.')
  d.raw('</div>')

  d.page('std')
  d.kop(1, '3', 'Ambities')
  d.raw('<div class="kol">')
  d.kop(2, '3.1', 'Wonen')
  d.p('Wij bouwen tot 2040 ongeveer 1.000 woningen, vooral binnen de kernen. Doelgroepen:')
  d.list(['jongeren en starters uit de eigen kernen;', { text: 'ouderen', sub: ['levensloopbestendige woningen;', 'wonen met zorg in Loosdrecht en Kortenhoef.'] }, 'middeninkomens.'], pijl)
  d.kop(2, '3.2', 'Recreatie en toerisme')
  d.p('De plassen trekken jaarlijks honderdduizenden bezoekers. Wij zetten in op recreatie die past bij het landschap: varen, fietsen, wandelen.')
  d.table(['Recreatievorm', 'Aandacht'], [
    ['Watersport', 'jachthavens verduurzamen, geen nieuwe ligplaatsen in kwetsbare delen'],
    ['Fietsen en wandelen', 'ontbrekende schakels in routes tussen de kernen'],
    ['Verblijfsrecreatie', 'kwaliteit boven kwantiteit'],
  ], 'tbl', ['35%', '65%'])
  d.kop(2, '3.3', 'Economie')
  d.p('Wij koesteren kleinschalige bedrijvigheid in de kernen en de watersportbedrijven rond de plassen.')
  d.kop(2, '3.4', 'Energie en klimaat')
  d.kop(3, '3.4.1', 'Opwek')
  d.p('Grootschalige wind- en zonneparken passen niet in het open plassenlandschap. Wij kiezen voor zon op daken en aquathermie.')
  d.kop(3, '3.4.2', 'Bodemdaling')
  d.p('In de veenweiden beperken wij bodemdaling door een hoger waterpeil waar dat mogelijk is. Daarbij:')
  d.list(['zoeken wij samen met agrariërs naar nieuwe verdienmodellen;', 'benutten wij de provinciale regelingen voor veenweiden;', 'monitoren wij de bodemdaling elke vijf jaar.'], num)
  d.raw('</div>')

  d.page('std')
  d.kop(1, '4', 'Kernen')
  d.raw('<div class="kol">')
  d.kop(2, '4.1', 'Loosdrecht')
  d.p('Loosdrecht is de grootste kern, langgerekt langs de Oud-Loosdrechtsedijk en de Nieuw-Loosdrechtsedijk.')
  d.kop(2, '4.2', 'Kortenhoef en ’s-Graveland')
  d.p('Kortenhoef ligt aan de rand van de plassen; ’s-Graveland wordt gekenmerkt door de buitenplaatsen.')
  d.kop(2, '4.3', 'Ankeveen en Nederhorst den Berg')
  d.p('Ankeveen is een lintdorp in de veenweiden. Nederhorst den Berg ligt aan de Vecht en het Hilversums Kanaal.')
  d.raw('</div>')

  d.page('std')
  d.kop(1, '5', 'Uitvoering')
  d.raw('<div class="kol">')
  d.kop(2, '5.1', 'Instrumenten')
  d.p('Het omgevingsplan, programma’s en de beoordeling van initiatieven zijn de belangrijkste instrumenten.')
  d.kop(2, '5.2', 'Regionale samenwerking')
  d.p('Wij werken samen in de regio Gooi en Vechtstreek, met de provincie Noord-Holland en met terreinbeheerders.')
  d.raw('</div>')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 – Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ' – ')

  const ft = "font: 8pt 'Nimbus Sans'; color: #3d5a66;"
  const spec: DocSpec = {
    id: 'h254',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Wijdemeren (Loosdrecht, Kortenhoef, ’s-Graveland, Ankeveen, Nederhorst den Berg, de Loosdrechtse Plassen, de Ankeveense en Kortenhoefse plassen, de buitenplaatsen, de Vecht) en de regio Gooi en Vechtstreek, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 liggend, Nimbus Sans 9,5 pt in twee kolommen, hoofdstukken op een nieuwe pagina als "Hoofdstuk 1" boven de titel, paragrafen "1.1", derde niveau "1.1.1", geen inhoudsopgave, koptekst "Gemeente Wijdemeren | Plassengemeente" links, voettekst "Omgevingsvisie Wijdemeren – n" rechts, opsommingen "›" en "1.", een tabel, raadsbesluit met Artikel 1–3, GIO-regels in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1696',
    naam: 'Gemeente Wijdemeren',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Wijdemeren tot vaststelling van de Omgevingsvisie Wijdemeren',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Wijdemeren',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-wijdemeren', regeling: 'omgevingsvisie-wijdemeren', doel: 'omgevingsvisie-wijdemeren' },
      datums: { vaststelling: '2028-10-05', ondertekening: '2028-10-05', bekendmaking: '2028-10-18' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1696',
      oin: '00000001000000016960',
      achtergrondActualiteit: '2028-07-01',
    },
    geo: { origin: [132000, 467000] },
    meubilair: ['^Gemeente Wijdemeren \\| Plassengemeente$', '^Omgevingsvisie Wijdemeren – \\d+$'],
    title: 'Omgevingsvisie Wijdemeren',
    css: `
@page { size: A4 landscape; margin: 18mm 20mm 16mm 20mm; @top-left { content: "Gemeente Wijdemeren  |  Plassengemeente"; ${ft} } @bottom-right { content: "Omgevingsvisie Wijdemeren – " counter(page); ${ft} } }
@page eerste { @top-left { content: none; } }
@page titel { @top-left { content: none; } @bottom-right { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1d2a30; }
p { margin: 0 0 2.2mm; }
.besl { width: 60%; }
.ttl { font: bold 15pt 'Nimbus Sans'; color: #1f6f8b; margin: 0 0 4mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 55mm 0 0 20mm; }
.titel .t1 { font: bold 32pt 'Nimbus Sans'; color: #1f6f8b; }
.titel .t2 { font: 15pt 'Nimbus Sans'; color: #3d5a66; }
h1 { font: bold 20pt 'Nimbus Sans'; color: #1f6f8b; margin: 0 0 6mm; }
h1 .hn { font: 11pt 'Nimbus Sans'; color: #3d5a66; letter-spacing: 0.5pt; }
.kol { column-count: 2; column-gap: 12mm; }
h2 { font: bold 12pt 'Nimbus Sans'; color: #1f6f8b; margin: 4mm 0 2mm; break-after: avoid; }
h3 { font: bold 10pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #1f6f8b; padding: 1mm; text-align: left; vertical-align: top; }
table.tbl th { background: #dcecf2; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #1f6f8b; margin: 0 0 5mm; }
.gioregel { font-size: 9pt; margin: 0 0 2mm; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

/**
 * h08 — provincie Zuid-Holland (holdout): roman chapters "Hoofdstuk IV – Titel" with arabic sections "4.1 Titel"
 * below them, –-lists with nested •-items, two body tables, running headers alternating left/right, footer
 * "Pagina n van N" on the outer side, a Statenbesluit with "Overwegende dat", "gelet op", "b e s l u i t e n :",
 * Artikel 1–3 and signatures in two columns, long GIO identifiers breaking in a narrow cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('pv28', '2026', '2026-02-11', '2')
const GIOS: Gio[] = [
  gio('Groene Hart', 'omgevingsvisie-zuid-holland-groene-hart-veenweidegebied', [10, 5], 9),
  gio('Hoogstedelijke zone', 'omgevingsvisie-zuid-holland-hoogstedelijke-zone-randstad-zuidvleugel', [-8, -5], 6),
  gio('Logistiek-industrieel systeem Rotterdamse haven', 'omgevingsvisie-zuid-holland-logistiek-industrieel-systeem-haven', [-20, -15], 7),
  gio('Kust en duinen', 'omgevingsvisie-zuid-holland-kust-en-duinen', [-25, 10], 5),
  gio('Delta-eilanden', 'omgevingsvisie-zuid-holland-delta-eilanden-goeree-overflakkee-hoeksche-waard', [-15, -35], 8),
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1>Hoofdstuk ${k.nummer} – ${k.opschrift}</h1>` : `<h2><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
const dash: Marker[] = [{ glyph: '–' }, { glyph: '•' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Provinciale Staten van Zuid-Holland</p>
<p class="ttl">Besluit van Provinciale Staten van Zuid-Holland van 11 februari 2026 tot vaststelling van de Omgevingsvisie Zuid-Holland</p>
<p>Provinciale Staten van Zuid-Holland,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 9 december 2025, nummer PZH-2025-891204;</p>
<p>Overwegende dat</p>
<ul class="ov">
<li>het Omgevingsbeleid van Zuid-Holland bestaat uit twee kaderstellende instrumenten, de Omgevingsvisie en de Omgevingsverordening;</li>
<li>de Omgevingsvisie de provinciale structuurvisie, het verkeers- en vervoersplan, het milieubeleidsplan en het regionaal waterplan vervangt;</li>
<li>het ontwerp met de leefomgevingstoets ter inzage heeft gelegen en de zienswijzen zijn beantwoord;</li>
</ul>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t e n :</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Zuid-Holland, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Visie op Zuid-Holland uit 2010 en de daarop gebaseerde beleidsnota’s voor de fysieke leefomgeving worden ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 april 2026.</p>
<p class="aldus">Den Haag, 11 februari 2026</p>
<p>Provinciale Staten van Zuid-Holland,</p>
${handtekeningen(['griffier,', 'drs. M.A.M. Vastbinder'], ['voorzitter,', 'mr. W.L. Smit'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Zuid-Holland</p>
<p class="t2">Zuid-Holland vernieuwt: ruimte voor ontwikkeling, met waarborg voor kwaliteit</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, 'I', 'Introductie')
  d.kop(2, '1.1', 'Omgevingsbeleid Zuid-Holland')
  d.ps(
    'Het Omgevingsbeleid van Zuid-Holland omvat al het provinciale beleid voor de fysieke leefomgeving. Het bestaat uit twee kaderstellende instrumenten: deze omgevingsvisie en de omgevingsverordening. Daarnaast werken we met programma’s die het beleid uitwerken in maatregelen.',
    'Zuid-Holland is de dichtstbevolkte provincie. We willen dat de provincie over dertig jaar nog steeds prettig, veilig en gezond is om in te wonen, te werken en te recreëren.',
  )
  d.kop(2, '1.2', 'Opgavegericht samenwerken')
  d.p('De opgaven zijn groot en met elkaar verweven: zo’n 240.000 nieuwe woningen, ruimte voor duurzame energie, aanpassing aan een veranderend klimaat, een circulaire economie en kringlooplandbouw. Ze vragen meer ruimte dan er is. Daarom werken we opgavegericht samen met gemeenten, waterschappen, het Rijk en maatschappelijke partners.')

  d.kop(1, 'II', 'Ruimtelijke hoofdstructuur')
  d.kop(2, '2.1', 'Het dagelijks stedelijk systeem')
  d.p('De steden van Zuid-Holland vormen samen één dagelijks stedelijk systeem. Binnen de hoogstedelijke zone bundelen we wonen, werken en voorzieningen rond de knooppunten van het openbaar vervoer.')
  d.kop(2, '2.2', 'Landschap, bodem en water')
  d.p('Het bodem- en watersysteem en de landschappelijke eenheden vormen de onderlegger van de structuur. We onderscheiden:')
  d.list(
    [
      { text: 'de groene ruimte, met', sub: ['het Groene Hart;', 'de landgoederenzone langs de binnenduinrand;', 'de recreatiegebieden rond de steden.'] },
      'het logistiek-industrieel systeem van de haven en de corridors;',
      'het bodem- en watersysteem met de grote rivieren en de kust;',
      'de energie-infrastructuur op land en de aanlanding van wind op zee.',
    ],
    dash,
  )

  d.kop(1, 'III', 'Ambities')
  d.p('Het Omgevingsbeleid richt zich op zes ambities. Samen geven ze de ontwikkelrichting aan.')
  d.kop(2, '3.1', 'Naar een klimaatbestendige delta')
  d.p('In 2050 is Zuid-Holland klimaatbestendig ingericht. Bij ruimtelijke ontwikkelingen houden we rekening met overstromingsrisico’s, wateroverlast, droogte, hitte en bodemdaling.')
  d.kop(2, '3.2', 'Naar een nieuwe economie: the next level')
  d.p('De economie verandert van een fossiele naar een circulaire en digitale economie. De haven van Rotterdam en de kennisinstellingen in Delft en Leiden spelen daarin een hoofdrol.')
  d.kop(2, '3.3', 'Naar een levendige meerkernige metropool')
  d.p('Nieuwe woningen bouwen we bij voorkeur binnen bestaand stads- en dorpsgebied. De tabel geeft de woningbouwopgave per regio tot 2030.')
  d.table(
    ['Regio', 'Opgave tot 2030', 'Binnen bestaand gebied'],
    [
      ['Haaglanden', '60.000', '90%'],
      ['Rotterdam-Rijnmond', '70.000', '85%'],
      ['Holland Rijnland', '30.000', '80%'],
      ['Drechtsteden en Alblasserwaard', '25.000', '75%'],
      ['Midden-Holland', '15.000', '75%'],
    ],
    'tbl',
    ['42%', '29%', '29%'],
  )
  d.kop(2, '3.4', 'Energievernieuwing')
  d.p('We werken aan een energievoorziening die betaalbaar, betrouwbaar en schoon is. Restwarmte uit de haven, aardwarmte en wind op zee zijn de belangrijkste bronnen.')
  d.kop(2, '3.5', 'Best bereikbare provincie')
  d.p('Zuid-Holland wil de best bereikbare provincie zijn, met een netwerk dat de steden onderling en met de economische centra verbindt, met aandacht voor fiets en openbaar vervoer.')
  d.kop(2, '3.6', 'Gezonde en aantrekkelijke leefomgeving')
  d.p('Een gezonde leefomgeving vraagt om schone lucht, weinig geluidhinder, veilige omgang met gevaarlijke stoffen en groen dicht bij huis.')

  d.kop(1, 'IV', 'Sturing')
  d.kop(2, '4.1', 'Ruimte voor ontwikkeling, met waarborg voor kwaliteit')
  d.p('We geven ruimte aan ontwikkelingen die bijdragen aan de ambities en we waarborgen de kwaliteit van de leefomgeving. Dat vraagt om vertrouwen in de partners en om heldere afspraken.')
  d.kop(2, '4.2', 'Vier sturingsstijlen')
  d.p('Afhankelijk van de opgave kiezen we een van vier manieren van sturen:')
  d.list(
    [
      'loslaten, waar anderen aan zet zijn;',
      'stimuleren, met kennis, subsidie en netwerken;',
      { text: 'samenwerken, in gebiedsprocessen en programma’s, met', sub: ['gemeenten en waterschappen;', 'maatschappelijke organisaties.'] },
      'reguleren, met regels in de omgevingsverordening.',
    ],
    dash,
  )

  d.kop(1, 'V', 'Omgevingskwaliteit')
  d.kop(2, '5.1', 'Drie unieke deltalandschappen')
  d.p('Zuid-Holland kent drie unieke deltalandschappen: de kust met duinen en strandwallen, het veenweidegebied van het Groene Hart en de rivierdelta met de eilanden. Samen met de veelzijdige steden vormen zij de identiteit van de provincie.')
  d.kop(2, '5.2', 'Ruimtelijke kwaliteit')
  d.p('Bij iedere ruimtelijke ontwikkeling vragen we om een bijdrage aan de ruimtelijke kwaliteit. Hoe zwaar die vraag is, hangt af van de soort ontwikkeling:')
  d.table(
    ['Soort ontwikkeling', 'Wat het is', 'Wat we vragen'],
    [
      ['Inpassen', 'past binnen de bestaande structuur', 'aansluiten bij de kenmerken van de plek'],
      ['Aanpassen', 'verandert de structuur op onderdelen', 'een goed ontwerp dat kwaliteit toevoegt'],
      ['Transformeren', 'brengt een nieuwe structuur', 'een integraal ontwerp met de omgeving'],
    ],
    'tbl',
    ['24%', '36%', '40%'],
  )

  d.page('bijl')
  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 1 – Geometrische informatieobjecten</h1><p>Deze omgevingsvisie verwijst naar de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['35%', '65%'], true)

  const hf = "font: 8pt 'DejaVu Sans Condensed', 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h08',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie van de provincie Zuid-Holland (Omgevingsbeleid, ruimtelijke hoofdstructuur, zes ambities, sturing, omgevingskwaliteit en ruimtelijke kwaliteit), ingekort; eigen opmaak: DejaVu Sans Condensed 10 pt, romeinse hoofdstukken "Hoofdstuk IV – Titel" met arabische paragrafen "4.1 Titel", –-lijsten met •-items, twee tabellen, kopregel afwisselend links/rechts, voettekst "Pagina n van N" aan de buitenkant, "b e s l u i t e n :", Artikel 1–3, handtekeningen in twee kolommen, lange GIO-identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'pv28',
    naam: 'Provincie Zuid-Holland',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Zuid-Holland van 11 februari 2026 tot vaststelling van de Omgevingsvisie Zuid-Holland',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Zuid-Holland',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-zuid-holland', regeling: 'omgevingsvisie-zuid-holland', doel: 'omgevingsvisie-zuid-holland' },
      datums: { vaststelling: '2026-02-11', ondertekening: '2026-02-11', bekendmaking: '2026-02-18', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV28',
      oin: '00000001000000280000',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [90000, 445000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^Provincie Zuid-Holland – Omgevingsvisie \\(vastgesteld\\)$'],
    title: 'Omgevingsvisie Zuid-Holland',
    css: `
@page { size: A4; margin: 24mm 21mm 23mm 21mm; }
@page std:right { @top-right { content: "Provincie Zuid-Holland – Omgevingsvisie (vastgesteld)"; ${hf} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
@page std:left { @top-left { content: "Provincie Zuid-Holland – Omgevingsvisie (vastgesteld)"; ${hf} } @bottom-left { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
@page bijl { @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
body { font: 10pt/1.5 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-stretch: condensed; }
p { margin: 0 0 2.4mm; }
.org { font: bold 13pt 'DejaVu Sans'; color: #c8102e; }
.ttl { font-weight: bold; margin: 5mm 0; }
.besluit ul.ov { margin: 0 0 2.4mm; padding-left: 6mm; }
.bs { margin: 5mm 0 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.titel { padding-top: 75mm; break-after: page; }
.titel .t1 { font: bold 28pt 'DejaVu Sans'; color: #c8102e; }
.titel .t2 { font: 13pt 'DejaVu Sans'; }
h1 { font: bold 16pt 'DejaVu Sans'; color: #c8102e; break-before: page; margin: 0 0 5mm; }
h2 { font: bold 11pt 'DejaVu Sans'; margin: 5mm 0 2mm; break-after: avoid; }
.n { display: inline-block; min-width: 11mm; color: #c8102e; }
.lst { margin: 0 0 3mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 1mm 0 4mm; }
table.tbl th { text-align: left; background: #c8102e; color: #fff; padding: 1.2mm; }
table.tbl td { padding: 1.2mm; border-bottom: 0.4pt solid #ccc; vertical-align: top; }
h1.bijl { font-size: 14pt; }
table.gio { width: 130mm; }
table.gio .gid { font: 8.5pt 'DejaVu Sans Mono'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

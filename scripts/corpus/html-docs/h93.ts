/**
 * h93 — gemeente Zoetermeer (gm0637), holdout (session 11, third set): a large gemeente (about 127.000 inwoners).
 * Content after the public texts on the "Visie Zoetermeer 2040" (the omgevingsvisie of Zoetermeer; a long history,
 * parts of the city more than a thousand years old, the groeispurt from the jaren zestig out of the oldest wijk Dorp
 * to the youngest and largest, Oosterheem; the gemeentegrenzen reached, so no more growth at the edges; stilstand is
 * achteruitgang; investing in woonaantrekkelijkheid and the sociaaleconomische positie; a better balance and an
 * opwaartse beweging, kansengelijkheid en leefbaarheid, verduurzamen en vernieuwing van de economie; every wijk has
 * its own park and much groen; leerlijnen from 0 to 100; not only building houses but strengthening buurten en wijken;
 * a Strategische agenda bridges visie and uitvoering; adopted with a large majority), here as a visie of 2027,
 * shortened and partly in our own words. Layout: US LETTER, a NEWSLETTER style — a masthead band on every page
 * ("ZOETERMEER 2040" + "Omgevingsvisie · editie vastgesteld"), the body in TWO COLUMNS with chapter headings across
 * both columns ("1 · title"), sections "1.1" and "2.1.1" inside the columns, a pull quote between paragraphs,
 * footer "Visie Zoetermeer 2040 — n"; ▸-lists and a list "1."; a table across the column; raadsbesluit "De raad van de
 * gemeente Zoetermeer;" with "BESLUIT:" and beslispunten I.–III. (in werking the day after bekendmaking: no date);
 * visie after "Bijlage 1 bij raadsbesluit"; GIO table Naam | Identificatie in "Bijlage 2", in two columns.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0637', '2027', '2028-01-31', '1')
const GIOS = [
  gio('Gemeente Zoetermeer', 'gemeente-zoetermeer', [0, 0], 3),
  gio('Stadshart en Entree', 'stadshart-entree', [0.2, -0.2], 0.6),
  gio('Oude wijk Dorp', 'oude-wijk-dorp', [1, 0.5], 0.4),
  gio('Oosterheem', 'oosterheem', [2, 1.5], 0.8),
  gio('Groene parken en scheggen', 'groene-parken-scheggen', [-1, 1], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span> · ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '▸', font: 'DejaVu Sans' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Zoetermeer · raadsbesluit RV 2027/118</p>
<p class="ttl">Besluit van de raad van de gemeente Zoetermeer tot vaststelling van de Visie Zoetermeer 2040</p>
<p>De raad van de gemeente Zoetermeer;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 7 december 2027, nr. RV 2027/118;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="bp">I. de Visie Zoetermeer 2040, zoals opgenomen in bijlage 1, vast te stellen als omgevingsvisie van de gemeente Zoetermeer;</p>
<p class="bp">II. de zienswijzennota Visie Zoetermeer 2040 vast te stellen;</p>
<p class="bp">III. te bepalen dat dit besluit in werking treedt op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 31 januari 2028.</p>
${handtekeningen(['de griffier,', 'drs. C.M. Dekker'], ['de voorzitter,', 'M.J. Bezuijen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit RV 2027/118</p>
<p class="t1">Visie Zoetermeer 2040</p>
<p class="t2">Omgevingsvisie · samen de toekomst van Zoetermeer vormgeven</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.raw('<div class="cols">')
  d.kop(1, '1', 'Zoetermeer in 2040')
  d.p('Zoetermeer kent een lange historie. Delen van de stad zijn meer dan duizend jaar oud. Vanaf de jaren zestig maakte de stad vanuit onze oudste wijk Dorp een enorme groeispurt, tot een gemeente van ruim 125.000 inwoners.')
  d.kop(2, '1.1', 'De grenzen bereikt')
  d.p('Voor de groei was er altijd ruimte aan de randen. Kijk naar onze jongste en grootste wijk, Oosterheem. Nu zijn de gemeentegrenzen letterlijk bereikt.')
  d.raw('<p class="quote">“Stilstand is achteruitgang. Een stad moet zich blijven ontwikkelen.”</p>')
  d.kop(2, '1.2', 'Waarom deze visie')
  d.p('De woonaantrekkelijkheid bleef achter bij de omgeving en de verschillen tussen wijken en buurten nemen toe. Alleen woningen bouwen is niet voldoende.')
  d.kop(2, '1.3', 'Een opwaartse beweging')
  d.p('De opgave is een betere balans en een opwaartse beweging van de stad: kansengelijkheid en leefbaarheid, verduurzaming en vernieuwing van de economie.')
  d.kop(1, '2', 'Groen in elke wijk')
  d.p('Elke Zoetermeerse wijk heeft een eigen park en veel groen. Dat groen zetten we meer in voor dagelijks gebruik.')
  d.kop(2, '2.1', 'Parken en scheggen')
  d.p('De groene scheggen lopen van het buitengebied tot in de wijken.')
  d.kop(3, '2.1.1', 'Spelen en bewegen')
  d.p('In elk park is ruimte om te spelen, te sporten en te ontmoeten.')
  d.kop(3, '2.1.2', 'Klimaatadaptatie')
  d.p('De parken vangen regenwater op en koelen de wijken in hete zomers.')
  d.kop(2, '2.2', 'Natuur aan de rand')
  d.p('Het Bentwoud, de Balij en de Noord Aa verbinden de stad met het Groene Hart.')
  d.kop(1, '3', 'Wonen en wijken')
  d.p('We bouwen tot 2040 circa 10.000 woningen, binnen de bestaande stad.')
  d.table(['Gebied', 'Woningen tot 2040', 'Accent'], [
    ['Stadshart en Entree', '4.000', 'hoogstedelijk, bij het station'],
    ['Dutch Innovation Park', '2.500', 'wonen en werken gemengd'],
    ['bestaande wijken', '3.500', 'herstructurering en toevoegen'],
  ], 'tbl')
  d.kop(2, '3.1', 'Versterken van buurten')
  d.p('Het gaat om het versterken van de bestaande buurten en wijken, niet alleen om aantallen.')
  d.kop(2, '3.2', 'Een stad voor iedereen')
  d.p('We zorgen voor:')
  d.list(['betaalbare woningen voor starters;', { text: 'woningen voor ouderen', sub: ['dicht bij voorzieningen;', 'gelijkvloers.'] }, 'een goede mix in elke wijk.'], pijl)
  d.kop(1, '4', 'Ontwikkelen en ontplooien')
  d.p('Met leerlijnen van 0 tot 100 kan iedereen een leven lang leren.')
  d.kop(2, '4.1', 'Onderwijs en werk')
  d.p('Mbo en hbo werken samen en bieden onderwijs aan mensen die al een baan hebben.')
  d.kop(2, '4.2', 'Een vernieuwende economie')
  d.p('Het Dutch Innovation Park wordt de plek voor nieuwe bedrijvigheid in de regio.')
  d.kop(2, '4.3', 'Zorg en welzijn dichtbij')
  d.p('Voorzieningen voor zorg en welzijn liggen in de wijkcentra, op loopafstand.')
  d.kop(1, '5', 'Van visie naar uitvoering')
  d.kop(2, '5.1', 'De strategische agenda')
  d.p('De Strategische agenda slaat de brug tussen de visie en de uitvoering op lange termijn. We werken in drie stappen:')
  d.list(['programma’s opstellen;', 'het omgevingsplan aanpassen;', 'jaarlijks met de raad de voortgang bespreken.'], num)
  d.kop(2, '5.2', 'Samen met de stad')
  d.p('Inwoners, ondernemers en partners blijven betrokken bij elke stap.')
  d.kop(2, '5.3', 'Monitoren en bijsturen')
  d.p('Eens per jaar bespreekt de raad de voortgang van de visie en de strategische agenda.')
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 · Werkingsgebieden</h2>')
  d.raw('<div class="cols">')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie, true)], 'gio', ['34%', '66%'])
  d.raw('</div>')

  const band = "font: bold 8pt 'Liberation Sans'; color: #fff; background: #E4572E; padding: 2mm 4mm;"
  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h93',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Visie Zoetermeer 2040" (de omgevingsvisie van Zoetermeer; een lange historie, de groeispurt vanaf de jaren zestig vanuit de oudste wijk Dorp tot Oosterheem; de gemeentegrenzen bereikt; stilstand is achteruitgang; woonaantrekkelijkheid en sociaaleconomische positie; een betere balans en opwaartse beweging, kansengelijkheid, leefbaarheid, verduurzaming en vernieuwing van de economie; elke wijk een eigen park; leerlijnen van 0 tot 100; buurten versterken; de Strategische agenda), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: US LETTER in NIEUWSBRIEFSTIJL, een kopband op elke bladzijde ("ZOETERMEER 2040" en "Omgevingsvisie · editie vastgesteld 31 januari 2028"), de tekst in TWEE KOLOMMEN met hoofdstukkoppen "1 · titel" over de kolommen heen, paragrafen "1.1" en "2.1.1" in de kolommen, een citaat tussen de alinea’s, voettekst "Visie Zoetermeer 2040 — n", ▸-lijsten en een lijst "1.", een tabel, raadsbesluit met "BESLUIT:" en beslispunten I.–III. (inwerkingtreding de dag na bekendmaking), visie na "Bijlage 1 bij raadsbesluit", GIO-tabel Naam | Identificatie in "Bijlage 2" in twee kolommen (holdout)',
    bevoegdGezag: 'gm0637',
    naam: 'Gemeente Zoetermeer',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zoetermeer tot vaststelling van de Visie Zoetermeer 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Visie Zoetermeer 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'visie-zoetermeer-2040', regeling: 'visie-zoetermeer-2040', doel: 'visie-zoetermeer-2040' },
      datums: { vaststelling: '2028-01-31', ondertekening: '2028-01-31', bekendmaking: '2028-02-08', inwerkingtreding: '2028-02-09' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0637',
      oin: '00000001000000637000',
      achtergrondActualiteit: '2027-12-01',
    },
    geo: { origin: [94000, 451000] },
    meubilair: ['^ZOETERMEER 2040( Omgevingsvisie · editie vastgesteld 31 januari 2028)?$', '^Visie Zoetermeer 2040 — \\d+$'],
    title: 'Visie Zoetermeer 2040',
    css: `
@page { size: letter; margin: 22mm 16mm 18mm 16mm; }
@page visie { @top-left { content: "ZOETERMEER 2040"; ${band} } @top-right { content: "Omgevingsvisie · editie vastgesteld 31 januari 2028"; ${band} } @bottom-right { content: "Visie Zoetermeer 2040 — " counter(page); ${ft} } }
@page bijl { @top-left { content: "ZOETERMEER 2040"; ${band} } @top-right { content: "Omgevingsvisie · editie vastgesteld 31 januari 2028"; ${band} } @bottom-right { content: "Visie Zoetermeer 2040 — " counter(page); ${ft} } }
body { font: 9pt/1.4 'Liberation Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 8pt 'Liberation Sans'; color: #E4572E; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.bp { margin-left: 7mm; text-indent: -7mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 8.5pt 'Liberation Sans'; color: #666; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #E4572E; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 13pt 'Liberation Serif'; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #ddd; }
h1 { column-span: all; font: bold 17pt 'Liberation Sans'; color: #1F3A5F; border-bottom: 2pt solid #E4572E; padding-bottom: 1.5mm; margin: 6mm 0 3mm; }
h1 .n { color: #E4572E; }
h2 { font: bold 10.5pt 'Liberation Sans'; color: #1F3A5F; margin: 3mm 0 1mm; break-after: avoid; }
h3 { font: bold 9pt 'Liberation Sans'; color: #E4572E; margin: 2.5mm 0 0.8mm; break-after: avoid; }
.quote { font: italic 12pt 'Liberation Serif'; color: #E4572E; border-left: 2pt solid #E4572E; padding-left: 3mm; margin: 3mm 0; }
div.lst { margin: 0 0 2mm 1mm; }
table.tbl { width: 100%; font: 8pt 'Liberation Sans'; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { background: #1F3A5F; color: #fff; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h2.bijl { font: bold 15pt 'Liberation Sans'; color: #1F3A5F; border-bottom: 2pt solid #E4572E; }
table.gio { width: 100%; font: 8pt 'Liberation Sans'; }
table.gio th { text-align: left; border-bottom: 1pt solid #1F3A5F; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * h159 — gemeente Capelle aan den IJssel (gm0502), holdout (session 13): the stad of some 67.000 inwoners on the
 * Hollandse IJssel east of Rotterdam, 15 km² with the wijken Oostgaarde, Middelwatering, Schollevaar, Schenkel,
 * 's-Gravenland, Capelle-West, Rivium and Fascinatio and the gebied Landelijk Capelle. Content after the public texts
 * on Capelle's Stadsvisie that is also its omgevingsvisie (capelleaandenijssel.nl: the ontwerp-Stadsvisie/Omgevingsvisie
 * of June 2021 with its four doelen — a koers for the future, inviting Capellenaren to make their city, an integrale
 * approach of the opgaven, a new way of working "van regels naar mogelijkheden" —, the toekomstbeeld "een dorpser,
 * groener en stadser Capelle", the omgevingsagenda and the toetsingskader hoogbouw, and the five ambities of the
 * Gebiedsvisie Landelijk Capelle), here as the Stadsvisie 2040 of 2028, partly in our own words. Layout: A4 portrait
 * in Liberation Sans 9.5 pt with ONE LANDSCAPE PAGE (the uitvoeringsagenda as a wide table) inside; each chapter opens
 * on a CHAPTER TITLE PAGE with only its number and title in a large font and an intro paragraph; sections "1.1", a
 * third level "2.3.1"; table of contents; footer "Stadsvisie Capelle aan den IJssel · vastgesteld 29 mei 2028" left
 * and "blz. n" right; a table whose header row repeats over a page break; a caption "Figuur 3.1 …"; lists "•" and
 * "1."; "besluit:" with Artikel 1–3; GIO table Nr. | Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, tocHtml, TOC_CSS, type TocRow } from './h-util.js'

const gio = gioSlug('gm0502', '2028', '2028-05-29', '1')
const GIOS = [
  { ...gio('Gemeente Capelle aan den IJssel', 'gemeente-capelle-aan-den-ijssel', [0, 0], 3), toel: 'hele grondgebied' },
  { ...gio('Rivium en Fascinatio', 'rivium-fascinatio', [1.2, -0.8], 0.6), toel: 'stadser: hoogbouw, paragraaf 2.3' },
  { ...gio('Landelijk Capelle', 'landelijk-capelle', [-0.5, 1.4], 0.7), toel: 'dorpser en groener, paragraaf 4.2' },
  { ...gio('Hollandsche IJsselzone', 'hollandsche-ijsselzone', [0, -1.6], 0.9), toel: 'groener: rivieroever, paragraaf 3.2' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="ct"><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

const TOC: TocRow[] = [
  ['1', 'Inleiding', '1 Inleiding', 1],
  ['2', 'Stadser', '2 Stadser', 1],
  ['3', 'Groener', '3 Groener', 1],
  ['4', 'Dorpser', '4 Dorpser', 1],
  ['5', 'Uitvoering', '5 Uitvoering', 1],
]

const agenda: string[][] = [
  ['Rivium', 'stadser', 'gebiedsuitwerking hoogbouw en menging', '2028–2031', 'gemeente, eigenaren'],
  ['Fascinatio', 'stadser', 'voorzieningen en openbare ruimte', '2029–2030', 'gemeente'],
  ['Capelle-West', 'stadser', 'verdichting rond het metrostation', '2029–2033', 'gemeente, corporaties'],
  ['Schollevaar', 'groener', 'vernieuwing openbare ruimte en groen', '2028–2032', 'gemeente, bewoners'],
  ['Middelwatering', 'groener', 'klimaatadaptatie en hittestress', '2028–2030', 'gemeente, waterschap'],
  ['Oostgaarde', 'groener', 'groene verbindingen naar het Schollebos', '2030', 'gemeente'],
  ['Schenkel', 'dorpser', 'wijkcentrum en ontmoeting', '2029', 'gemeente, wijkteam'],
  ["'s-Gravenland", 'dorpser', 'behoud dorpskarakter en lint', 'doorlopend', 'gemeente'],
  ['Landelijk Capelle', 'dorpser', 'Kanaalweg en winkelgebied Bermweg', '2028–2031', 'gemeente, ondernemers'],
  ['Hollandsche IJssel', 'groener', 'IJsseldijk en oeverpark', '2030–2035', 'waterschap, gemeente'],
  ['Stadsbreed', 'alle', 'toetsingskader hoogbouw actualiseren', '2029', 'gemeente'],
  ['Stadsbreed', 'alle', 'omgevingsagenda herzien', '2030', 'gemeenteraad'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const ch = (n: string, t: string, intro: string) => {
    d.page('chap')
    d.kop(1, n, t)
    d.p(intro, 'intro')
    d.page('std')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Capelle aan den IJssel · raadsbesluit nr. 2028/19</p>
<p class="ttl">Besluit van de gemeenteraad van Capelle aan den IJssel tot vaststelling van de Stadsvisie Capelle aan den IJssel 2040</p>
<p>De raad van de gemeente Capelle aan den IJssel;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 18 april 2028;</p>
<p>overwegende dat de ontwerp-Stadsvisie van 22 januari tot en met 4 maart 2028 ter inzage heeft gelegen en dat eenieder mondeling of schriftelijk een reactie kon geven;</p>
<p>overwegende dat de Stadsvisie tevens de omgevingsvisie van de gemeente is als bedoeld in artikel 3.1 van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Stadsvisie Capelle aan den IJssel 2040 vast te stellen als omgevingsvisie, zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie.</p>
<p class="art">Artikel 2</p>
<p>De Stadsvisie Capelle aan den IJssel van 2021 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 3 juli 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 29 mei 2028.</p>
${handtekeningen(['de griffier,', 'drs. C.J. van der Linden'], ['de voorzitter,', 'P.G. Oosterlee'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Stadsvisie Capelle aan den IJssel 2040</p>
<p class="t2">Dorpser, groener en stadser</p>
</div>`)
  d.page('toc').raw(tocHtml('Inhoud', TOC))

  d.enter('visie')
  ch('1', 'Inleiding', 'Hoe ziet Capelle er in 2040 uit? Wat voor soort gemeente willen wij zijn? Over die vragen hebben wij veel Capellenaren gesproken. Het antwoord staat in deze Stadsvisie.')
  d.kop(2, '1.1', 'Stadsvisie en omgevingsvisie')
  d.p('De Stadsvisie gaat over ruimte, maatschappij en veiligheid. Zij bepaalt de richting van de gemeente op de lange termijn. De Stadsvisie is ook de omgevingsvisie: van alle bouwplannen bekijken wij of ze binnen deze visie passen.')
  d.kop(2, '1.2', 'Doelen')
  d.p('De Stadsvisie heeft de volgende doelen:')
  d.list([
    'het bepalen van een koers voor de toekomst van Capelle;',
    'het uitnodigen van Capellenaren bij het maken van hun stad;',
    'het integraal benaderen van opgaven: mensen willen in een prettige omgeving wonen, waar het veilig is en er voldoende voorzieningen zijn;',
    'het stimuleren van een nieuwe manier van werken van de gemeente: uitnodigend en faciliterend, van regels naar mogelijkheden.',
  ], punt)
  d.kop(2, '1.3', 'Alle Capellenaren konden meepraten')
  d.p('In Capelle moet iedereen mee kunnen doen die dat wil. Wij spraken met bewoners in de wijken, met jongeren, ondernemers en maatschappelijke organisaties, in het IJsselcollege, het Huis van de Wijk in Schollevaar, de OBS West en de Bibliotheek.')
  d.kop(2, '1.4', 'Capelle in cijfers')
  d.p('Capelle heeft een gebied van vijftien vierkante kilometer om zijn ambities te realiseren. De tabel geeft de wijken.')
  d.table(['Wijk', 'Inwoners', 'Bouwperiode', 'Karakter'], [
    ['Oostgaarde', '11.800', '1975–1985', 'groen, laagbouw en flats'],
    ['Middelwatering', '9.600', '1960–1975', 'naoorlogs, portiekflats'],
    ['Schollevaar', '15.200', '1970–1985', 'grote groene wijk'],
    ['Schenkel', '8.400', '1975–1990', 'woonerven en water'],
    ["'s-Gravenland", '8.200', '1930–1990', 'dorps, lint en villa’s'],
    ['Capelle-West', '6.900', '1950–1970', 'wijk bij metro'],
    ['Fascinatio', '3.100', '2000–2015', 'nieuwbouw aan het water'],
    ['Rivium', '300', '1990–2010', 'kantoren, in transformatie'],
    ['Landelijk Capelle', '1.600', 'vóór 1940 en later', 'linten, veenweide'],
    ['Oostgaarde-Zuid', '1.400', '1985–1995', 'woonwijk aan de IJssel'],
    ['Rivierbuurt', '700', '1920–1960', 'dijkbebouwing'],
    ['Kralingseveer', '450', 'vóór 1940', 'buurtschap aan de rivier'],
  ], 'tbl', ['26%', '16%', '22%', '36%'])

  ch('2', 'Stadser', 'Capelle is een stad met stedelijke kwaliteiten: de metro naar Rotterdam, het Rivium en de hoogbouw langs de A16 en de IJssel.')
  d.kop(2, '2.1', 'Wonen voor iedereen')
  d.p('Wij bouwen tot 2040 ongeveer 6.000 woningen, binnen het bestaande stedelijk gebied. Nieuwe woningen komen vooral rond de metrostations en op de transformatielocaties.')
  d.kop(2, '2.2', 'Werken en voorzieningen')
  d.p('Het Rivium verandert van kantorenpark in een gemengd stadsdeel. Winkelcentrum De Koperwiek blijft het hart van de stad.')
  d.kop(2, '2.3', 'Hoogbouw')
  d.p('In het toetsingskader hoogbouw staat hoe de stad efficiënt met haar beperkte ruimte omgaat en wanneer hoogbouw van meerwaarde is.')
  d.kop(3, '2.3.1', 'Waar hoogbouw past')
  d.p('Hoogbouw past bij de metrostations, langs de A16 en in het Rivium.')
  d.kop(3, '2.3.2', 'Voorwaarden')
  d.p('Elk hoogbouwplan draagt bij aan de openbare ruimte op maaiveld:')
  d.list(['een levendige plint;', 'groen en water rond het gebouw;', 'geen windhinder op straat.'], nummer)

  ch('3', 'Groener', 'Capelle is een groene stad aan de Hollandse IJssel, met het Schollebos, het Zuidplaspark en de Ringvaart.')
  d.kop(2, '3.1', 'Groen in de wijken')
  d.raw('<div class="img"></div>')
  d.p('Figuur 3.1 Groenstructuur van Capelle aan den IJssel', 'cap')
  d.p('Wij verbinden de parken met de wijken door groene lanen en zorgen voor groen op loopafstand van elke woning.')
  d.kop(2, '3.2', 'De Hollandse IJssel')
  d.p('De rivier wordt beter beleefbaar met een doorgaande route langs de oever en nieuwe plekken aan het water.')
  d.kop(2, '3.3', 'Klimaat en energie')
  d.p('Wij maken de stad bestand tegen hevige regen en hitte en werken toe naar aardgasvrije wijken.')

  ch('4', 'Dorpser', 'Capelle is ook een dorp: de buurten kennen een eigen sfeer, en in Landelijk Capelle en ’s-Gravenland is het dorpse karakter goed voelbaar.')
  d.kop(2, '4.1', 'Buurten met een eigen gezicht')
  d.p('Wij versterken de ontmoeting in de buurten, met wijkcentra, speelplekken en ruimte voor bewonersinitiatieven.')
  d.kop(2, '4.2', 'Landelijk Capelle')
  d.p('Voor Landelijk Capelle gelden de ambities uit de gebiedsvisie:')
  d.list([
    'laat meer Capellenaren genieten van de natuur en historie;',
    'zet in op fietsvriendelijke en veilige wegen in het landelijke gebied;',
    'werk samen aan een aantrekkelijke Kanaalweg;',
    'versterk het bijzondere karakter van winkelgebied Bermweg;',
    'ontwikkel de locaties als toegangspoorten naar landschap en historie.',
  ], nummer)
  d.kop(3, '4.2.1', 'Erfgoed')
  d.p('Met eigenaren en gebruikers van monumenten werken wij aan behoud en beter gebruik van het erfgoed.')

  ch('5', 'Uitvoering', 'De omgevingsagenda beschrijft waar wij aan de slag gaan, waarom en wanneer. Zo werken wij toe naar het toekomstbeeld van een dorpser, groener en stadser Capelle.')
  d.kop(2, '5.1', 'Omgevingsagenda')
  d.p('De uitvoeringsagenda op de volgende bladzijde geeft per gebied de eerste acties.')
  d.page('land')
  d.table(['Gebied', 'Lijn', 'Actie', 'Periode', 'Wie'], agenda, 'tbl wide', ['18%', '10%', '38%', '14%', '20%'])
  d.page('std')
  d.kop(2, '5.2', 'Samenwerken')
  d.p('Wij werken samen met bewoners, ondernemers, woningcorporaties, het waterschap en de regio.')
  d.kop(2, '5.3', 'Herziening')
  d.p('Elke vier jaar bekijkt de raad of de Stadsvisie moet worden bijgesteld.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="bijl brk">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie', 'Toelichting'], (g, i) => [`${i + 1}.`, g.naam, gidCell(g.identificatie, true), g.toel], 'gio', ['7%', '26%', '40%', '27%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const foot = `@bottom-left { content: "Stadsvisie Capelle aan den IJssel · vastgesteld 29 mei 2028"; ${ft} } @bottom-right { content: "blz. " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h159',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Stadsvisie van Capelle aan den IJssel, die ook de omgevingsvisie is (ontwerp-Stadsvisie/Omgevingsvisie van juni 2021 met haar vier doelen, "van regels naar mogelijkheden", het toekomstbeeld "een dorpser, groener en stadser Capelle", de omgevingsagenda en het toetsingskader hoogbouw, de vijf ambities van de Gebiedsvisie Landelijk Capelle), hier als Stadsvisie 2040 van 2028, deels in eigen woorden; eigen opmaak: A4 staand in Liberation Sans 9,5 pt met één liggende bladzijde (de uitvoeringsagenda als brede tabel), elk hoofdstuk opent met een titelpagina met alleen nummer en titel in grote letter en een inleidende alinea, paragrafen "1.1", een derde niveau "2.3.1", inhoudsopgave, voettekst "Stadsvisie Capelle aan den IJssel · vastgesteld 29 mei 2028" links en "blz. n" rechts, een tabel waarvan de kopregel na een paginaovergang terugkomt, een bijschrift "Figuur 3.1 …", lijsten "•" en "1.", "besluit:" met Artikel 1–3, GIO-tabel Nr. | Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0502',
    naam: 'Gemeente Capelle aan den IJssel',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Capelle aan den IJssel tot vaststelling van de Stadsvisie Capelle aan den IJssel 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-03',
    },
    visieOpschrift: 'Stadsvisie Capelle aan den IJssel 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'stadsvisie-capelle-2040', regeling: 'stadsvisie-capelle-2040', doel: 'stadsvisie-capelle-2040' },
      datums: { vaststelling: '2028-05-29', ondertekening: '2028-05-29', bekendmaking: '2028-06-07', inwerkingtreding: '2028-07-03' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0502',
      oin: '00000001000000005020',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [98000, 438000] },
    meubilair: ['^Stadsvisie Capelle aan den IJssel · vastgesteld 29 mei 2028', 'blz\\. \\d+$'],
    title: 'Stadsvisie Capelle aan den IJssel 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 20mm 20mm 22mm 22mm; ${foot} }
@page besluit { @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
@page land { size: A4 landscape; margin: 18mm 20mm 20mm 20mm; ${foot} }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1d1d1b; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #777; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.titel { padding-top: 85mm; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #004B87; margin: 0 0 3mm; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #6AA84F; }
.toc .tockop { font: bold 16pt 'Liberation Sans'; color: #004B87; margin: 0 0 6mm; }
${TOC_CSS}
h1.ct { margin: 70mm 0 10mm; color: #004B87; font: bold 30pt/1.1 'Liberation Sans'; }
h1.ct .nr { display: block; font: 300 72pt/1 'Liberation Sans'; color: #6AA84F; margin-bottom: 4mm; }
h1.ct .tt { display: block; }
p.intro { font: 13pt/1.45 'Liberation Sans'; color: #333; width: 130mm; }
h2 { font: bold 12pt 'Liberation Sans'; color: #004B87; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; color: #333; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font: bold 14pt 'Liberation Sans'; color: #004B87; margin: 0 0 4mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
.img { height: 50mm; background: #E3EEDC; margin: 3mm 0 1mm; }
p.cap { font: italic 8pt 'Liberation Sans'; color: #555; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #004B87; color: #fff; text-align: left; padding: 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 2.6mm 1.5mm; }
table.wide td { padding: 6.5mm 1.5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #004B87; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

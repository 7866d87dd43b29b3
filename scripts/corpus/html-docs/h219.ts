/**
 * h219 — gemeente Midden-Drenthe (gm1731), holdout (session 14): the Drentse gemeente of some 34.000 inwoners with
 * Beilen, Westerbork, Smilde, Bovensmilde, Hooghalen and Wijster and many smaller dorpen (Witteveen among them), the
 * A28, Kamp Westerbork and the radiotelescopen. Content after the public texts on the making of the omgevingsvisie of
 * Midden-Drenthe (straatinterviews, an enquête and bijeenkomsten bundled in a Participatiedocument adopted by the
 * college; a koersnotitie laid before the raadscommissie for an opiniërende bespreking; the visie "over onderwerpen
 * die belangrijk zijn voor het leven en werken van mensen in Midden-Drenthe: van de bebouwde omgeving tot natuur en
 * groen, van landbouw en economie tot gezondheid en van mobiliteit tot energietransitie", "hoe de inrichting van de
 * omgeving kan bijdragen aan een sociaal, veilig en gezond Midden-Drenthe") and on the woongebied Lievingerveld in
 * Beilen, here as a visie of 2028, shortened and largely in our own words. Layout: Chromium, A4 LANDSCAPE, Liberation
 * Sans 9.5 pt set in TWO COLUMNS; chapters with a TWO-DIGIT NUMBER "01" … "06" (nummer "01") in a coloured band,
 * sections "1.1", a third level "4.2.1"; no table of contents; footer "Gemeente Midden-Drenthe · Omgevingsvisie 2028" left and
 * "pagina n" right; lists "•" and "1."; a table; raadsbesluit with TITLED ARTIKELEN ("Artikel 1 Vaststelling");
 * GIO table Nr. | Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1731', '2028', '2028-03-16', '1')
const GIOS: Gio[] = [
  gio('Gemeente Midden-Drenthe', 'gemeente-midden-drenthe', [0, 0], 6),
  gio('Woongebied Lievingerveld', 'woongebied-lievingerveld', [0.5, 0.5], 0.5),
  gio('Boswachterij Hooghalen', 'boswachterij-hooghalen', [3, 3], 1.5),
  gio('Bedrijventerrein Beilen-Oost', 'bedrijventerrein-beilen-oost', [1, -0.5], 0.5),
  gio('Dal van de Beilerstroom', 'dal-beilerstroom', [-2, 1.5], 1),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><span class="hn">${k.nummer}</span><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<div class="bsl">
<p class="gem">GEMEENTE MIDDEN-DRENTHE</p>
<p class="ttl">Besluit van de raad van de gemeente Midden-Drenthe tot vaststelling van de Omgevingsvisie Midden-Drenthe</p>
<p>De raad van de gemeente Midden-Drenthe;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 30 januari 2028, nummer 2028/RV-012;</p>
<p>overwegende dat de omgevingsvisie is voorbereid met een participatietraject (straatinterviews, een enquête en bijeenkomsten), gebundeld in het Participatiedocument, en met de koersnotitie die de raadscommissie opiniërend heeft besproken, en dat het ontwerp van 2 november tot en met 13 december 2027 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Omgevingsvisie Midden-Drenthe, bestaande uit de tekst en de geografische informatieobjecten in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2 Intrekking</p>
<p>De Structuurvisie Midden-Drenthe 2010 en de Visie op Beilen worden ingetrokken.</p>
<p class="art">Artikel 3 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 mei 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 16 maart 2028.</p>
${handtekeningen(['De griffier,', 'drs. W. Oosting'], ['De voorzitter,', 'J.R. Beukema'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Midden-Drenthe</p><p class="t2">Sociaal, veilig en gezond — koers voor 2040</p></div>')
  d.page('std')
  d.enter('visie')

  d.raw('<div class="hst first">')
  d.kop(1, '01', 'Inleiding')
  d.raw('<div class="col">')
  d.kop(2, '1.1', 'Waarom deze visie?')
  d.p('In de omgevingsvisie leggen we vast hoe we willen dat Midden-Drenthe er in de toekomst uitziet. Wat er nodig is voor een prettige woon- en werkomgeving, en hoe de inrichting van de omgeving kan bijdragen aan een sociaal, veilig en gezond Midden-Drenthe.')
  d.kop(2, '1.2', 'Waar gaat de visie over?')
  d.p('De visie gaat over onderwerpen die belangrijk zijn voor het leven en werken van mensen in Midden-Drenthe: van de bebouwde omgeving tot natuur en groen, van landbouw en economie tot gezondheid en van mobiliteit tot energietransitie.')
  d.kop(2, '1.3', 'Hoe is de visie gemaakt?')
  d.p('Veel mensen lieten weten wat zij belangrijk vinden voor de toekomst van Midden-Drenthe:')
  d.list(['via straatinterviews in de dorpen;', 'door een enquête in te vullen;', 'door een bijeenkomst bij te wonen.'], bol)
  d.p('Alle informatie is gebundeld in het Participatiedocument. De hoofdlijnen staan in de koersnotitie, die de raadscommissie opiniërend heeft besproken. Daarna zijn we teruggegaan naar inwoners en organisaties voor de uitwerking.')
  d.raw('</div></div>')

  d.raw('<div class="hst">')
  d.kop(1, '02', 'Midden-Drenthe nu')
  d.raw('<div class="col">')
  d.kop(2, '2.1', 'Dorpen met een eigen karakter')
  d.p('Beilen is de grootste kern, met het gemeentehuis, het station en de meeste voorzieningen. Westerbork, Smilde, Bovensmilde, Hooghalen en Wijster zijn dorpen met een eigen karakter, omringd door een groot aantal kleine dorpen en buurtschappen.')
  d.kop(2, '2.2', 'Landschap')
  d.p('Het landschap bestaat uit esdorpen met essen en beekdalen, de veenkoloniale linten langs de Drentsche Hoofdvaart en grote bos- en heidegebieden.')
  d.kop(2, '2.3', 'Bijzondere plekken')
  d.p('Herinneringscentrum Kamp Westerbork en de radiotelescopen bij Hooghalen geven de gemeente een plek in de geschiedenis en in de wetenschap.')
  d.table(['Kern', 'Inwoners (2027)', 'Rol'], [
    ['Beilen', '10.400', 'hoofdkern met regionale voorzieningen'],
    ['Smilde en Bovensmilde', '7.600', 'woonkernen aan de Hoofdvaart'],
    ['Westerbork', '2.800', 'esdorp met recreatie'],
    ['Overige dorpen', '13.200', 'wonen, landbouw, recreatie'],
  ], 'tbl', ['32%', '24%', '44%'])
  d.raw('</div></div>')

  d.raw('<div class="hst">')
  d.kop(1, '03', 'Sociaal en gezond')
  d.raw('<div class="col">')
  d.kop(2, '3.1', 'Een gezonde leefomgeving')
  d.p('We richten de openbare ruimte zo in dat die uitnodigt tot bewegen, spelen en ontmoeten.')
  d.kop(2, '3.2', 'Voorzieningen in de dorpen')
  d.p('Basisvoorzieningen houden we bereikbaar voor alle inwoners. Scholen, sportvelden en dorpshuizen zijn ontmoetingsplekken.')
  d.kop(2, '3.3', 'Veiligheid')
  d.p('We houden bij nieuwe ontwikkelingen rekening met externe veiligheid langs de A28 en het spoor.')
  d.raw('</div></div>')

  d.raw('<div class="hst">')
  d.kop(1, '04', 'Wonen en werken')
  d.raw('<div class="col">')
  d.kop(2, '4.1', 'Wonen')
  d.p('We bouwen voor de eigen inwoners en voor nieuwkomers, met aandacht voor jongeren en ouderen.')
  d.kop(3, '4.1.1', 'Lievingerveld in Beilen')
  d.p('Ten oosten van Beilen bouwen we het woongebied Lievingerveld verder af, met groene verbindingen naar het buitengebied.')
  d.kop(3, '4.1.2', 'Wonen in de dorpen')
  d.p('In de andere dorpen bouwen we naar behoefte, bij voorkeur binnen het dorp.')
  d.kop(2, '4.2', 'Werken')
  d.p('Bedrijven krijgen ruimte op de bedrijventerreinen van Beilen, Smilde en Westerbork.')
  d.kop(3, '4.2.1', 'Bedrijventerrein Beilen-Oost')
  d.p('Langs de A28 is ruimte voor bedrijven die passen bij de regio.')
  d.kop(3, '4.2.2', 'Landbouw')
  d.p('De landbouw blijft de grootste gebruiker van het buitengebied. We ondersteunen de omschakeling naar kringlooplandbouw.')
  d.raw('</div></div>')

  d.raw('<div class="hst">')
  d.kop(1, '05', 'Natuur, water en energie')
  d.raw('<div class="col">')
  d.kop(2, '5.1', 'Natuur en landschap')
  d.p('We beschermen de beekdalen, de bossen en de heide en versterken de verbindingen daartussen.')
  d.kop(2, '5.2', 'Water')
  d.p('Samen met het waterschap Drents Overijsselse Delta houden we water vast in de beekdalen, zoals het dal van de Beilerstroom.')
  d.kop(2, '5.3', 'Energietransitie')
  d.p('We wekken duurzame energie op in deze volgorde:')
  d.list(['besparen;', 'zon op daken en op bedrijventerreinen;', 'zonneparken op plekken die het landschap verdragen;', 'samen met inwoners, met lokaal eigendom.'], num)
  d.raw('</div></div>')

  d.raw('<div class="hst">')
  d.kop(1, '06', 'Uitvoering')
  d.raw('<div class="col">')
  d.kop(2, '6.1', 'Omgevingsplan en programma’s')
  d.p('Het omgevingsplan en de programma’s werken deze visie uit.')
  d.kop(2, '6.2', 'Actualisatie')
  d.p('We houden de visie actueel; elke raadsperiode kijken we of zij nog past.')
  d.raw('</div></div>')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.raw('<table class="gio"><colgroup><col style="width:8%"><col style="width:32%"><col style="width:60%"></colgroup><tr><th>Nr.</th><th>Naam</th><th>Identificatie</th></tr>' +
    GIOS.map((g, i) => `<tr><td>${i + 1}</td><td>${g.naam}</td><td class="gid">${g.identificatie}</td></tr>`).join('') + '</table>')

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h219',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de totstandkoming van de omgevingsvisie van Midden-Drenthe (straatinterviews, een enquête en bijeenkomsten, gebundeld in een door het college vastgesteld Participatiedocument; een koersnotitie die de raadscommissie opiniërend besprak; de visie "van de bebouwde omgeving tot natuur en groen, van landbouw en economie tot gezondheid en van mobiliteit tot energietransitie", "hoe de inrichting van de omgeving kan bijdragen aan een sociaal, veilig en gezond Midden-Drenthe") en over het woongebied Lievingerveld in Beilen, hier als visie van 2028, ingekort en grotendeels in eigen woorden; eigen opmaak in Chromium: A4 LIGGEND, Liberation Sans 9,5 pt in TWEE KOLOMMEN, hoofdstukken met een TWEECIJFERIG NUMMER "01" … "06" (nummer "01") in een gekleurde balk, paragrafen "1.1", een derde niveau "4.2.1", geen inhoudsopgave, voettekst "Gemeente Midden-Drenthe · Omgevingsvisie 2028" links en "pagina n" rechts, lijsten "•" en "1.", een tabel, raadsbesluit met ARTIKELEN MET EEN TITEL ("Artikel 1 Vaststelling"), GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1731',
    naam: 'Gemeente Midden-Drenthe',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Midden-Drenthe tot vaststelling van de Omgevingsvisie Midden-Drenthe',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-05-01',
    },
    visieOpschrift: 'Omgevingsvisie Midden-Drenthe',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-midden-drenthe', regeling: 'omgevingsvisie-midden-drenthe', doel: 'omgevingsvisie-midden-drenthe' },
      datums: { vaststelling: '2028-03-16', ondertekening: '2028-03-16', bekendmaking: '2028-03-28', inwerkingtreding: '2028-05-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1731',
      oin: '00000001000000017310',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [230000, 540000] },
    meubilair: ['^Gemeente Midden-Drenthe · Omgevingsvisie 2028$', '^pagina \\d+$', '^Gemeente Midden-Drenthe · Omgevingsvisie 2028\\s+pagina \\d+$'],
    title: 'Omgevingsvisie Midden-Drenthe',
    css: `
@page { size: A4 landscape; margin: 16mm 18mm 17mm 18mm; @bottom-left { content: "Gemeente Midden-Drenthe · Omgevingsvisie 2028"; ${ft} } @bottom-right { content: "pagina " counter(page); ${ft} } }
@page eerste { @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 9.5pt/1.42 'Liberation Sans', sans-serif; color: #1b1b1b; }
p { margin: 0 0 2.2mm; }
.bsl { width: 170mm; }
.gem { font: bold 10pt 'Liberation Sans'; letter-spacing: 0.1em; color: #9c1f5b; margin-bottom: 6mm; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 60mm; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #9c1f5b; }
.titel .t2 { font: 14pt 'Liberation Sans'; }
.hst { break-before: page; }
.hst.first { break-before: auto; }
.hfd { display: flex; align-items: center; background: #9c1f5b; color: #fff; padding: 3mm 5mm; margin-bottom: 5mm; }
.hfd .hn { font: bold 24pt 'Liberation Sans'; margin-right: 6mm; }
.hfd h1 { font: bold 18pt 'Liberation Sans'; margin: 0; }
.col { column-count: 2; column-gap: 10mm; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #9c1f5b; margin: 3mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'Liberation Sans'; border-collapse: collapse; margin: 2mm 0 4mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #9c1f5b; padding: 1mm 1.2mm; text-align: left; vertical-align: top; }
table.tbl th { background: #f3dde8; }
.brk { break-before: page; }
.bijl { font: bold 14pt 'Liberation Sans'; margin: 0 0 5mm; }
table.gio { width: 100%; font: 8.5pt 'Liberation Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

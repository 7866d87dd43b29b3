/**
 * h220 — gemeente Rhenen (gm0340), holdout (session 14): the Utrechtse gemeente of some 20.000 inwoners on the
 * Nederrijn and the Utrechtse Heuvelrug with the kernen Rhenen, Elst, Achterberg and Remmerden, the Grebbeberg and
 * Ouwehands Dierenpark. Content after the public texts on the "Visie op Rhenen 2035" (adopted with amendementen by the
 * raad in June 2023 under the title "Behoud ons Rhenen en maak het nog mooier": a toekomstvisie and omgevingsvisie in
 * one; made in four steps Onderzoeken, Visie vormen, Toetsen, Kiezen; three voorlopige visies "Natuur en water zijn
 * onze belangrijkste bezittingen", "Behoud ons Rhenen en maak het nog mooier", "Innoveer en geef ruimte aan de
 * jeugd"; kwaliteiten and opgaven for 21 deelgebieden; actualisation every four years; about 1000 woningen for
 * starters and senioren, research into a new woonkern, a voorrangsregeling for eigen inwoners, an OV-verbinding to
 * the ziekenhuis in Ede; the later uitwerking for the randzones and the landelijk gebied), here as the renewed visie
 * of 2028, shortened and partly in our own words. Layout: Chromium, a 17 × 24 cm book page, P052 10 pt with URW
 * Gothic headings; an unnumbered "Voorwoord"; chapters as a LARGE NUMBER ON A LINE OF ITS OWN above the title
 * (nummer "1"), sections "1.1", a third level "3.1.1"; no table of contents; a floated SIDEBAR box at the right; a
 * FOOTNOTE (superscript mark, note in small type below a rule under its paragraphs); header "Visie op Rhenen 2035 · n"
 * top right (title pages excepted); lists "•" and "1."; a table; raadsbesluit with Artikel 1–2; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0340', '2028', '2028-06-20', '1')
const GIOS: Gio[] = [
  gio('Gemeente Rhenen', 'gemeente-rhenen', [0, 0], 4),
  gio('Uiterwaarden Nederrijn', 'uiterwaarden-nederrijn', [0, -2], 1.2),
  gio('Utrechtse Heuvelrug', 'utrechtse-heuvelrug', [-1.5, 1.5], 1.5),
  gio('Zoekgebied nieuwe woonkern', 'zoekgebied-nieuwe-woonkern', [2, 1], 0.6),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="gem">Gemeente Rhenen</p>
<p class="ttl">Besluit van de raad van de gemeente Rhenen tot vaststelling van de Visie op Rhenen 2035</p>
<p>De raad van de gemeente Rhenen;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 9 mei 2028, nummer 2028-RV-031;</p>
<p>overwegende dat de Visie op Rhenen 2035 een toekomstvisie en omgevingsvisie ineen is, dat zij is geactualiseerd met een uitwerking voor de randzones en het landelijk gebied, dat het ontwerp van 11 januari tot en met 21 februari 2028 ter inzage heeft gelegen en dat de indieners van een zienswijze in een extra commissievergadering hun reactie hebben kunnen toelichten;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1</p>
<p>De Visie op Rhenen 2035 ‘Behoud ons Rhenen en maak het nog mooier’, herziening 2028, met de geografische informatieobjecten in bijlage 1, wordt vastgesteld als omgevingsvisie van de gemeente Rhenen.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op 1 juli 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Rhenen van 20 juni 2028.</p>
${handtekeningen(['de griffier,', 'mr. D.J. van Ommeren'], ['de voorzitter,', 'G.A. Tijssen'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Visie op Rhenen 2035</p><p class="t2">Behoud ons Rhenen en maak het nog mooier</p><p class="t3">Toekomstvisie en omgevingsvisie · herziening 2028</p></div>')
  d.page('std')
  d.enter('visie')
  d.raw('<p class="vw">Voorwoord</p>')
  d.p('Hoe wonen, werken en leven we in 2035 in Rhenen? Daarover hebben de afgelopen jaren veel inwoners, ondernemers en maatschappelijke organisaties meegedacht. Deze visie beschrijft welke kant we met elkaar op willen. Zij helpt bij het maken van keuzes in zaken als samenleven, wonen, werken, ontspannen en vervoer.')
  d.p('Het college van burgemeester en wethouders van Rhenen', 'ond')

  d.kop(1, '1', 'Over deze visie')
  d.kop(2, '1.1', 'Toekomstvisie en omgevingsvisie ineen')
  d.raw('<div class="side"><p class="sk">Eén vraag centraal</p><p>Hoe willen we dat Rhenen zich de komende jaren ontwikkelt? Wat zijn onze ambities en met welke opgaven gaan we aan de slag?</p></div>')
  d.p('De Visie op Rhenen 2035 is een toekomstvisie en een omgevingsvisie ineen. Zij beschrijft hoe inwoners van de gemeente Rhenen in 2035 willen wonen, werken, leven en recreëren. Denk daarbij aan nieuwe woningen, ruimte voor bedrijven, bereikbaarheid, energietransitie, klimaatverandering, cultuur, leefbaarheid en gezondheid.')
  d.kop(2, '1.2', 'Zo kwam de visie tot stand')
  d.p('De visie is het resultaat van een intensief participatieproces met inwoners en maatschappelijke organisaties.<sup>1</sup> Zij ontstond in vier stappen:')
  d.list(['Onderzoeken', 'Visie vormen', 'Toetsen', 'Kiezen'], num)
  d.raw('<p class="fn"><sup>1</sup> De eerste Visie op Rhenen 2035 is in juni 2023 met amendementen door de raad vastgesteld; deze herziening voegt de uitwerking voor de randzones en het landelijk gebied toe.</p>')
  d.kop(2, '1.3', 'Drie voorlopige visies')
  d.p('In de tweede stap schetsten we drie voorlopige visies op hoe we in 2035 willen leven:')
  d.list(['Natuur en water zijn onze belangrijkste bezittingen;', 'Behoud ons Rhenen en maak het nog mooier;', 'Innoveer en geef ruimte aan de jeugd.'], bol)
  d.p('Inwoners kozen voor de tweede visie, aangevuld met elementen uit de andere twee.')
  d.kop(2, '1.4', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft de koers, hoofdstuk 3 de thema’s en hoofdstuk 4 de deelgebieden. Hoofdstuk 5 gaat over de uitvoering.')

  d.kop(1, '2', 'Behoud ons Rhenen en maak het nog mooier')
  d.kop(2, '2.1', 'Wat inwoners belangrijk vinden')
  d.p('We veranderen niet te veel. Het leven zoals we dat nu hebben gaat ongeveer zo door, en we maken het nog mooier. We bewaren het karakteristieke van iedere kern.')
  d.kop(2, '2.2', 'Onze ambities')
  d.list(['iedere kern houdt haar eigen sfeer en bouwstijl;', { text: 'eigen inwoners krijgen voorrang', sub: ['bij nieuwe betaalbare koopwoningen;', 'bij sociale huurwoningen waar de regels dat toelaten.'] }, 'natuur en water blijven onze belangrijkste bezittingen;', 'jongeren krijgen ruimte voor nieuwe ideeën.'], bol)

  d.kop(1, '3', 'Thema’s')
  d.kop(2, '3.1', 'Wonen')
  d.p('Volgens de woonvisie zijn er zo’n 1000 extra woningen nodig, vooral voor starters en senioren.')
  d.kop(3, '3.1.1', 'Starters en senioren')
  d.p('Nieuwe woningen komen binnen de kernen en aan de randen rond de kernen. De bouwstijl past bij de sfeer van de kern.')
  d.kop(3, '3.1.2', 'Onderzoek naar een nieuwe woonkern')
  d.p('Er komt een onderzoek naar een nieuwe woonkern, waarbij de wenselijkheid voor inwoners en de haalbaarheid centraal staan.')
  d.table(['Kern', 'Woningen tot 2035', 'Vooral voor'], [
    ['Rhenen', 'circa 550', 'starters, senioren'],
    ['Elst', 'circa 300', 'jonge gezinnen, senioren'],
    ['Achterberg', 'circa 100', 'eigen inwoners'],
    ['Nieuwe woonkern (onderzoek)', 'p.m.', 'regionale vraag'],
  ], 'tbl', ['40%', '28%', '32%'])
  d.kop(2, '3.2', 'Werken en ondernemen')
  d.p('Bedrijven krijgen ruimte op de bedrijventerreinen Remmerden en De Ketelaar. Agrariërs krijgen letterlijk en figuurlijk ruimte om hun bedrijfsvoering aan te passen.')
  d.kop(2, '3.3', 'Bereikbaarheid')
  d.p('We verbeteren de openbaarvervoerverbindingen in de regio, ook die naar het ziekenhuis in Ede.')
  d.kop(2, '3.4', 'Energie en klimaat')
  d.p('We wekken energie op met zon op daken en werken aan een klimaatbestendige inrichting van de kernen.')
  d.kop(2, '3.5', 'Natuur, landschap en recreatie')
  d.p('Wandelen en fietsen in de natuur kan, zolang het niet slecht is voor de natuur. Harde geluiden horen er niet bij.')

  d.kop(1, '4', 'Deelgebieden')
  d.p('Voor alle 21 deelgebieden zijn de kwaliteiten en opgaven beschreven. Hieronder de hoofdlijnen per kern en voor het buitengebied.')
  d.kop(2, '4.1', 'Rhenen')
  d.kop(3, '4.1.1', 'Binnenstad en Cuneratoren')
  d.p('De historische binnenstad met de Cuneratoren blijft het hart van de gemeente.')
  d.kop(3, '4.1.2', 'Grebbeberg en Laarsenberg')
  d.p('De Grebbeberg is een plek van herinnering en van natuur. Ontwikkelingen respecteren het militair ereveld.')
  d.kop(2, '4.2', 'Elst')
  d.p('Elst behoudt zijn dorpse karakter op de flank van de Heuvelrug.')
  d.kop(2, '4.3', 'Achterberg')
  d.p('Achterberg is een hechte gemeenschap in het open landschap van de Gelderse Vallei.')
  d.kop(2, '4.4', 'Buitengebied en randzones')
  d.kop(3, '4.4.1', 'Utrechtse Heuvelrug')
  d.p('Het Nationaal Park Utrechtse Heuvelrug beschermen we; recreatie sluit aan op de bestaande routes.')
  d.kop(3, '4.4.2', 'Uiterwaarden van de Nederrijn')
  d.p('De uiterwaarden zijn rivierennatuur en ruimte voor de rivier.')
  d.kop(3, '4.4.3', 'Randzones')
  d.p('In de overgangsgebieden tussen dorpen, buitengebied en Heuvelrug komen de belangen van landbouw, wonen, natuur en recreatie samen.')

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Vertaling naar het omgevingsplan')
  d.p('Alle keuzes die de gemeente maakt moeten in lijn zijn met deze visie. Alleen bij onvoorziene gebeurtenissen kan de gemeente ervan afwijken.')
  d.kop(2, '5.2', 'Elke vier jaar actueel')
  d.p('Elke vier jaar, bij een nieuwe bestuursperiode, toetst het college of de visie nog voldoet. Als de visie wordt aangepast, stelt de gemeenteraad haar vast.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8pt 'URW Gothic'; color: #555;"
  const spec: DocSpec = {
    id: 'h220',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Visie op Rhenen 2035" (in juni 2023 met amendementen door de raad vastgesteld onder de titel "Behoud ons Rhenen en maak het nog mooier": een toekomstvisie en omgevingsvisie ineen; gemaakt in vier stappen Onderzoeken, Visie vormen, Toetsen, Kiezen; drie voorlopige visies; kwaliteiten en opgaven voor 21 deelgebieden; elke vier jaar geactualiseerd; zo\'n 1000 woningen voor starters en senioren, onderzoek naar een nieuwe woonkern, voorrang voor eigen inwoners, een OV-verbinding naar het ziekenhuis in Ede; de latere uitwerking voor de randzones en het landelijk gebied), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: boekformaat 17 × 24 cm, P052 10 pt met koppen in URW Gothic, een ongenummerd "Voorwoord", hoofdstukken met een GROOT NUMMER OP EEN EIGEN REGEL boven de titel (nummer "1"), paragrafen "1.1", een derde niveau "3.1.1", geen inhoudsopgave, een zwevend KADER rechts, een VOETNOOT (verhoogd cijfer, noot in kleine letter onder een lijn na de alinea\'s), koptekst "Visie op Rhenen 2035 · n" rechtsboven, lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–2, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0340',
    naam: 'Gemeente Rhenen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Rhenen tot vaststelling van de Visie op Rhenen 2035',
      artikelen: ['1', '2'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Visie op Rhenen 2035',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'visie-op-rhenen-2035', regeling: 'visie-op-rhenen-2035', doel: 'visie-op-rhenen-2035' },
      datums: { vaststelling: '2028-06-20', ondertekening: '2028-06-20', bekendmaking: '2028-06-29', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0340',
      oin: '00000001000000003400',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [164000, 441000] },
    meubilair: ['^Visie op Rhenen 2035 · \\d+$'],
    title: 'Visie op Rhenen 2035',
    css: `
@page { size: 170mm 240mm; margin: 18mm 16mm 18mm 18mm; @top-right { content: "Visie op Rhenen 2035 · " counter(page); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } }
body { font: 10pt/1.42 'P052', serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.gem { font: bold 10pt 'URW Gothic'; color: #6b3b8c; margin-bottom: 6mm; }
.ttl { font: bold 13pt 'URW Gothic'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font: bold 10pt 'URW Gothic'; letter-spacing: 0.1em; }
.art { font: bold 10pt 'URW Gothic'; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 55mm; }
.titel .t1 { font: bold 26pt 'URW Gothic'; color: #6b3b8c; }
.titel .t2 { font: italic 14pt 'P052'; }
.titel .t3 { font: 10pt 'URW Gothic'; margin-top: 20mm; }
.vw { font: bold 15pt 'URW Gothic'; color: #6b3b8c; margin: 0 0 4mm; }
.ond { font-style: italic; margin-top: 4mm; }
.hfd { break-before: page; margin-bottom: 5mm; }
.hfd .hn { font: bold 40pt/1 'URW Gothic'; color: #c9b3d9; margin: 0 0 1mm; }
.hfd h1 { font: bold 17pt 'URW Gothic'; color: #6b3b8c; margin: 0; }
h2 { font: bold 11.5pt 'URW Gothic'; color: #6b3b8c; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 10pt 'URW Gothic'; margin: 3mm 0 1mm; break-after: avoid; }
.side { float: right; width: 40mm; margin: 0 0 2mm 4mm; padding: 2mm 2.5mm; background: #efe6f5; font: 8pt/1.35 'URW Gothic'; }
.side .sk { font-weight: bold; margin-bottom: 1mm; }
.fn { font-size: 7.5pt; border-top: 0.4pt solid #888; padding-top: 1mm; margin-top: 3mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'URW Gothic'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #6b3b8c; padding: 1mm 1.2mm; text-align: left; vertical-align: top; }
table.tbl th { background: #efe6f5; }
.brk { break-before: page; }
.bijl { font: bold 13pt 'URW Gothic'; margin: 0 0 5mm; }
table.gio { width: 100%; font: 8pt 'URW Gothic'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7pt 'Nimbus Mono PS'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

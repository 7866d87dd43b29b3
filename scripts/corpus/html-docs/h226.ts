/**
 * h226 — gemeente Best (gm0753), holdout (session 14): the Brabantse gemeente of some 31.000 inwoners between
 * Eindhoven and Boxtel, with the spoorzone, the Batadorp, the bedrijventerreinen De Dijk, De Purit and Breeven, the
 * wijk Aarle, the Dommeldal, the Wilhelminakanaal and the A2/A58. Content after the public texts on the
 * "Omgevingsvisie Best" ("Best 2040: dorp van formaat", adopted by the raad on 31 January 2022 and supplemented on 8
 * May 2023; made in co-creatie with RUIMTEVOLK in four fasen Dromen, Denken, Durven, Doen, a Droomatelier 2040 on 3
 * March 2020 with some 45 participants and stellingen on PleinBest; three kernopgaven — ruimte voor comfortabel
 * wonen, versterken van de groene leefomgeving, accommoderen van een vitale en schone economie — as the "kapstok",
 * translated into ten ruimtelijke keuzes and five gebiedsopgaven; the Structuurvisie buitengebied stays in force),
 * here as the renewed visie of 2028, shortened and partly in our own words. Layout: Chromium, A4 LANDSCAPE, Nimbus
 * Sans 9 pt in TWO COLUMNS with chapter titles over both columns; chapters "1" … "6" with the number in a coloured
 * square before the title, sections "1.1", a third level "3.1.1"; table of contents "Inhoud" with dotted leaders
 * (chapters and sections); header "Omgevingsvisie Best | n" top right; the ten ruimtelijke keuzes as a list "1." …
 * "10."; "•"; a table; raadsbesluit with TITLED ARTIKELEN ("Artikel 1 Vaststelling"); GIO table Naam |
 * Identificatie in "Bijlage I" (Roman).
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0753', '2028', '2028-10-30', '1')
const GIOS: Gio[] = [
  gio('Gemeente Best', 'gemeente-best', [0, 0], 4),
  gio('Spoorzone en centrum', 'spoorzone-en-centrum', [0, 0.5], 0.6),
  gio('Dommeldal', 'dommeldal', [2.5, -1], 1.2),
  gio('Bedrijventerreinen A2-zone', 'bedrijventerreinen-a2-zone', [-1.5, -2], 1),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Best 2040: dorp van formaat'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Dromen, denken, durven, doen'],
  [2, '1.3', 'Wat de visie niet regelt'],
  [1, '2', 'Best nu'],
  [2, '2.1', 'Groen dorp aan de rand van de stad'],
  [2, '2.2', 'Trends en ontwikkelingen'],
  [1, '3', 'Drie kernopgaven'],
  [2, '3.1', 'Ruimte voor comfortabel wonen'],
  [3, '3.1.1', 'Woningen voor alle leeftijden'],
  [3, '3.1.2', 'Verdichten rond het station'],
  [2, '3.2', 'Versterken van de groene leefomgeving'],
  [3, '3.2.1', 'Groen in de wijken'],
  [3, '3.2.2', 'Klimaatbestendig inrichten'],
  [2, '3.3', 'Accommoderen van een vitale en schone economie'],
  [1, '4', 'Tien ruimtelijke keuzes'],
  [1, '5', 'Vijf gebiedsopgaven'],
  [2, '5.1', 'Centrum en spoorzone'],
  [2, '5.2', 'Woonwijken'],
  [2, '5.3', 'Werklandschap langs de A2'],
  [2, '5.4', 'Dommeldal en Wilhelminakanaal'],
  [2, '5.5', 'Buitengebied'],
  [1, '6', 'Uitvoering'],
  [2, '6.1', 'Rollen en middelen'],
  [2, '6.2', 'Monitoren en bijstellen'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="nr">${k.nummer}</span> ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="gem">Raad van de gemeente Best</p>
<p class="ttl">Besluit van de raad van de gemeente Best tot vaststelling van de Omgevingsvisie Best 2040</p>
<p>De raad van de gemeente Best;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 19 september 2028, nummer 2028-0245;</p>
<p>overwegende dat de Omgevingsvisie Best van 31 januari 2022, aangevuld op 8 mei 2023, is herzien en dat het ontwerp van 22 juni tot en met 2 augustus 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Omgevingsvisie Best 2040 ‘Dorp van formaat’, met de geografische informatieobjecten opgenomen in bijlage I, wordt vastgesteld.</p>
<p class="art">Artikel 2 Intrekking</p>
<p>De Omgevingsvisie Best, vastgesteld op 31 januari 2022 en aangevuld op 8 mei 2023, wordt ingetrokken.</p>
<p class="art">Artikel 3 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 december 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 30 oktober 2028.</p>
${handtekeningen(['de griffier,', 'J.P.M. van der Heijden'], ['de voorzitter,', 'drs. R.H.M. Bakker'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Best 2040</p><p class="t2">Dorp van formaat</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => [nr, t, `${nr} ${t}`, n])
  rows.push(['', 'Bijlage I Geografische informatieobjecten', 'Bijlage I Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoud', rows))
  d.enter('visie')
  d.raw('<div class="body">')

  K('1')
  K('1.1')
  d.p('Hoe ziet Best eruit in 2040? Hoeveel ruimte hebben we nodig om te wonen en welke woningen zijn nodig? Waar is ruimte voor werken en recreëren? Wat willen we echt behouden en beschermen? In deze omgevingsvisie kijken we vooruit en schetsen we hoe we ons ‘dorp van formaat’ voor ons zien.')
  d.p('De visie bevat ambities, kaders en uitgangspunten voor de ontwikkeling van de fysieke leefomgeving. Plannen en initiatieven sluiten aan bij de kernopgaven.')
  K('1.2')
  d.p('De visie is ontwikkeld in vier fasen:')
  d.list(['Dromen: de dromen en ambities van inwoners, ondernemers, professionals en raadsleden, onder meer in het Droomatelier 2040 met zo’n 45 deelnemers;', 'Denken: dromen, bestaand beleid en trends naast elkaar gelegd, met drie kernopgaven als uitkomst;', 'Durven: keuzes maken, vertaald in tien ruimtelijke keuzes en vijf gebiedsopgaven;', 'Doen: de visie zelf, met de uitvoering.'], bol)
  K('1.3')
  d.p('De visie is geen regel voor burgers. De regels staan in het omgevingsplan. De Structuurvisie buitengebied blijft naast deze visie bestaan.')

  K('2')
  K('2.1')
  d.p('Best is een groene gemeente aan de rand van het stedelijk gebied van Eindhoven: een ideale uitvalsbasis om te wandelen en fietsen in het omliggende landschap, met een station aan de lijn Eindhoven–’s-Hertogenbosch.')
  d.table(['', '2027', '2040 (verwachting)'], [
    ['Inwoners', '31.200', 'circa 35.000'],
    ['Woningen', '13.400', 'circa 15.500'],
    ['Arbeidsplaatsen', '21.000', 'circa 23.000'],
  ], 'tbl', ['40%', '30%', '30%'])
  K('2.2')
  d.p('De vergrijzing, de groei van het aantal huishoudens, de klimaatverandering en de overgang naar een schone en circulaire economie vragen om keuzes.')

  K('3')
  d.p('De drie kernopgaven zijn samen de kapstok van de omgevingsvisie: daar hangen we alles aan op.')
  K('3.1')
  K('3.1.1')
  d.p('Best bouwt voor jong en oud: starters, gezinnen en ouderen die in het dorp willen blijven wonen.')
  K('3.1.2')
  d.p('Rond het station en in het centrum bouwen we compact en hoger, met groen en ruimte voor de fiets.')
  K('3.2')
  d.p('Het groen in onze leefomgeving is van groot belang voor inwoners, het vestigingsklimaat, de natuur en het klimaat.')
  K('3.2.1')
  d.p('Best heeft een gezonde, samenhangende hoofdgroenstructuur die inwoners ruimte biedt om te ontspannen, ontmoeten, spelen en sporten.')
  K('3.2.2')
  d.p('We vangen regenwater op waar het valt en maken de wijken koeler met bomen en minder verharding.')
  K('3.3')
  d.p('Best is door zijn ligging een aantrekkelijke vestigingsplaats. We zetten in op minder CO2-uitstoot en op een schone en circulaire economie. Reizen met hoogwaardig OV en de fiets wordt aantrekkelijker ten opzichte van de auto.')

  K('4')
  d.p('De drie kernopgaven hebben we vertaald in tien ruimtelijke keuzes:')
  d.list([
    'we bouwen eerst binnen het bestaande dorp;',
    'we verdichten rond het station en het centrum;',
    'we maken de wijken levensloopbestendig;',
    'we versterken de hoofdgroenstructuur;',
    'we geven het Dommeldal ruimte voor water en natuur;',
    'we houden het buitengebied open en agrarisch;',
    'we vernieuwen de bedrijventerreinen langs de A2;',
    'we wekken energie op daken en langs infrastructuur op;',
    'we geven de fiets voorrang;',
    'we verbinden Best met de regio Eindhoven.',
  ], num)

  K('5')
  K('5.1')
  d.p('Het centrum en de spoorzone groeien uit tot een levendig hart met wonen, winkels en ontmoeting.')
  K('5.2')
  d.p('In de wijken vernieuwen we de woningvoorraad en de openbare ruimte, wijk voor wijk.')
  K('5.3')
  d.p('De bedrijventerreinen De Dijk, De Purit en Breeven worden schoner, groener en beter bereikbaar.')
  K('5.4')
  d.p('Langs de Dommel en het Wilhelminakanaal verbinden we natuur, water en recreatie.')
  K('5.5')
  d.p('Het buitengebied blijft van de boer en de natuur; recreatie is welkom als zij past bij het landschap.')

  K('6')
  K('6.1')
  d.p('Inwoners, ondernemers en maatschappelijke partners hebben elk een aandeel in de uitvoering. De gemeente stimuleert, faciliteert en regisseert waar nodig.')
  K('6.2')
  d.p('Elke raadsperiode rapporteren we over de voortgang en stellen we de visie zo nodig bij.')
  d.raw('</div>')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl">Bijlage I Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h226',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie Best" ("Best 2040: dorp van formaat", op 31 januari 2022 door de raad vastgesteld en op 8 mei 2023 aangevuld; in co-creatie met RUIMTEVOLK gemaakt in vier fasen Dromen, Denken, Durven, Doen, een Droomatelier 2040 op 3 maart 2020 met zo\'n 45 deelnemers en stellingen op PleinBest; drie kernopgaven ruimte voor comfortabel wonen, versterken van de groene leefomgeving en accommoderen van een vitale en schone economie als "kapstok", vertaald in tien ruimtelijke keuzes en vijf gebiedsopgaven; de Structuurvisie buitengebied blijft bestaan), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 LIGGEND, Nimbus Sans 9 pt in TWEE KOLOMMEN met hoofdstuktitels over beide kolommen, hoofdstukken "1" … "6" met het nummer in een gekleurd vierkant voor de titel, paragrafen "1.1", een derde niveau "3.1.1", inhoudsopgave "Inhoud" met puntjeslijnen (hoofdstukken en paragrafen), koptekst "Omgevingsvisie Best | n" rechtsboven, de tien ruimtelijke keuzes als lijst "1." … "10.", "•", een tabel, raadsbesluit met artikelen MET TITEL ("Artikel 1 Vaststelling"), GIO-tabel Naam | Identificatie in "Bijlage I" (Romeins) (holdout)',
    bevoegdGezag: 'gm0753',
    naam: 'Gemeente Best',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Best tot vaststelling van de Omgevingsvisie Best 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Best 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-best-2040', regeling: 'omgevingsvisie-best-2040', doel: 'omgevingsvisie-best-2040' },
      datums: { vaststelling: '2028-10-30', ondertekening: '2028-10-30', bekendmaking: '2028-11-09', inwerkingtreding: '2028-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0753',
      oin: '00000001000000007530',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [157000, 393000] },
    meubilair: ['^Omgevingsvisie Best \\| \\d+$'],
    title: 'Omgevingsvisie Best 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4 landscape; margin: 16mm 18mm 16mm 18mm; @top-right { content: "Omgevingsvisie Best | " counter(page); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } }
body { font: 9pt/1.42 'Nimbus Sans', sans-serif; color: #1e1e1e; }
p { margin: 0 0 2mm; }
.gem { font: bold 10pt 'Nimbus Sans'; color: #c0392b; margin-bottom: 6mm; }
.ttl { font: bold 13pt 'Nimbus Sans'; margin: 0 0 4mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 2.5mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { break-before: page; padding-top: 55mm; }
.titel .t1 { font: bold 32pt 'Nimbus Sans'; color: #c0392b; }
.titel .t2 { font: 18pt 'Nimbus Sans'; color: #555; }
.toc { break-before: page; width: 60%; } .tockop { font: bold 16pt 'Nimbus Sans'; color: #c0392b; margin-bottom: 4mm; }
.body { column-count: 2; column-gap: 10mm; }
h1 { column-span: all; break-before: column; font: bold 18pt 'Nimbus Sans'; margin: 0 0 5mm; }
h1 .nr { display: inline-block; width: 11mm; height: 11mm; line-height: 11mm; text-align: center; background: #c0392b; color: #fff; margin-right: 3mm; }
h2 { font: bold 11.5pt 'Nimbus Sans'; color: #c0392b; margin: 3.5mm 0 1.2mm; break-after: avoid; }
h3 { font: bold 9.5pt 'Nimbus Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 6mm; flex: none; } div.lst .d1 { margin-left: 6mm; }
table.tbl { width: 100%; font: 8.5pt 'Nimbus Sans'; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #c0392b; padding: 1mm; text-align: left; vertical-align: top; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #c0392b; margin: 0 0 5mm; break-before: page; }
table.gio { width: 100%; font: 8.5pt 'Nimbus Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #999; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Nimbus Mono PS'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

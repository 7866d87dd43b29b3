/**
 * h224 — gemeente Albrandswaard (gm0613), holdout (session 14): the Zuid-Hollandse gemeente of some 26.000 inwoners
 * south of Rotterdam with the dorpen Rhoon and Poortugaal and the wijk Portland, the polder Albrandswaard, the
 * Valkensteynse bos and the Rhoonse Grienden on the Oude Maas, served by the metro (stations Rhoon and Poortugaal).
 * Content after the public texts on the "Omgevingsvisie Albrandswaard 2040" (ontwerp adopted by the college on 21
 * December 2021: the koers for the fysieke leefomgeving until 2030 with a doorkijk to 2040, built on the existing
 * Toekomstvisie with three themes added — de woningbouwopgave, de energietransitie and de gezonde leefomgeving; the
 * groene karakter as uitgangspunt; verdichten as answer to a growing bouwopgave; four uitgangspunten: optimal use of
 * the metro, the areas around the metrostations first for woningbouw so that the buitengebieden stay free, ruimte for
 * the energietransitie with dubbel grondgebruik first; the earlier version sent back by the raad; locations such as
 * Kruisdijk–Zwaardijk and Molendijk-Noord; the Rand van Rhoon; the Landschapsontwikkelingsplan for the polder of
 * 2012), here as a visie of 2028, shortened and partly in our own words. Layout: Chromium, A4, Liberation Sans 9.5
 * pt; three PARTS "Deel I" … "Deel III" on a line above their title (level 1, nummer "I"), chapters "1" … "8"
 * numbered through the parts (level 2), sections "1.1" (level 3); table of contents "Inhoudsopgave" with dotted
 * leaders (parts and chapters); footer "Omgevingsvisie Albrandswaard 2040 | pagina n" right; the four uitgangspunten
 * as a list "1."; "•" with "–"; a table; raadsbesluit with Artikel 1–3 under "BESLUIT:"; GIO table Naam |
 * Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0613', '2028', '2028-01-31', '1')
const GIOS: Gio[] = [
  gio('Gemeente Albrandswaard', 'gemeente-albrandswaard', [0, 0], 3.5),
  gio('Invloedsgebied metrostations', 'invloedsgebied-metrostations', [0.5, 0.8], 0.8),
  gio('Polder Albrandswaard', 'polder-albrandswaard', [-0.5, -0.5], 1),
  gio('Rand van Rhoon', 'rand-van-rhoon', [1.5, -1.5], 1.2),
  gio('Rhoonse Grienden', 'rhoonse-grienden', [-1, -2.5], 0.7),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'I', 'Koers'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Waarom deze omgevingsvisie'],
  [3, '1.2', 'Participatief tot stand gekomen'],
  [3, '1.3', 'Leeswijzer'],
  [2, '2', 'Albrandswaard nu'],
  [3, '2.1', 'Twee dorpen en een wijk'],
  [3, '2.2', 'Groen tussen de stad en de rivier'],
  [2, '3', 'Vier uitgangspunten'],
  [3, '3.1', 'Bouwen bij de metro'],
  [3, '3.2', 'Het buitengebied blijft vrij'],
  [3, '3.3', 'Dubbel grondgebruik voor energie'],
  [1, 'II', 'Thema’s'],
  [2, '4', 'Wonen'],
  [3, '4.1', 'De woningbouwopgave'],
  [3, '4.2', 'Verdichten met kwaliteit'],
  [2, '5', 'Energietransitie'],
  [3, '5.1', 'Opwekken'],
  [3, '5.2', 'Warmte'],
  [2, '6', 'Gezonde leefomgeving'],
  [3, '6.1', 'Groen en bewegen'],
  [3, '6.2', 'Luchtkwaliteit en geluid'],
  [1, 'III', 'Gebieden en uitvoering'],
  [2, '7', 'Gebieden'],
  [3, '7.1', 'Rhoon'],
  [3, '7.2', 'Poortugaal'],
  [3, '7.3', 'Portland'],
  [3, '7.4', 'Polder en Rand van Rhoon'],
  [2, '8', 'Uitvoering'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="gem">Gemeenteraad Albrandswaard</p>
<p class="ttl">Besluit van de raad van de gemeente Albrandswaard tot vaststelling van de Omgevingsvisie Albrandswaard 2040</p>
<p>De raad van de gemeente Albrandswaard;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 december 2027, zaaknummer 2027-118204;</p>
<p>overwegende dat de omgevingsvisie de koers voor de fysieke leefomgeving geeft voor de periode tot 2030, met een doorkijk naar 2040, dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van beantwoording;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Albrandswaard 2040, bestaande uit de tekst en de geografische informatieobjecten opgenomen in bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Toekomstvisie Albrandswaard 2025 en de Structuurvisie Albrandswaard 2025 ‘Van meer naar beter’ in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 maart 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 31 januari 2028.</p>
${handtekeningen(['De griffier,', 'mr. H.W. Bakker'], ['De voorzitter,', 'drs. J.C. Bonnet'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Albrandswaard 2040</p><p class="t2">Groen wonen tussen stad en rivier</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [`Deel ${nr}`, t, `Deel ${nr}`, 1] : [nr, t, `${nr} ${t}`, 2]))
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  K('I')
  K('1')
  K('1.1')
  d.p('In een omgevingsvisie wordt de langetermijnvisie op de ontwikkeling van de fysieke leefomgeving weergegeven. Deze omgevingsvisie geeft de koers voor Albrandswaard voor de periode tot 2030, met een doorkijk naar 2040. Het is een toekomstvisie, waarin een brede ruimtelijke vertaling wordt gemaakt van de belangrijke opgaven waar Albrandswaard voor staat.')
  K('1.2')
  d.p('Samen met inwoners, bestuurders en ketenpartners is gewerkt aan deze visie. Gestart is met de bestaande Toekomstvisie; daar zijn drie actuele thema’s aan toegevoegd:')
  d.list(['de woningbouwopgave;', 'de energietransitie;', 'de gezonde leefomgeving.'], bol)
  d.p('De gemaakte keuzes zijn het resultaat van dit participatieve proces. Een eerdere versie is door de raad teruggestuurd; deze visie verwerkt de nieuwe woningbouwopgave van de provincie.')
  K('1.3')
  d.p('Deel I beschrijft de koers, deel II de thema’s en deel III de gebieden en de uitvoering.')
  K('2')
  K('2.1')
  d.p('Albrandswaard bestaat uit de dorpen Rhoon en Poortugaal en de wijk Portland. Jongeren en ouderen blijven graag in hun dorp wonen.')
  K('2.2')
  d.p('Het groene karakter is het uitgangspunt: de polder Albrandswaard, het Valkensteynse bos, de Rhoonse Grienden en de dijken langs de Oude Maas.')
  K('3')
  d.p('Om de vraagstukken het hoofd te bieden hanteert deze visie vier uitgangspunten:')
  d.list(['Albrandswaard maakt optimaal gebruik van de ontsluiting per metro;', 'de gebieden rond de metrostations komen het eerst in aanmerking voor woningbouw;', 'zo kunnen de buitengebieden vrij blijven van bebouwing;', 'Albrandswaard geeft ruimte aan de energietransitie, waarbij eerst wordt ingezet op dubbel grondgebruik.'], num)
  K('3.1')
  d.p('Binnen een straal van ongeveer 800 meter rond de metrostations Rhoon en Poortugaal zoeken we naar plekken om te verdichten.')
  K('3.2')
  d.p('De polder en de Rand van Rhoon blijven groen; nieuwe bebouwing hoort daar niet.')
  K('3.3')
  d.p('Zonnepanelen komen eerst op daken, boven parkeerplaatsen en langs infrastructuur.')

  K('II')
  K('4')
  K('4.1')
  d.p('Albrandswaard bouwt tot 2030 ruim 2.000 woningen, waarvan een derde sociale huur. Een gevarieerd woningaanbod voor starters en ouderen maakt Albrandswaard toekomstbestendig.')
  d.table(['Locatie', 'Woningen', 'Fase'], [
    ['Mariput (Poortugaal)', '140', 'in uitvoering'],
    ['Schutskooiwijk / Poortugaal-West', '350', '2028–2031'],
    ['Omloop (Rhoon)', '180', '2029–2032'],
    ['Kruisdijk – Zwaardijk', '400', 'na 2030, onderzoek'],
  ], 'tbl', ['46%', '18%', '36%'])
  K('4.2')
  d.p('Verdichten is de oplossing bij een toenemende bouwopgave. We bouwen gelijkvloerse woningen waarin mensen tot op hoge leeftijd zelfstandig kunnen blijven wonen.')
  K('5')
  K('5.1')
  d.p('We zijn kritisch op grootschalige opwek in het groen. Wel zoeken we naar:')
  d.list([{ text: 'dubbel grondgebruik', sub: ['zon op geluidswallen langs de A15 en de A29;', 'zon boven parkeerterreinen.'] }, 'kleinschalige opwek met inwoners en coöperaties.'], bol)
  K('5.2')
  d.p('Voor de warmte volgen we de Transitievisie warmte; Portland sluit als eerste aan op een warmtenet.')
  K('6')
  K('6.1')
  d.p('Groen dicht bij huis nodigt uit tot bewegen en ontmoeten. We verbinden de dorpen met de polder en de rivier met wandel- en fietsroutes.')
  K('6.2')
  d.p('Bij nieuwe woningen langs de Groene Kruisweg en de snelwegen houden we rekening met luchtkwaliteit en geluid.')

  K('III')
  K('7')
  K('7.1')
  d.p('Rhoon houdt zijn dorpse karakter rond de Dorpsdijk en het Kasteel van Rhoon.')
  K('7.2')
  d.p('In Poortugaal ligt de nadruk op de vernieuwing van Poortugaal-West.')
  K('7.3')
  d.p('Portland is een jonge wijk met een eigen winkelcentrum en een goede metroverbinding.')
  K('7.4')
  d.p('Het Landschapsontwikkelingsplan voor de polder blijft richtinggevend. Voor de Rand van Rhoon maken we keuzes op de lange termijn.')
  K('8')
  d.p('De visie wordt uitgewerkt in gebiedsprogramma’s en in het omgevingsplan. Elke raadsperiode bekijken we of de visie nog actueel is.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h224',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie Albrandswaard 2040" (ontwerp door het college vastgesteld op 21 december 2021: de koers voor de fysieke leefomgeving tot 2030 met een doorkijk naar 2040, gebouwd op de bestaande Toekomstvisie met drie toegevoegde thema\'s de woningbouwopgave, de energietransitie en de gezonde leefomgeving; het groene karakter als uitgangspunt; verdichten als oplossing bij een toenemende bouwopgave; vier uitgangspunten: optimaal gebruik van de metro, de gebieden rond de metrostations eerst voor woningbouw zodat de buitengebieden vrij blijven, ruimte voor de energietransitie met eerst dubbel grondgebruik; een eerdere versie door de raad teruggestuurd; locaties als Kruisdijk–Zwaardijk en Molendijk-Noord; de Rand van Rhoon; het Landschapsontwikkelingsplan voor de polder van 2012), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Liberation Sans 9,5 pt, drie DELEN "Deel I" … "Deel III" op een regel boven hun titel (niveau 1, nummer "I"), hoofdstukken "1" … "8" DOORGENUMMERD over de delen (niveau 2), paragrafen "1.1" (niveau 3), inhoudsopgave "Inhoudsopgave" met puntjeslijnen (delen en hoofdstukken), voettekst "Omgevingsvisie Albrandswaard 2040 | pagina n" rechts, de vier uitgangspunten als lijst "1.", "•" met "–", een tabel, raadsbesluit met "BESLUIT:" en Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0613',
    naam: 'Gemeente Albrandswaard',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Albrandswaard tot vaststelling van de Omgevingsvisie Albrandswaard 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Albrandswaard 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-albrandswaard-2040', regeling: 'omgevingsvisie-albrandswaard-2040', doel: 'omgevingsvisie-albrandswaard-2040' },
      datums: { vaststelling: '2028-01-31', ondertekening: '2028-01-31', bekendmaking: '2028-02-10', inwerkingtreding: '2028-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0613',
      oin: '00000001000000006130',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [88000, 430000] },
    meubilair: ['^Omgevingsvisie Albrandswaard 2040 \\| pagina \\d+$'],
    title: 'Omgevingsvisie Albrandswaard 2040',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 20mm 20mm 22mm 22mm; @bottom-right { content: "Omgevingsvisie Albrandswaard 2040 | pagina " counter(page); ${ft} } }
@page eerste { @bottom-right { content: none; } }
@page titel { @bottom-right { content: none; } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'Liberation Sans'; color: #007a5e; margin-bottom: 8mm; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 5mm; }
.bs { margin-top: 4mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 80mm; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #007a5e; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #555; }
.toc { break-before: page; } .tockop { font: bold 16pt 'Liberation Sans'; color: #007a5e; margin-bottom: 5mm; }
.deel { break-before: page; padding-top: 60mm; }
.deel .dl { font: bold 13pt 'Liberation Sans'; color: #7fbfae; letter-spacing: 0.08em; margin: 0 0 2mm; }
.deel h1 { font: bold 26pt 'Liberation Sans'; color: #007a5e; margin: 0; break-after: page; }
h2 { font: bold 15pt 'Liberation Sans'; color: #007a5e; margin: 0 0 4mm; break-before: page; }
h3 { font: bold 11pt 'Liberation Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 3mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'Liberation Sans'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #007a5e; padding: 1.2mm; text-align: left; vertical-align: top; }
table.tbl th { background: #007a5e; color: #fff; }
.bijl { font: bold 14pt 'Liberation Sans'; color: #007a5e; margin: 0 0 5mm; break-before: page; }
table.gio { width: 100%; font: 8.5pt 'Liberation Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #999; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Liberation Mono'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

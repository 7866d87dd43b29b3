/**
 * h86 — gemeente Den Haag (gm0518), holdout (session 11, second set): a large gemeente (about 560.000 inwoners).
 * Content after the public pages and reports on the "Omgevingsvisie Den Haag 2050" (a long-term visie for the city
 * within its region; six ambities — sociaal, duurzaam, wonen, duurzame mobiliteit, bruisend, gezond en veilig; four
 * scenarios, among them the compacte stad, worked into one proposal; grip én koers on future changes; the city grows
 * and needs tens of thousands of woningen; klimaatadaptatie and the energietransitie; groen in grote parken or groen in
 * de straten; the grote sociale tegenstellingen in the city; stadsdelen such as Leidschenveen-Ypenburg; the toekomstwijzer
 * and the stadsgesprekken; an omgevingseffectrapport), here as a visie of 2027, shortened and partly in our own words.
 * Layout: A4 in Liberation Sans 9.5 pt; an unnumbered "Den Haag in 2050" before the chapters; chapters "Ambitie 1: …"
 * … "Ambitie 6: …" (the label and a COLON inline before the title, each on a new page), sections "1.1", "1.2.1";
 * after each ambitie a NUMBERED LIST of keuzes ("1." …); header "Den Haag 2050 · omgevingsvisie" with "Ambitie n" at the
 * right (a named page per ambitie), footer "Vastgesteld door de gemeenteraad op 4 november 2027" with "pagina n van m";
 * a table; raadsbesluit "De raad van de gemeente Den Haag," with "gezien het voorstel van
 * het college van 6 juli 2027, RIS 318244", "Besluit:" and beslispunten I.–III. (the third names the date of
 * inwerkingtreding), signatures in two columns; visie as "Bijlage 1"; GIO table Naam | Identificatie | Stadsdeel
 * with identifiers that break in the cell in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0518', '2027', '2027-11-04', '1')
const GIOS = [
  { ...gio('Gemeente Den Haag', 'gemeente-den-haag', [0, 0], 6), stadsdeel: 'alle' },
  { ...gio('Centrale zone en Binckhorst', 'centrale-zone-binckhorst', [1, -0.5], 1.2), stadsdeel: 'Centrum, Haagse Hout' },
  { ...gio('Kustzone Scheveningen en Kijkduin', 'kustzone-scheveningen-kijkduin', [-3, 2], 1.5), stadsdeel: 'Scheveningen, Segbroek, Loosduinen' },
  { ...gio('Zuidwest: Moerwijk, Morgenstond en Bouwlust', 'zuidwest-moerwijk-morgenstond', [-1, -3], 1.2), stadsdeel: 'Escamp' },
  { ...gio('Leidschenveen-Ypenburg', 'leidschenveen-ypenburg', [4, -2], 1.3), stadsdeel: 'Leidschenveen-Ypenburg' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Ambitie ${k.nummer}: ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span> ${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}</span> ${k.opschrift}</h3>`
const num: Marker[] = [{ counter: '1', suffix: '.' }, { glyph: '–' }]
const blok: Marker[] = [{ glyph: '▪', font: 'DejaVu Sans' }, { glyph: '–' }]

const AMBITIES = ['Sociaal', 'Duurzaam', 'Wonen', 'Duurzame mobiliteit', 'Bruisend', 'Gezond en veilig']

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Den Haag · Gemeenteblad · RIS 318244</p>
<p class="ttl">Besluit van de raad van de gemeente Den Haag tot vaststelling van de Omgevingsvisie Den Haag 2050</p>
<p>De raad van de gemeente Den Haag,</p>
<p>gezien het voorstel van het college van 6 juli 2027, RIS 318244;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie met het omgevingseffectrapport ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord in de Nota van beantwoording;</p>
<p class="bs">Besluit:</p>
<p class="bp">I. de Omgevingsvisie Den Haag 2050, zoals opgenomen in bijlage 1, vast te stellen;</p>
<p class="bp">II. de werkingsgebieden van de omgevingsvisie vast te leggen in de geografische informatieobjecten die zijn opgenomen in bijlage 2;</p>
<p class="bp">III. te bepalen dat dit besluit in werking treedt op 1 december 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 4 november 2027.</p>
${handtekeningen(['De griffier,', 'mr. drs. M.A. de Winter'], ['De voorzitter,', 'J. van Zanen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij RIS 318244</p>
<p class="t1">Omgevingsvisie Den Haag 2050</p>
<p class="t2">Grip én koers op de stad van morgen</p>
</div>`)

  d.enter('visie')
  d.page('intro')
  d.tk('Den Haag in 2050', 'tk0')
  d.p('De komende jaren gaat er veel gebeuren in Den Haag. Het aantal inwoners groeit, er wordt volop gebouwd en de stad werkt aan klimaatadaptatie en de energietransitie. Deze visie zorgt ervoor dat we grip én koers houden op die veranderingen.')
  d.p('De visie is gemaakt met de stad: inwoners vulden de toekomstwijzer in, en in tien stadsgesprekken in de stadsdelen vertelden zij wat waardevol is, waar zorgen over zijn en waar kansen liggen. Vier scenario’s, elk met twee ambities op maximaal, hebben de hoeken van het speelveld laten zien. Deze visie kiest daartussen.')

  d.page('a1')
  d.kop(1, '1', AMBITIES[0]!)
  d.p('Den Haag is een stad van grote sociale tegenstellingen. We willen een stad waar iedereen mee kan doen, in elke wijk.')
  d.kop(2, '1.1', 'Kansen in elke wijk')
  d.p('Investeringen in woningen, openbare ruimte en voorzieningen richten we eerst op de wijken waar de achterstand het grootst is.')
  d.kop(2, '1.2', 'Ontmoeten')
  d.p('Elke wijk krijgt plekken om elkaar te ontmoeten: pleinen, buurthuizen, speelplekken en groen.')
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['voorzieningen op loopafstand in elke wijk;', 'vernieuwing van Zuidwest zonder verdringing van de huidige bewoners;', 'een stad die toegankelijk is voor mensen met een beperking.'], num)

  d.page('a2')
  d.kop(1, '2', AMBITIES[1]!)
  d.p('Den Haag wordt een klimaatneutrale en klimaatbestendige stad.')
  d.kop(2, '2.1', 'Energietransitie')
  d.kop(3, '2.1.1', 'Wijken van het aardgas')
  d.p('We brengen wijk voor wijk in beeld welke warmtebron het beste past: een warmtenet, bodemwarmte of all-electric.')
  d.kop(3, '2.1.2', 'Ruimte voor energie')
  d.p('Op daken, langs infrastructuur en op bedrijventerreinen maken we ruimte voor zonne-energie, en voor de installaties die het net nodig heeft.')
  d.kop(2, '2.2', 'Groen en klimaatadaptatie')
  d.p('Groen concentreren in grote parken of juist toevoegen in de straten? We kiezen voor beide: de grote parken en landgoederen blijven, en elke straat wordt groener.')
  d.table(
    ['Groen', 'Nu', 'Doel 2050'],
    [
      ['Bomen per straat', 'wisselend', 'in elke straat'],
      ['Groen binnen 300 meter van elke woning', '80%', '100%'],
      ['Verharding in de openbare ruimte', '65%', '50%'],
    ],
    'tbl',
  )
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['een klimaatneutrale stad in 2050;', 'een groene straat voor elke Hagenaar;', 'het vasthouden van regenwater waar het valt.'], num)

  d.page('a3')
  d.kop(1, '3', AMBITIES[2]!)
  d.p('Den Haag groeit. Er zijn tienduizenden woningen nodig, voor alle inkomens.')
  d.kop(2, '3.1', 'Bouwen in de bestaande stad')
  d.p('We bouwen binnen de stadsgrenzen: in de Centrale zone, de Binckhorst, rond de stations en bij de vernieuwing van wijken.')
  d.kop(2, '3.2', 'Betaalbaar wonen')
  d.p('Van de nieuwe woningen is een groot deel sociale huur of middenhuur.')
  d.kop(2, '3.3', 'Hoogbouw')
  d.p('Hoogbouw kan in de Centrale zone en bij knooppunten, als de openbare ruimte op de begane grond aantrekkelijk blijft.')
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['compact bouwen bij knooppunten van het openbaar vervoer;', 'een gemengde stad, met werken en voorzieningen bij het wonen;', { text: 'behoud van de beschermde stadsgezichten, waaronder:', sub: ['het Statenkwartier;', 'het Benoordenhout.'] }], num)

  d.page('a4')
  d.kop(1, '4', AMBITIES[3]!)
  d.p('Een groeiende stad kan niet meer ruimte geven aan de auto. We kiezen voor lopen, fietsen en openbaar vervoer.')
  d.kop(2, '4.1', 'De stad van de korte afstand')
  d.p('Dagelijkse voorzieningen liggen op loop- of fietsafstand.')
  d.kop(2, '4.2', 'Openbaar vervoer')
  d.kop(3, '4.2.1', 'Nieuwe verbindingen')
  d.p('We werken met de regio aan nieuwe hoogwaardige openbaarvervoerverbindingen, onder meer naar Zuidwest en Scheveningen.')
  d.kop(3, '4.2.2', 'Knooppunten')
  d.p('Stations worden plekken om te wonen, te werken en te verblijven.')
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['voorrang voor voetganger en fietser in de binnenstad;', 'minder parkeren op straat, meer ruimte voor groen en spelen.'], num)

  d.page('a5')
  d.kop(1, '5', AMBITIES[4]!)
  d.p('Den Haag is internationale stad van vrede en recht, regeringsstad en badplaats. Die mix maakt de stad bruisend.')
  d.kop(2, '5.1', 'Werken en economie')
  d.p('We houden ruimte voor bedrijven in de stad, ook voor de maakindustrie en het mkb.')
  d.kop(2, '5.2', 'Cultuur en vrije tijd')
  d.p('Culturele voorzieningen, sport en evenementen horen bij een levendige stad, ook buiten het centrum.')
  d.kop(2, '5.3', 'De kust')
  d.p('Scheveningen en Kijkduin zijn badplaatsen voor de hele stad. We zoeken balans tussen drukte en rust.')
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['levendige centra in elk stadsdeel;', 'een kust die het hele jaar leeft.'], num)

  d.page('a6')
  d.kop(1, '6', AMBITIES[5]!)
  d.p('Een gezonde en veilige leefomgeving is voor iedereen, in elke wijk.')
  d.kop(2, '6.1', 'Lucht, geluid en hitte')
  d.p('We verbeteren de luchtkwaliteit en beperken geluidhinder langs de drukke wegen. Koele plekken liggen op loopafstand.')
  d.kop(2, '6.2', 'Veiligheid')
  d.p('Bij het bouwen in een dichte stad letten we op externe veiligheid, brandveiligheid en de bereikbaarheid voor hulpdiensten.')
  d.p('<b>Wij kiezen voor:</b>')
  d.list(['gezondheid als vast onderdeel van elke ruimtelijke afweging;', { text: 'beweegvriendelijke openbare ruimte:', sub: ['speelplekken voor alle leeftijden;', 'veilige routes naar school.'] }], num)
  d.p('Hoe we de visie uitvoeren, staat in de programma’s en het omgevingsplan. We kijken regelmatig of de doelen worden gehaald, en passen de visie aan als dat nodig is.')
  d.list(['programma’s per stadsdeel;', 'het omgevingsplan Den Haag;', 'de monitor van de leefomgeving.'], blok)

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Stadsdeel'], (g) => [g.naam, gidCell(g.identificatie, true), g.stadsdeel], 'gio', ['32%', '40%', '28%'])

  const hd = "font: 7.5pt 'Liberation Sans'; color: #3a6e3a;"
  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const pages = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']
    .map((name, i) => `@page ${name} { @top-left { content: "Den Haag 2050 · omgevingsvisie"; ${hd} } @top-right { content: "Ambitie ${i + 1}"; ${hd} } @bottom-left { content: "Vastgesteld door de gemeenteraad op 4 november 2027"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }`)
    .join('\n')
  const spec: DocSpec = {
    id: 'h86',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina’s en verslagen over de "Omgevingsvisie Den Haag 2050" (langetermijnvisie voor de stad in haar regio; zes ambities sociaal, duurzaam, wonen, duurzame mobiliteit, bruisend, gezond en veilig; vier scenario’s, waaronder de compacte stad, verwerkt tot één voorstel; grip én koers; groei met tienduizenden woningen; klimaatadaptatie en energietransitie; groen in grote parken of in de straten; grote sociale tegenstellingen; stadsdelen zoals Leidschenveen-Ypenburg; toekomstwijzer en stadsgesprekken; omgevingseffectrapport), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, een ongenummerd "Den Haag in 2050" vóór de hoofdstukken, hoofdstukken "Ambitie 1: …" … "Ambitie 6: …" (label en DUBBELE PUNT vóór de titel, elk op een nieuwe bladzijde), paragrafen "1.1" en "2.1.1", per ambitie een GENUMMERDE LIJST van keuzes, kopregel "Den Haag 2050 · omgevingsvisie" met "Ambitie n" rechts, voettekst "Vastgesteld door de gemeenteraad op 4 november 2027" met "pagina n van m", een tabel, raadsbesluit met "gezien het voorstel van het college van 6 juli 2027, RIS 318244", "Besluit:" en beslispunten I.–III. (inwerkingtreding op een datum), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Stadsdeel met afbrekende identificaties in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0518',
    naam: 'Gemeente Den Haag',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Den Haag tot vaststelling van de Omgevingsvisie Den Haag 2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2027-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Den Haag 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-den-haag-2050', regeling: 'omgevingsvisie-den-haag-2050', doel: 'omgevingsvisie-den-haag-2050' },
      datums: { vaststelling: '2027-11-04', ondertekening: '2027-11-04', bekendmaking: '2027-11-16', inwerkingtreding: '2027-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0518',
      oin: '00000001000000518000',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [80000, 454000] },
    meubilair: [
      '^Den Haag 2050 · omgevingsvisie( Ambitie \\d)?$',
      '^Vastgesteld door de gemeenteraad op 4 november 2027( pagina \\d+ van \\d+)?$',
      '^pagina \\d+ van \\d+$',
    ],
    title: 'Omgevingsvisie Den Haag 2050',
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 20mm; }
@page intro { @top-left { content: "Den Haag 2050 · omgevingsvisie"; ${hd} } @bottom-left { content: "Vastgesteld door de gemeenteraad op 4 november 2027"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
${pages}
@page bijl { @top-left { content: "Den Haag 2050 · omgevingsvisie"; ${hd} } @bottom-left { content: "Vastgesteld door de gemeenteraad op 4 november 2027"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1d1d1d; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #3a6e3a; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.bp { margin-left: 8mm; text-indent: -8mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #3a6e3a; margin: 4mm 0 2mm; }
.titel .t2 { font: 15pt 'Liberation Serif'; }
.tk0 { font: bold 18pt 'Liberation Sans'; color: #3a6e3a; margin: 0 0 4mm; }
h1 { font: bold 18pt 'Liberation Sans'; color: #3a6e3a; margin: 0 0 5mm; break-after: avoid; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #3a6e3a; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h2 .n, h3 .n { display: inline-block; min-width: 12mm; }
div.lst { margin: 0 0 2.5mm 3mm; }
.li .m { color: #3a6e3a; font-weight: bold; }
table.tbl { width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; border-collapse: collapse; }
table.tbl th { background: #dcebdc; text-align: left; padding: 1mm; border: 0.4pt solid #3a6e3a; }
table.tbl td { padding: 1mm; border: 0.4pt solid #3a6e3a; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #3a6e3a; }
table.gio { width: 100%; font-size: 8.5pt; border-collapse: collapse; }
table.gio th { text-align: left; border-bottom: 1pt solid #3a6e3a; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * h163 — gemeente Hardenberg (gm0160), holdout (session 13): after the public texts on the Omgevingsvisie Landstad
 * Hardenberg (adopted 6 July 2021): "Landstad Hardenberg" where the best of two worlds meet, the voorzieningen of a
 * stad and the rust and ruimte of the platteland; 29 kernen; more than 65.000 inwoners in 2040; Hardenberg as the
 * second stad on the Vechtdalas with a streekfunctie; four themes "Hardenberg in balans", "Hardenberg voor elkaar",
 * "Hardenberg knooppunt" and "Hardenberg duurzaam"; "Bouw je eigen buurt" (2017); Regio Zwolle, Dutch TechZone and
 * Regio Twente; the N377 kernen Dedemsvaart, Balkbrug and Slagharen), here as a herziene visie of 2028, shortened.
 * Layout: A4 LANDSCAPE in Liberation Sans 10 pt; chapters "1." … "7.", sections "1.1.", a third level "4.2.1."
 * (a dot after every number); table of contents of chapters; header "Landstad Hardenberg · omgevingsvisie" right,
 * footer "gemeente Hardenberg" + "blz. n"; lists "■" and "a)"; a table; besluit with "Artikel 1 – Vaststelling" …
 * "Artikel 4 – Inwerkingtreding" (TITLES AFTER A DASH), an "Aldus vastgesteld" block and SIGNATURES IN TWO COLUMNS;
 * visie as "Bijlage 1"; GIO table Naam | Identificatie | Versie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0160'
const gio = (naam: string, werk: string, at: [number, number], size = 2) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-27', '1'),
  toelichting: '1',
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doc: Doc = {
  id: 'h163',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Landstad Hardenberg (vastgesteld 6 juli 2021: Landstad Hardenberg waar het beste van twee werelden samenkomt, 29 kernen, meer dan 65.000 inwoners in 2040, Hardenberg als tweede stad op de Vechtdalas met een streekfunctie, de vier thema\'s "Hardenberg in balans", "Hardenberg voor elkaar", "Hardenberg knooppunt" en "Hardenberg duurzaam", "Bouw je eigen buurt", Regio Zwolle, Dutch TechZone en Regio Twente, de kernen Dedemsvaart, Balkbrug en Slagharen aan de N377), hier als herziene visie van 2028, ingekort; eigen opmaak: A4 liggend in Liberation Sans, hoofdstukken "1." … "7.", paragrafen "1.1.", een derde niveau "4.2.1." (punt na elk nummer), inhoudsopgave van hoofdstukken, kopregel "Landstad Hardenberg · omgevingsvisie" rechts, voettekst "gemeente Hardenberg" + "blz. n", lijsten "■" en "a)", een tabel, raadsbesluit met "Artikel 1 – Vaststelling" … "Artikel 4 – Inwerkingtreding" (titels na een streepje), een blok "Aldus vastgesteld" en handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Versie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hardenberg',
  title: 'Omgevingsvisie Landstad Hardenberg 2028',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#B3003C',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2, bottom: 1.8, left: 3, right: 3 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2, suffix: '.' },
      { format: '1', display: 3, suffix: '.' },
      { format: '1', display: 4, suffix: '.' },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '□' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { landscape: true, header: ['\t\tLandstad Hardenberg · omgevingsvisie'], footer: ['gemeente Hardenberg\t\tblz. {page}'] },
    },
    tableBorder: '0.5pt solid #B3003C',
    tableHeaderBg: '#F6E0E8',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hardenberg tot vaststelling van de Omgevingsvisie Landstad Hardenberg 2028',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2028-09-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit · zaaknummer 402117 · agendapunt 9' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hardenberg tot vaststelling van de Omgevingsvisie Landstad Hardenberg 2028' },
      p('De raad van de gemeente Hardenberg;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 mei 2028;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.24 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 – Vaststelling' },
      p('De Omgevingsvisie Landstad Hardenberg 2028 wordt vastgesteld zoals opgenomen in bijlage 1, met de geografische informatieobjecten van bijlage 2.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 – Zienswijzen' },
      p('De Nota zienswijzen ontwerp-omgevingsvisie wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 – Intrekking' },
      p('De Omgevingsvisie Landstad Hardenberg, vastgesteld op 6 juli 2021, wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 4 – Inwerkingtreding' },
      p('Dit besluit treedt in werking op 1 september 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Hardenberg, gehouden op 27 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', '', 'mr. H.J. Oosterveld'], right: ['De voorzitter,', '', '', 'P.H. Schoemaker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Landstad Hardenberg 2028',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage 1' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Landstad Hardenberg 2028' },
      { t: 'p', style: 'subtitle', text: 'Het beste van twee werelden' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break', master: 'Standard' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Het verhaal van Hardenberg' },
      p('Hardenberg veranderde van een lokaal georiënteerde plattelandsgemeente in de jaren vijftig tot een krachtige en vitale gemeente met economische groei, bruisende centra, prettige woonkernen, een sterke maakindustrie en stedelijke voorzieningen. Die kracht en groei willen wij vasthouden en verder uitbouwen.'),
      { t: 'h', l: 2, text: 'Van plattelandsgemeente tot streekcentrum' },
      p('De gemeente ontstond uit Hardenberg, Avereest en Gramsbergen en telt 29 kernen.'),
      { t: 'h', l: 2, text: 'Bouw je eigen buurt' },
      p('In 2017 begonnen wij met inwoners aan "Bouw je eigen buurt". Wat toen is opgehaald, staat aan de basis van deze visie.'),
      { t: 'h', l: 1, text: 'Landstad Hardenberg in 2040' },
      p('In Landstad Hardenberg komt het beste van twee werelden samen: de voordelen en voorzieningen van een stad en de charme, rust en ruimte van het platteland. Landstad Hardenberg heeft in 2040 meer dan 65.000 inwoners.'),
      { t: 'h', l: 2, text: 'Krachtig knooppunt in Noordoost-Nederland' },
      p('Met Hardenberg als tweede stad op de Vechtdalas is de streekfunctie verder uitgebouwd.'),
      { t: 'h', l: 2, text: 'Vier thema’s' },
      { t: 'ul', list: 'Blok', items: ['Hardenberg in balans;', 'Hardenberg voor elkaar;', 'Hardenberg knooppunt;', 'Hardenberg duurzaam.'] },
      { t: 'h', l: 1, text: 'Hardenberg in balans' },
      p('Over de manier waarop wij omgaan met ons landelijk gebied en de functies die daar samenkomen.'),
      { t: 'h', l: 2, text: 'Landbouw' },
      p('De landbouw blijft de drager van het landelijk gebied; wij bieden ruimte voor schaalvergroting waar het landschap dat toelaat.'),
      { t: 'h', l: 2, text: 'Natuur en landschap' },
      p('Het Vechtdal, de Engbertsdijksvenen en de esdorpen zijn de kwaliteiten van ons landschap.'),
      { t: 'h', l: 2, text: 'Vrijkomende agrarische bebouwing' },
      p('Voor vrijkomende erven zoeken wij naar nieuwe functies die passen bij de omgeving.'),
      { t: 'h', l: 1, text: 'Hardenberg voor elkaar' },
      p('Over de ontwikkelingen in de grotere kernen en het leefbaar houden van de kleinere kernen.'),
      { t: 'h', l: 2, text: 'Wonen' },
      p('Wij bouwen voor de eigen behoefte en voor de regionale vraag.'),
      {
        t: 'table',
        cols: [6, 4, 13.7],
        header: ['Kern', 'Woningen tot 2030', 'Accent'],
        rows: [
          ['Hardenberg-Heemse', '1.600', 'centrum, Marslanden, Baalder'],
          ['Dedemsvaart', '650', 'langs de N377, centrum'],
          ['Slagharen en Balkbrug', '400', 'N377-kernen, regionale vraag'],
          ['Overige kernen', '350', 'naar behoefte van de kern'],
        ],
      },
      { t: 'h', l: 2, text: 'Kernen en voorzieningen' },
      { t: 'h', l: 3, text: 'De grote kernen' },
      p('Hardenberg en Dedemsvaart hebben een bovenlokaal voorzieningenniveau.'),
      { t: 'h', l: 3, text: 'De kleine kernen' },
      p('In de kleine kernen werken wij met Plaatselijk Belang aan leefbaarheid.'),
      { t: 'h', l: 1, text: 'Hardenberg knooppunt' },
      p('Over een vitale economie en een goede bereikbaarheid van de gemeente.'),
      { t: 'h', l: 2, text: 'Economie' },
      p('De maakindustrie is de ruggengraat van onze economie; wij werken samen in de Regio Zwolle, de Dutch TechZone en met Twente.'),
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      p('Wij zetten ons in voor:'),
      { t: 'ol', list: 'Letter', items: ['een verdubbeling van de N34 en de N36;', 'een betere treinverbinding Zwolle–Emmen;', 'veilige fietsroutes tussen de kernen.'] },
      { t: 'h', l: 1, text: 'Hardenberg duurzaam' },
      { t: 'h', l: 2, text: 'Energietransitie' },
      p('Zon op daken gaat voor zon in het veld; grootschalige opwek combineren wij met landschap.'),
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      p('Met waterschap Vechtstromen houden wij water vast en voorkomen wij hittestress.'),
      { t: 'h', l: 1, text: 'Uitvoering' },
      p('De visie werkt door in het omgevingsplan en in programma\'s; elke vier jaar kijken wij of zij nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break', master: 'Standard' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [6.5, 15.5, 1.7], header: ['Naam', 'Identificatie', 'Versie'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Hardenberg', 'gemeente-hardenberg', [0, 0], 14),
    gio('Vechtdal', 'vechtdal', [-3, 1], 4),
    gio('N377-kernen', 'n377-kernen', [-12, -2], 3),
    gio('Centrum Hardenberg', 'centrum-hardenberg', [0, 0], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-landstad-hardenberg-2028', regeling: 'omgevingsvisie-landstad-hardenberg-2028', doel: 'omgevingsvisie-landstad-hardenberg-2028' },
    datums: { vaststelling: '2028-06-27', ondertekening: '2028-06-27', bekendmaking: '2028-07-04', inwerkingtreding: '2028-09-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0160',
  },
  geo: { origin: [240000, 510000] },
  meubilair: ['^Landstad Hardenberg · omgevingsvisie$', '^gemeente Hardenberg\\s+blz\\. \\d+$'],
}
export default doc

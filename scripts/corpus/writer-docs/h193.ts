/**
 * h193 — gemeente Heiloo (gm0399), holdout (session 13): the Noord-Hollandse gemeente on the strandwal between
 * Alkmaar and Castricum, with the open strandvlakten, the Heilooër bossen and the new wijk De Zandzoom. Structure and
 * wording after the public pages on the Omgevingsvisie Heiloo 2040 ("Onze gemeente is een prachtige gemeente. We
 * kunnen in Heiloo goed wonen, recreëren en werken"; the voorontwerp with 178 enquête responses and 19
 * inspraakreacties; the visie "maakt helder waar de gemeente voor staat (waarden) en hoe de gemeente zich wil
 * ontwikkelen (speerpunten)"; the speerpunten "een leefbaar dorp, het buitengebied in balans en een gezond, veilig en
 * inclusief dorp dat duurzaam en bereikbaar is"; the questions "Hoe en waar wonen we?", "Hoe regelen we de
 * bereikbaarheid?"; the pilot Gewaardeerd Landschap with its contrast of open strandvlakten and the besloten
 * strandwal), here as a visie of 2028, shortened and partly in our own words. Layout: A4 LANDSCAPE in Liberation
 * Sans Narrow 10.5 pt; PARTS "Deel A" … "Deel D" (level 1, nummer "A") with chapters "A.1" (level 2) and a third
 * level "C.1.1"; table of contents; two-column sections; header "Gemeente Heiloo · Omgevingsvisie 2040" with the page number
 * "n/m" in the footer; lists "•" and "1."; a table; raadsbesluit with Artikel 1–2; GIO table Naam | Identificatie
 * in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0399'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-04-10', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h193',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s over de Omgevingsvisie Heiloo 2040 ("Onze gemeente is een prachtige gemeente. We kunnen in Heiloo goed wonen, recreëren en werken"; het voorontwerp met 178 enquêtereacties en 19 inspraakreacties; de visie maakt helder waar de gemeente voor staat (waarden) en hoe zij zich wil ontwikkelen (speerpunten); de speerpunten een leefbaar dorp, het buitengebied in balans en een gezond, veilig en inclusief dorp dat duurzaam en bereikbaar is; de vragen "Hoe en waar wonen we?" en "Hoe regelen we de bereikbaarheid?"; de pilot Gewaardeerd Landschap met het contrast van open strandvlakten en besloten strandwal), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4 LIGGEND in Liberation Sans Narrow 10,5 pt, DELEN "Deel A" … "Deel D" (niveau 1, nummer "A") met hoofdstukken "A.1" (niveau 2) en een derde niveau "C.1.1", inhoudsopgave, tweekoloms secties, kopregel "Gemeente Heiloo · Omgevingsvisie 2040", paginanummer "n/m" in de voettekst, lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–2, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Heiloo',
  title: 'Omgevingsvisie Heiloo 2040',
  style: {
    font: 'Liberation Sans Narrow',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [20, 14, 11, 10.5],
    headingColor: '#2E6B30',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 1.6, bottom: 1.5, left: 2.0, right: 2.0 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Besluit: { footer: ['\t\tRaadsbesluit 2028-021'] },
      Standard: {
        landscape: true,
        header: ['Gemeente Heiloo · Omgevingsvisie 2040'],
        footer: ['\t\t{page}/{pages}'],
      },
    },
    tableBorder: '0.5pt solid #2E6B30',
    tableHeaderBg: '#E3EFE3',
    tableFontSize: 9.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Heiloo tot vaststelling van de Omgevingsvisie Heiloo 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-06-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'right', text: 'Raadsvoorstel 2028-021' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Heiloo tot vaststelling van de Omgevingsvisie Heiloo 2040' },
      p('De raad van de gemeente Heiloo,'),
      p('gelezen het voorstel van burgemeester en wethouders van 6 februari 2028;'),
      p('gelet op de artikelen 3.1 en 16.25 van de Omgevingswet;'),
      p('overwegende dat de ontwerp-Omgevingsvisie Heiloo 2040 van 13 oktober tot en met 23 november 2027 ter inzage heeft gelegen, dat acht zienswijzen zijn ingediend en dat deze zijn beantwoord in de Reactienota zienswijzen;'),
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Heiloo 2040 met de bijbehorende geografische informatieobjecten vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op 1 juni 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de gemeenteraad van Heiloo, gehouden op 10 april 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. E.C. Hoogland'], right: ['De voorzitter,', '', 'J.M. Goedhart'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Heiloo 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Heiloo 2040' },
      { t: 'p', style: 'subtitle', text: 'Gezond en prettig wonen, recreëren en werken op de strandwal' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
    ],
    body: [
      { t: 'break' },
      h(1, 'Inleiding'),
      h(2, 'Aanleiding'),
      p('Onze gemeente is een prachtige gemeente. We kunnen in Heiloo goed wonen, recreëren en werken. We willen ervoor zorgen dat we in 2040 nog steeds die gezonde en prettige gemeente zijn.'),
      h(2, 'Hoe de visie tot stand kwam'),
      p('Op het voorontwerp reageerden 178 inwoners via de enquête en kwamen 19 inspraakreacties binnen, van de Historische Vereniging tot Duurzaam Heiloo, LTO en de Vogelwerkgroep.'),
      h(2, 'Opbouw van de visie'),
      p('Een omgevingsvisie maakt helder waar de gemeente voor staat (waarden) en hoe de gemeente zich wil ontwikkelen (speerpunten). Deel B beschrijft de waarden, deel C de speerpunten en deel D de uitvoering.'),
      { t: 'break' },
      h(1, 'Waarden'),
      { t: 'cols2', blocks: [
        h(2, 'Het dorp op de strandwal'),
        p('Heiloo ligt op een strandwal, besloten en bebost, met lanen, buitenplaatsen en het oude dorpslint.'),
        h(2, 'De open strandvlakten'),
        p('Het contrast tussen de open strandvlakten en de beslotenheid van de strandwal is kenmerkend. Bij nieuwe ontwikkelingen houden wij daar rekening mee.'),
        h(2, 'Erfgoed'),
        p('Het Witte Kerkje, de Runxputte en de buitenplaatsen vertellen de geschiedenis van Heiloo.'),
      ] },
      { t: 'break' },
      h(1, 'Speerpunten'),
      p('Voor 2040 kiezen wij vijf speerpunten:'),
      { t: 'ol', list: 'Nummer', items: ['een leefbaar dorp;', 'het buitengebied in balans;', 'een gezond, veilig en inclusief dorp;', 'duurzaam;', 'bereikbaar.'] },
      h(2, 'Een leefbaar dorp'),
      h(3, 'Hoe en waar wonen we?'),
      p('Wij bouwen binnen het bestaande dorp en in De Zandzoom, voor jong en oud.'),
      {
        t: 'table',
        cols: [7, 5, 13],
        header: ['Locatie', 'Woningen', 'Doelgroep'],
        rows: [
          ['De Zandzoom', '1.200', 'gemengd, een derde sociaal'],
          ['Stationsgebied', '350', 'starters en ouderen'],
          ['Inbreiding dorp', '250', 'levensloopbestendig'],
        ],
      },
      h(3, 'Voorzieningen'),
      p('Winkels, scholen en sport blijven op fietsafstand.'),
      h(2, 'Het buitengebied in balans'),
      p('Landbouw, natuur en recreatie delen de ruimte:'),
      { t: 'ul', list: 'Bol', items: ['weidevogels in de Oosterzij en de Boekelermeer;', { text: 'recreatie', sub: ['wandelen en fietsen;', 'geen grootschalige verblijfsrecreatie.'] }, 'agrarische bedrijven met toekomst.'] },
      h(2, 'Gezond, veilig en inclusief'),
      p('Iedereen doet mee; de openbare ruimte nodigt uit tot bewegen en ontmoeten.'),
      h(2, 'Duurzaam'),
      h(3, 'Energie'),
      p('Zon op daken heeft voorrang; het buitengebied blijft open.'),
      h(3, 'Klimaatadaptatie'),
      p('Wij houden regenwater vast op de strandwal.'),
      h(2, 'Bereikbaar'),
      p('Hoe regelen we de bereikbaarheid? Met het station, veilige fietsroutes en een goede aansluiting op de N203.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Rolverdeling'),
      p('De gemeente stimuleert, faciliteert of regisseert, afhankelijk van de opgave.'),
      h(2, 'Programma’s en omgevingsplan'),
      p('De speerpunten werken wij uit in programma’s en in het omgevingsplan.'),
      h(2, 'Actualisatie'),
      p('Eens per raadsperiode bezien wij of de visie nog past.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [7, 18.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Heiloo', 'gemeente-heiloo', [0, 0], 4),
    gio('Strandwal Heiloo', 'strandwal-heiloo', [0, 0.5], 1.5),
    gio('Open strandvlakten', 'open-strandvlakten', [-2, 0], 1.5),
    gio('Woongebied De Zandzoom', 'woongebied-de-zandzoom', [0.5, -1.5], 0.7),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-heiloo-2040', regeling: 'omgevingsvisie-heiloo-2040', doel: 'omgevingsvisie-heiloo-2040' },
    datums: { vaststelling: '2028-04-10', ondertekening: '2028-04-10', bekendmaking: '2028-04-18', inwerkingtreding: '2028-06-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0399',
  },
  geo: { origin: [110000, 515000] },
  meubilair: ['^Gemeente Heiloo · Omgevingsvisie 2040$', '^\\d+/\\d+$', '^Raadsbesluit 2028-021$'],
}
export default doc

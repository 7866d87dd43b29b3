/**
 * h157 — gemeente Dalfsen (gm0148), holdout (session 13): the Overijsselse gemeente of some 29.000 inwoners on the
 * Vecht with the kernen Dalfsen, Nieuwleusen, Lemelerveld, Hoonhorst and Oudleusen. Content after the public texts
 * of the Omgevingsvisie Dalfsen 1.0 (vastgesteld 28 februari 2022, omgevingsvisiedalfsen.nl: the opening sentence of
 * the Toekomstvisie, "Noaberschap", "Samenwerken" as the one word that sums it up, a visie 2040 with gemeentebrede
 * ambities and an Ontwikkelkaart, four deelgebieden Groots Platteland, Vertier rond de Vecht, Lommerijke landgoederen
 * and Landelijk Lemelerveld, an update to a 2.0 announced), here as the Omgevingsvisie Dalfsen 2.0 of 2028, partly
 * in our own words. Layout: A4 in DejaVu Sans 9.5 pt; PART LINES "Deel A – Visie 2040" and "Deel B – Deelgebieden"
 * (level 1, nummer "A"/"B"), chapters "A.1" (level 2), sections "A.1.1" (level 3); table of contents; header
 * "Omgevingsvisie gemeente Dalfsen 2.0" centred, footer "Vastgesteld 24 februari 2028 · versie 2.0" with the page
 * number right; a LANDSCAPE MAP PAGE (the Ontwikkelkaart with a legend list and a caption "Figuur A.1 …"); a table
 * over a page break with its header row repeated; a footnote; lists "•" and "1."; "BESLUIT:" with Artikel 1–3; GIO
 * table Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0148'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-02-24', '2'),
  toelichting,
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doorwerking: string[][] = [
  ['Samen wonen', 'Woonvisie Dalfsen', 'programma', 'woningbouw per kern'],
  ['Samen wonen', 'Woningbouwprogrammering', 'programma', 'jaarlijkse actualisatie'],
  ['Samen wonen', 'Beleid woonwagenstandplaatsen', 'beleidsregel', 'locaties en procedure'],
  ['Samen wonen', 'Welstandsnota', 'beleidsregel', 'beeldkwaliteit kernen'],
  ['Samen wonen', 'Erfgoedverordening', 'verordening', 'monumenten en karakteristieke panden'],
  ['Samen wonen', 'Speelruimteplan', 'programma', 'speelplekken per wijk'],
  ['Samen werken', 'Economische visie', 'visie', 'bedrijventerreinen en centra'],
  ['Samen werken', 'Detailhandelsstructuur', 'beleidsregel', 'winkelgebieden Dalfsen en Nieuwleusen'],
  ['Samen werken', 'Recreatie en toerisme', 'programma', 'Vechtdal en landgoederen'],
  ['Samen werken', 'Vrijkomende agrarische bebouwing', 'beleidsregel', 'hergebruik en sloop'],
  ['Samen werken', 'Plattelandsvisie', 'visie', 'toekomst van het platteland'],
  ['Samen leven', 'Sportnota', 'programma', 'sportparken en buitensport'],
  ['Samen leven', 'Accommodatiebeleid', 'beleidsregel', 'dorpshuizen en scholen'],
  ['Samen leven', 'Gezondheidsbeleid', 'programma', 'beweegvriendelijke omgeving'],
  ['Samen leven', 'Verkeersveiligheidsplan', 'programma', 'schoolroutes en N340'],
  ['Samen leven', 'Mobiliteitsplan', 'programma', 'fiets en openbaar vervoer'],
  ['Samen leven', 'Parkeerbeleid', 'beleidsregel', 'normen per gebied'],
  ['Duurzaam', 'Energievisie', 'visie', 'zon, wind en besparing'],
  ['Duurzaam', 'Transitievisie warmte', 'programma', 'wijkvolgorde aardgasvrij'],
  ['Duurzaam', 'Klimaatadaptatiestrategie', 'programma', 'water, hitte en droogte'],
  ['Duurzaam', 'Gemeentelijk rioleringsprogramma', 'programma', 'afkoppelen en berging'],
  ['Duurzaam', 'Bomenbeleidsplan', 'beleidsregel', 'waardevolle bomen'],
  ['Duurzaam', 'Biodiversiteitsplan', 'programma', 'bermen en natuurinclusief bouwen'],
  ['Duurzaam', 'Landschapsontwikkelingsplan', 'programma', 'erven en houtwallen'],
  ['Gebieden', 'Centrumvisie Dalfsen', 'visie', 'Vechtoevers en Prinsenplein'],
  ['Gebieden', 'Centrumplan Nieuwleusen', 'programma', 'Oosterveen en Kerkplein'],
  ['Gebieden', 'Dorpsplan Lemelerveld', 'programma', 'kanaalzone'],
  ['Gebieden', 'Gebiedsproces Vechtdal', 'programma', 'Ruimte voor de Vecht'],
  ['Gebieden', 'Landgoederenzone', 'visie', 'Hoonhorst en Hessum'],
  ['Gebieden', 'Ontwikkelkaart', 'kaart', 'deze visie, figuur A.1'],
]

const doc: Doc = {
  id: 'h157',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de Omgevingsvisie Dalfsen 1.0 (vastgesteld 28 februari 2022, omgevingsvisiedalfsen.nl: de openingszin van de Toekomstvisie, "Noaberschap", "Samenwerken" als het woord dat de visie samenvat, een visie 2040 met gemeentebrede ambities en een Ontwikkelkaart, de deelgebieden Groots Platteland, Vertier rond de Vecht, Lommerijke landgoederen en Landelijk Lemelerveld, een aangekondigde versie 2.0), hier als Omgevingsvisie Dalfsen 2.0 van 2028, deels in eigen woorden; eigen opmaak: A4 in DejaVu Sans 9,5 pt, deelregels "Deel A – Visie 2040" en "Deel B – Deelgebieden" (niveau 1, nummer "A"/"B"), hoofdstukken "A.1" (niveau 2), paragrafen "A.1.1" (niveau 3), inhoudsopgave, kopregel "Omgevingsvisie gemeente Dalfsen 2.0" gecentreerd, voettekst "Vastgesteld 24 februari 2028 · versie 2.0" met paginanummer rechts, een liggende kaartbladzijde (Ontwikkelkaart met legenda en bijschrift "Figuur A.1 …"), een tabel over een paginaovergang met herhaalde kopregel, een voetnoot, lijsten "•" en "1.", "BESLUIT:" met Artikel 1–3, GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Dalfsen',
  title: 'Omgevingsvisie Dalfsen 2.0',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [18, 13, 10.5, 9.5],
    headingColor: '#1B5E7A',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2, bottom: 2, left: 2.2, right: 2.2 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ', suffix: ' –' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\tOmgevingsvisie gemeente Dalfsen 2.0'],
        footer: ['Vastgesteld 24 februari 2028 · versie 2.0\t\t{page}'],
      },
      Kaart: { landscape: true, footer: ['Vastgesteld 24 februari 2028 · versie 2.0\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #1B5E7A',
    tableHeaderBg: '#DCEBF2',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Dalfsen tot vaststelling van de Omgevingsvisie Dalfsen 2.0',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-04-03',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Dalfsen · raadsbesluit 2028/07' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Dalfsen tot vaststelling van de Omgevingsvisie Dalfsen 2.0' },
      p('De raad van de gemeente Dalfsen;'),
      p('gelezen het voorstel van burgemeester en wethouders van 9 januari 2028;'),
      p('overwegende dat de Omgevingsvisie Dalfsen 1.0 op 28 februari 2022 is vastgesteld met de afspraak haar na twee jaar te actualiseren, en dat het ontwerp van de Omgevingsvisie Dalfsen 2.0 zes weken ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Dalfsen 2.0 wordt vastgesteld zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Dalfsen 1.0 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 3 april 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Dalfsen van 24 februari 2028.'),
      { t: 'sign', left: ['De griffier,', '', '', 'H.J. Kraaijenhagen'], right: ['De voorzitter,', '', '', 'E. van Lenthe'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Dalfsen 2.0',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Dalfsen 2.0' },
      { t: 'p', style: 'subtitle', text: 'Samen werken, samen wonen en samen leven' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Visie 2040' },
      { t: 'h', l: 2, text: 'Samenwerken' },
      p('“De gemeente Dalfsen staat voor sociale samenhang, is een buitengewone plek om te wonen en heeft duurzaamheid centraal staan in alles wat ze doet.” Dat is de openingszin van de Toekomstvisie van Dalfsen.[^Toekomstvisie gemeente Dalfsen, vastgesteld door de raad in 2017.] Zij schetst de cultuur en de manier van omgaan met elkaar.'),
      p('Hier hebben de loop van de Vecht en het leven en werken op de hogere gronden eeuwenlang historie geschreven in het landschap, en in het karakter van onze inwoners: hard werken en naar elkaar omzien. Dat heet hier “Noaberschap”.'),
      { t: 'h', l: 3, text: 'Van 1.0 naar 2.0' },
      p('De Omgevingsvisie 1.0 werd in 2022 vastgesteld. Deze versie 2.0 scherpt de keuzes aan met de plattelandsvisie, de woningbouwopgave en de energievisie.'),
      { t: 'h', l: 3, text: 'Leeswijzer' },
      p('Deel A beschrijft de gemeentebrede visie en ambities; deel B de keuzes per deelgebied.'),
      { t: 'h', l: 2, text: 'Basissituatie' },
      p('De gemeente Dalfsen ligt ruimtelijk strategisch, tussen Zwolle en de Sallandse Heuvelrug. Dat verklaart voor een groot deel de economische kracht en de brede welvaart.'),
      { t: 'h', l: 3, text: 'Trends en ontwikkelingen' },
      p('Vergrijzing, kleinere huishoudens, de energietransitie, de landbouwtransitie en klimaatverandering vragen om keuzes voor de fysieke leefomgeving.'),
      { t: 'h', l: 3, text: 'Ontwikkelkaart' },
      p('De keuzes zijn vastgelegd in tekst en in de Ontwikkelkaart op de volgende bladzijde.'),
      { t: 'break', master: 'Kaart' },
      { t: 'p', style: 'bold', text: 'Legenda' },
      { t: 'ul', list: 'Punt', items: ['kernen met ruimte voor woningbouw', 'zoekgebied bedrijventerrein Nieuwleusen', 'Vechtdal: natuur, water en recreatie', 'landgoederenzone Hoonhorst–Hessum', 'zoekgebied grootschalige zonne-energie'] },
      { t: 'p', style: 'small', text: 'Figuur A.1 Ontwikkelkaart gemeente Dalfsen 2040' },
      { t: 'break', master: 'Standard' },
      { t: 'h', l: 2, text: 'Ambities' },
      p('Wij werken aan vier gemeentebrede ambities:'),
      { t: 'ol', list: 'Nummer', items: ['samen wonen: een passende woning in elke kern;', 'samen werken: ruimte voor ondernemers en een toekomst voor de landbouw;', 'samen leven: voorzieningen en ontmoeting dichtbij;', 'duurzaam: energieneutraal en klimaatbestendig in 2050.'] },
      { t: 'h', l: 3, text: 'Samen wonen' },
      p('Wij bouwen in alle kernen naar behoefte, met voorrang voor starters en ouderen.'),
      { t: 'h', l: 3, text: 'Samen werken' },
      p('Bestaande bedrijven krijgen ruimte om te groeien; nieuwe bedrijventerreinen sluiten aan bij de kernen.'),
      { t: 'h', l: 3, text: 'Samen leven' },
      p('Dorpshuizen, scholen en sportparken blijven de dragers van de gemeenschap.'),
      { t: 'h', l: 3, text: 'Duurzaam' },
      p('Wij wekken energie op met zon op daken en, waar het landschap het toelaat, in zonneparken.'),
      { t: 'h', l: 2, text: 'Doorwerking in beleid' },
      p('Per ambitie is aangegeven hoe bestaand en nieuw beleid aan de visie bijdraagt.'),
      { t: 'table', cols: [3, 5.2, 2.8, 5.6], header: ['Ambitie', 'Beleid', 'Instrument', 'Onderwerp'], rows: doorwerking },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Deelgebieden' },
      p('Naast gemeentebrede keuzes zijn er keuzes die alleen in een bepaald gebied gelden. Wij onderscheiden vier deelgebieden.'),
      { t: 'h', l: 2, text: 'Groots Platteland' },
      p('Nieuwleusen, Oudleusen en omgeving: een open landbouwgebied met grote kavels en een sterk dorp.'),
      { t: 'h', l: 3, text: 'Landbouw' },
      p('De grondgebonden landbouw blijft de belangrijkste gebruiker van het gebied.'),
      { t: 'h', l: 3, text: 'Nieuwleusen' },
      p('Nieuwleusen groeit aan de zuidkant; het centrum rond het Kerkplein wordt versterkt.'),
      { t: 'h', l: 2, text: 'Vertier rond de Vecht' },
      p('Dalfsen, Ankum en omgeving: het Vechtdal met water, natuur, landgoederen en recreatie.'),
      { t: 'h', l: 3, text: 'Ruimte voor de Vecht' },
      p('Wij geven de Vecht meer ruimte en maken de oevers toegankelijk voor wandelaars en kanoërs.'),
      { t: 'h', l: 3, text: 'Centrum Dalfsen' },
      p('Het centrum wordt meer op de Vecht georiënteerd.'),
      { t: 'h', l: 2, text: 'Lommerijke landgoederen' },
      p('Hoonhorst, Hessum, Vennenberg en omgeving: kleinschalig landschap met landgoederen en bossen.'),
      { t: 'h', l: 2, text: 'Landelijk Lemelerveld' },
      p('De kern Lemelerveld en omgeving: een dorp aan het Overijssels Kanaal met een eigen industriële geschiedenis.'),
      { t: 'h', l: 3, text: 'Kanaalzone' },
      p('De kanaalzone wordt een aantrekkelijke entree met wonen en werken.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4.2, 7.5, 4.9], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Dalfsen', 'gemeente-dalfsen', 'hele grondgebied', [0, 0], 10),
    gio('Groots Platteland', 'groots-platteland', 'deelgebied B.1', [-4, 3], 4),
    gio('Vertier rond de Vecht', 'vertier-rond-de-vecht', 'deelgebied B.2', [0, -1], 3),
    gio('Lommerijke landgoederen', 'lommerijke-landgoederen', 'deelgebied B.3', [4, 1], 3),
    gio('Landelijk Lemelerveld', 'landelijk-lemelerveld', 'deelgebied B.4', [3, -6], 3),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-dalfsen-2-0', regeling: 'omgevingsvisie-dalfsen-2-0', doel: 'omgevingsvisie-dalfsen-2-0' },
    datums: { vaststelling: '2028-02-24', ondertekening: '2028-02-24', bekendmaking: '2028-03-01', inwerkingtreding: '2028-04-03' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0148',
  },
  geo: { origin: [212000, 502000] },
  meubilair: ['^Omgevingsvisie gemeente Dalfsen 2\\.0$', '^Vastgesteld 24 februari 2028 · versie 2\\.0 \\d+$'],
}
export default doc

/**
 * h131 — gemeente Coevorden (gm0109), holdout (session 12, corpus10): a Drentse gemeente of about 35.000 inwoners
 * with the vestingstad Coevorden, Dalen, Schoonebeek, Sleen, Oosterhesselen, Aalden and Zweeloo and a wide
 * buitengebied along the German border. Content after the public texts of Coevorden on its omgevingsvisie (adopted
 * by the raad on 17 October 2023: the three ambities "Eigen thuisbasis", "Evenwichtig platteland" and "Economisch
 * regionaal knooppunt"; the four hoofdlijnen of the Hoofdlijnendocument "Duurzaam / Trots / Leefbaar / Bruisend
 * Coevorden"; gebiedskompassen per gebied; the Waardenkaart and the Werkplaats Omgevingsvisie), here as a herziene
 * visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Sans 10 pt; an UNNUMBERED
 * "Voorwoord" (tussenkop) before chapter 1; chapters "1" … "6", sections "1.1", a third level "4.2.1"; headings with
 * an AMPERSAND and a SLASH; table of contents of two levels; footer "Omgevingsvisie Coevorden 2040" + "pagina n";
 * lists "•" with "–"; two tables; besluit "besluit:" with Artikel 1–3 whose ARTIKEL 1 ADOPTS TWO DOCUMENTS (the visie
 * and the uitvoeringsprogramma); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm0109'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-19', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h131',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de gemeente Coevorden over haar omgevingsvisie (vastgesteld 17 oktober 2023; de ambities Eigen thuisbasis, Evenwichtig platteland en Economisch regionaal knooppunt; de hoofdlijnen Duurzaam, Trots, Leefbaar en Bruisend Coevorden; gebiedskompassen; Waardenkaart en Werkplaats Omgevingsvisie), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, een ONGENUMMERD "Voorwoord" vóór hoofdstuk 1, hoofdstukken "1" … "6", paragrafen "1.1", een derde niveau "4.2.1", koppen met een AMPERSAND en een SCHUINE STREEP, inhoudsopgave van twee niveaus, voettekst "Omgevingsvisie Coevorden 2040" + "pagina n", lijsten "•" met "–", twee tabellen, besluit met Artikel 1–3 waarvan ARTIKEL 1 TWEE DOCUMENTEN VASTSTELT (visie en uitvoeringsprogramma), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Coevorden',
  title: 'Omgevingsvisie Coevorden 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#7A1E2C',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.4, left: 2.5, right: 2.2 },
    outline: decimalOutline(''),
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['Omgevingsvisie Coevorden 2040\t\tpagina {page}'] },
    },
    tableBorder: '0.5pt solid #7A1E2C',
    tableHeaderBg: '#F2E3E5',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 15, color: '#7A1E2C' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Coevorden tot vaststelling van de Omgevingsvisie Coevorden 2040 en het Uitvoeringsprogramma Omgevingsvisie 2028–2031',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Coevorden · raadsvoorstel nr. 2027-074 · zaaknummer 231540' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Coevorden tot vaststelling van de Omgevingsvisie Coevorden 2040 en het Uitvoeringsprogramma Omgevingsvisie 2028–2031' },
      { t: 'p', text: 'De raad van de gemeente Coevorden;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 29 augustus 2027;' },
      { t: 'p', text: 'overwegende dat de omgevingsvisie van 17 oktober 2023 na vier jaar is geëvalueerd en dat de uitkomsten, de Waardenkaart en de gesprekken in de dorpen en wijken aanleiding geven tot een herziene visie met een uitvoeringsprogramma;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'Vast te stellen:' },
      { t: 'ol', list: 'Letter', items: [
        'de Omgevingsvisie Coevorden 2040, opgenomen in bijlage 1, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2;',
        'het Uitvoeringsprogramma Omgevingsvisie 2028–2031, als afzonderlijk document bij dit besluit gevoegd.',
      ] },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De omgevingsvisie van de gemeente Coevorden, vastgesteld op 17 oktober 2023, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Coevorden van 19 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. H.J. Wolters'], right: ['de voorzitter,', '', '', 'R. Bruintjes'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Coevorden 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 19 oktober 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Coevorden 2040' },
      { t: 'p', style: 'subtitle', text: 'Ontwikkeling van stad en platteland gaan samen' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'tk', text: 'Voorwoord' },
      { t: 'p', text: 'Coevorden is een veelzijdige gemeente, met een stad, dorpen en een uitgestrekt buitengebied. Zij heeft kenmerken van een plattelandsgemeente en van een stadsgemeente. Deze visie beschrijft hoe wij de toekomst van onze gemeente voor ons zien en welke keuzes daarvoor nodig zijn.' },
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'Wij hebben te maken met een groeiend woningtekort en uitdagingen in de landbouw. Het klimaat verandert en wij gaan over op schone en duurzame energiebronnen. Deze ontwikkelingen vragen om ruimte; in de omgevingsvisie staat hoe wij die ruimte zo goed mogelijk gebruiken.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'Samen met inwoners, ondernemers, maatschappelijke partners en experts hebben wij aan deze visie gewerkt:' },
      { t: 'ul', list: 'Punt', items: ['een bewonersenquête en de Waardenkaart met de plekken die inwoners waardevol vinden;', 'dorps- en wijkgesprekken en ideeën van scholieren;', { text: 'de Werkplaats Omgevingsvisie, met', sub: ['inwoners die actief wilden meedenken;', 'een klankbordgroep uit de gemeenteraad.'] }] },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft onze gemeente. Hoofdstuk 3 noemt de drie ambities, hoofdstuk 4 de hoofdlijnen en hoofdstuk 5 de gebiedskompassen. Hoofdstuk 6 gaat over de uitvoering.' },
      { t: 'h', l: 1, text: 'Gemeente Coevorden' },
      { t: 'h', l: 2, text: 'Stad/platteland' },
      { t: 'p', text: 'De vestingstad Coevorden is het stedelijk hart; daaromheen liggen ruim dertig dorpen en buurtschappen, van Dalen en Schoonebeek tot Sleen, Aalden en Zweeloo.' },
      { t: 'h', l: 2, text: 'Landschap & erfgoed' },
      { t: 'p', text: 'De esdorpen, de beekdalen van het Drentse Aa-gebied en de ontginningslandschappen van Schoonebeek vertellen de geschiedenis van het gebied.' },
      { t: 'table', cols: [5, 3.5, 3.5, 4], header: ['Kern', 'Inwoners 2026', 'Woningen tot 2035', 'Karakter'], rows: [
        ['Coevorden', '14.900', '620', 'vestingstad'],
        ['Dalen', '4.200', '150', 'esdorp'],
        ['Schoonebeek', '3.700', '140', 'ontginningsdorp'],
        ['Sleen', '1.900', '60', 'esdorp'],
        ['overige dorpen', '10.600', '230', 'divers'],
      ] },
      { t: 'h', l: 1, text: 'Drie ambities' },
      { t: 'h', l: 2, text: 'Eigen thuisbasis' },
      { t: 'p', text: 'Alle generaties wonen en leven samen, met bereikbare voorzieningen, in een groene en duurzame omgeving. De identiteit van dorpen en wijken is zichtbaar en voelbaar.' },
      { t: 'h', l: 2, text: 'Evenwichtig platteland' },
      { t: 'p', text: 'In het buitengebied ontwikkelen landbouw, natuur en landschap, toerisme en recreatie, bodem- en waterbeheer en andere functies zich duurzaam en in harmonie met elkaar.' },
      { t: 'h', l: 2, text: 'Economisch regionaal knooppunt' },
      { t: 'p', text: 'Coevorden ontwikkelt zich verder als knooppunt in een internationaal netwerk van spoor, weg en water, met de Europark-terreinen aan beide zijden van de grens.' },
      { t: 'h', l: 1, text: 'Hoofdlijnen' },
      { t: 'h', l: 2, text: 'Duurzaam Coevorden' },
      { t: 'p', text: 'Een toekomstbestendige stad en een toekomstbestendig buitengebied.' },
      { t: 'h', l: 2, text: 'Trots Coevorden' },
      { t: 'h', l: 3, text: 'Veerkrachtig platteland' },
      { t: 'p', text: 'Wij geven agrarische bedrijven ruimte om te extensiveren, te verbreden of te stoppen, en vrijkomende erven een nieuwe functie.' },
      { t: 'h', l: 3, text: 'Prachtig landschap' },
      { t: 'p', text: 'De open essen en de beekdalen blijven open; nieuwe bebouwing voegt zich naar de erfstructuur.' },
      { t: 'h', l: 2, text: 'Leefbaar Coevorden' },
      { t: 'p', text: 'Samen en gezond, voor jong en oud. Voorzieningen bundelen wij in de grotere kernen.' },
      { t: 'h', l: 2, text: 'Bruisend Coevorden' },
      { t: 'p', text: 'Beleven en ondernemen: de binnenstad, de vesting en het kasteel trekken bezoekers uit Nederland en Duitsland.' },
      { t: 'h', l: 1, text: 'Gebiedskompassen' },
      { t: 'p', text: 'Per gebied geeft een kompas aan welke ambities voorrang hebben:' },
      { t: 'table', cols: [5, 3.6, 3.6, 3.6], header: ['Gebied', 'Eigen thuisbasis', 'Evenwichtig platteland', 'Regionaal knooppunt'], rows: [
        ['Stad Coevorden', '++', '+', '++'],
        ['Dorpen', '++', '+', '0'],
        ['Esdorpenlandschap', '+', '++', '0'],
        ['Veenkoloniaal gebied', '0', '++', '+'],
      ] },
      { t: 'h', l: 2, text: 'Stad Coevorden' },
      { t: 'p', text: 'In de stad ligt de nadruk op wonen in en rond de vesting, op de stationsomgeving en op de bedrijventerreinen.' },
      { t: 'h', l: 2, text: 'Dorpen & buurtschappen' },
      { t: 'p', text: 'In de dorpen bouwen wij voor de eigen behoefte, bij voorkeur binnen de kern.' },
      { t: 'h', l: 2, text: 'Buitengebied' },
      { t: 'p', text: 'In het buitengebied zoeken wij naar evenwicht tussen landbouw, natuur, energie en recreatie.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Uitvoeringsprogramma' },
      { t: 'p', text: 'Het Uitvoeringsprogramma Omgevingsvisie 2028–2031 noemt de projecten en de stappen waarmee wij de visie uitvoeren.' },
      { t: 'h', l: 2, text: 'Monitoring/evaluatie' },
      { t: 'p', text: 'Elke vier jaar evalueren wij de visie met de Werkplaats en de raad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5.6, 9.4], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Coevorden', 'gemeente-coevorden', [0, 0], 24),
    gio('Vestingstad Coevorden', 'vestingstad-coevorden', [-2, -3], 3),
    gio('Esdorpenlandschap', 'esdorpenlandschap', [-8, 6], 8),
    gio('Europark', 'europark', [3, -4], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-coevorden-2040', regeling: 'omgevingsvisie-coevorden-2040', doel: 'omgevingsvisie-coevorden-2040' },
    datums: { vaststelling: '2027-10-19', ondertekening: '2027-10-19', bekendmaking: '2027-10-27', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0109',
  },
  geo: { origin: [255000, 525000] },
  meubilair: ['^Omgevingsvisie Coevorden 2040 pagina \\d+$'],
}
export default doc

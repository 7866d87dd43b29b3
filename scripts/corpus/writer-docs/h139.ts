/**
 * h139 — gemeente De Fryske Marren (gm1940), holdout (session 12): the gemeente of the Friese meren in the
 * south-west of Fryslân, formed in 2014 from Gaasterlân-Sleat, Lemsterland, Skarsterlân and part of Boarnsterhim,
 * about 52.000 inwoners in some fifty dorpen with Joure, Lemmer, Balk and Sint Nicolaasga as the grote kernen, the
 * Tjeukemeer, Slotermeer and Sneekermeer, the IJsselmeerkust and the woods of Gaasterland. Content after the public
 * texts of De Fryske Marren on its omgevingsvisie (vastgesteld 21 december 2022 after two ontwerpen and 46
 * zienswijzen: per gebied its kenmerken, langetermijndoelen and opgaven; "een goede balans tussen het benutten en
 * beschermen van de fysieke leefomgeving"; "voldoende koers, én genoeg beweegruimte"; chapters such as "Goed leven"
 * and "Aantrekkelijke omgeving", a section on the meren en oevergebieden, an uitvoeringsprogramma; the raad's wish
 * to actualise it at least once in four years, with a new vaststelling aimed before 1 januari 2027), here as that
 * actualised visie of 2027, partly in our own words. Layout: 17.6 × 25 cm (B5) in DejaVu Sans 9 pt; chapters
 * "Hoofdstuk 1" … "Hoofdstuk 6", sections "1.1", a third level "4.1.1"; no table of contents; header "De Fryske
 * Marren · Omgevingsvisie 2027" right, footer "Pagina n" centred; lists "–" and "1."; two tables; raadsbesluit
 * "overwegende dat …" and "gelet op …; b e s l u i t :" (spaced letters) with Artikel 1–3; visie as "Bijlage 1";
 * GIO table Nr. | Naam | Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1940'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-02', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h139',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de gemeente De Fryske Marren over haar omgevingsvisie (vastgesteld 21 december 2022 na twee ontwerpen en 46 zienswijzen: per gebied kenmerken, langetermijndoelen en opgaven; een goede balans tussen benutten en beschermen; "voldoende koers, én genoeg beweegruimte"; hoofdstukken als "Goed leven" en "Aantrekkelijke omgeving", de meren en oevergebieden, een uitvoeringsprogramma; actualisatie ten minste eens in de vier jaar, met een nieuwe vaststelling vóór 1 januari 2027), hier als die geactualiseerde visie van 2027, deels in eigen woorden; eigen opmaak: 17,6 × 25 cm (B5) in DejaVu Sans 9 pt, hoofdstukken "Hoofdstuk 1" … "Hoofdstuk 6", paragrafen "1.1", een derde niveau "4.1.1", geen inhoudsopgave, kopregel "De Fryske Marren · Omgevingsvisie 2027" rechts, voettekst "Pagina n" gecentreerd, lijsten "–" en "1.", twee tabellen, raadsbesluit met "overwegende dat …" en "b e s l u i t :" met Artikel 1–3, visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente De Fryske Marren',
  title: 'Omgevingsvisie De Fryske Marren 2027',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [14, 11, 9.5, 9],
    headingColor: '#1B5E20',
    lineHeight: 130,
    spaceAfter: 0.18,
    page: { width: 17.6, height: 25, top: 2, bottom: 2, left: 2, right: 1.8 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '◦' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['\t\tDe Fryske Marren · Omgevingsvisie 2027'], footer: ['\tPagina {page}'] },
    },
    tableBorder: '0.5pt solid #1B5E20',
    tableHeaderBg: '#E3F0E4',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 9 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente De Fryske Marren tot vaststelling van de Omgevingsvisie De Fryske Marren 2027',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-12-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvergadering 2 november 2027 · zaaknummer 2027/118340' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente De Fryske Marren tot vaststelling van de Omgevingsvisie De Fryske Marren 2027' },
      { t: 'p', text: 'De raad van de gemeente De Fryske Marren;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 26 september 2027, zaaknummer 2027/118340;' },
      { t: 'p', text: 'overwegende dat de raad bij de vaststelling van de Omgevingsvisie De Fryske Marren op 21 december 2022 heeft uitgesproken dat de visie ten minste eens in de vier jaar wordt geactualiseerd, en dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en artikel 16.27 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie De Fryske Marren 2027, opgenomen in bijlage 1, vast te stellen, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Omgevingsvisie De Fryske Marren, vastgesteld op 21 december 2022, in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 15 december 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare raadsvergadering van 2 november 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. A.J. de Boer'], right: ['De voorzitter,', '', '', 'drs. J.A. Hoekstra'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie De Fryske Marren 2027',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027/118340' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie De Fryske Marren 2027' },
      { t: 'p', style: 'subtitle', text: 'Koers en beweegruimte' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Over deze visie' },
      { t: 'p', text: 'In deze omgevingsvisie leggen wij samen met de mienskip vast wat wij belangrijk vinden in de fysieke leefomgeving. Zij zoekt een goede balans tussen het benutten en het beschermen van die leefomgeving.' },
      { t: 'h', l: 2, text: 'Waarom een actualisatie' },
      { t: 'p', text: 'Bij de vaststelling van de eerste omgevingsvisie in 2022 sprak de raad uit dat de visie ten minste eens in de vier jaar wordt geactualiseerd. Nieuwe, kaderstellende uitspraken zijn nu in de visie verwerkt.' },
      { t: 'h', l: 2, text: 'Koers en beweegruimte' },
      { t: 'p', text: 'De visie geeft voldoende koers, én genoeg beweegruimte voor toekomstig bestuur en initiatiefnemers. Per gebied beschrijven wij:' },
      { t: 'ol', list: 'Nummer', items: ['de kenmerken van het gebied;', 'de langetermijndoelen;', 'de opgaven waaraan de komende tijd wordt gewerkt.'] },
      { t: 'h', l: 2, text: 'Aansluiting bij Rijk en provincie' },
      { t: 'p', text: 'Wij sluiten aan bij de Nationale Omgevingsvisie en bij de nieuwe Provinciale Omgevingsvisie van Fryslân.' },
      { t: 'h', l: 1, text: 'Goed leven' },
      { t: 'h', l: 2, text: 'Leefbare dorpen' },
      { t: 'p', text: 'De Fryske Marren telt ruim vijftig dorpen. Wij houden voorzieningen bereikbaar en steunen initiatieven van dorpsbelangen.' },
      { t: 'h', l: 2, text: 'Gezond en veilig' },
      { t: 'p', text: 'Rust, ruimte en donkerte zijn kwaliteiten van het buitengebied die wij beschermen.' },
      { t: 'h', l: 1, text: 'Wonen en kernen' },
      { t: 'h', l: 2, text: 'De grote kernen' },
      { t: 'p', text: 'Joure, Lemmer, Balk en Sint Nicolaasga hebben elk een eigen rol:' },
      {
        t: 'table',
        cols: [3.5, 4, 6.3],
        header: ['Kern', 'Rol', 'Opgave tot 2040'],
        rows: [
          ['Joure', 'hoofdkern', 'wonen en werken bij de A7'],
          ['Lemmer', 'watersportkern', 'haven en IJsselmeerkust'],
          ['Balk', 'centrum Gaasterland', 'voorzieningen en zorg'],
          ['Sint Nicolaasga', 'kern aan de A6', 'woningbouw naar behoefte'],
        ],
      },
      { t: 'h', l: 2, text: 'De dorpen' },
      { t: 'p', text: 'In de dorpen bouwen wij naar behoefte, bij voorkeur binnen de bebouwde kom.' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Wij bouwen tot 2030 ongeveer 2.500 woningen, vooral in Joure en Lemmer:' },
      { t: 'ul', list: 'Streep', items: ['levensloopbestendige woningen voor ouderen;', { text: 'betaalbare woningen voor jongeren', sub: ['in de grote kernen;', 'in de dorpen met een school.'] }, 'woningen voor arbeidsmigranten buiten de woonwijken.'] },
      { t: 'h', l: 1, text: 'Aantrekkelijke omgeving' },
      { t: 'h', l: 2, text: 'Landschappen' },
      { t: 'h', l: 3, text: 'IJsselmeerkust en Gaasterland' },
      { t: 'p', text: 'De kliffen van Gaasterland, de bossen en de oude havenstadjes Sloten en Lemmer blijven herkenbaar.' },
      { t: 'h', l: 3, text: 'Veenweidegebied' },
      { t: 'p', text: 'Rond het Tjeukemeer liggen natte graslanden met weidevogels en een opgave voor bodemdaling.' },
      { t: 'h', l: 3, text: 'Meren en oevergebieden' },
      { t: 'p', text: 'Het Slotermeer, de Langweerder Wielen, het Sneekermeer en het Tjeukemeer vormen samen het hart van de gemeente.' },
      { t: 'h', l: 2, text: 'Water' },
      { t: 'p', text: 'Met Wetterskip Fryslân zorgen wij voor voldoende en schoon water en voor de veiligheid langs de IJsselmeerdijk.' },
      { t: 'h', l: 2, text: 'Landbouw' },
      { t: 'p', text: 'De melkveehouderij blijft de drager van het buitengebied. In het veen vragen hogere waterpeilen om nieuwe verdienmodellen.' },
      { t: 'h', l: 1, text: 'Werken en recreatie' },
      { t: 'h', l: 2, text: 'Bedrijvigheid' },
      { t: 'p', text: 'Nieuwe bedrijven vestigen zich op de terreinen bij Joure en Lemmer.' },
      { t: 'h', l: 2, text: 'Watersport en toerisme' },
      { t: 'p', text: 'De watersport is een belangrijke bron van werk. De aantallen ligplaatsen zijn als volgt:' },
      {
        t: 'table',
        cols: [5, 4, 4.8],
        header: ['Gebied', 'Ligplaatsen 2025', 'Ambitie 2040'],
        rows: [
          ['Lemmer', '3.900', '4.200'],
          ['Langweer en Sloten', '1.800', '1.900'],
          ['Tjeukemeer en Echtenerbrug', '900', '1.000'],
        ],
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Omgevingsplan en programma’s' },
      { t: 'p', text: 'De visie werkt door in het omgevingsplan en in programma’s voor wonen, energie en landelijk gebied.' },
      { t: 'h', l: 2, text: 'Samen met de mienskip' },
      { t: 'p', text: 'Initiatieven uit de dorpen ondersteunen wij met een dorpsbudget en met advies.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.6, 8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente De Fryske Marren', 'gemeente-de-fryske-marren', [0, 0], 18),
    gio('IJsselmeerkust en Gaasterland', 'ijsselmeerkust-gaasterland', [-10, -6], 5),
    gio('Friese meren', 'friese-meren', [2, 6], 5),
    gio('Veenweidegebied Tjeukemeer', 'veenweide-tjeukemeer', [10, -4], 4),
    gio('Bedrijventerreinen Joure en Lemmer', 'bedrijventerreinen-joure-lemmer', [4, 2], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-de-fryske-marren-2027', regeling: 'omgevingsvisie-de-fryske-marren-2027', doel: 'omgevingsvisie-de-fryske-marren-2027' },
    datums: { vaststelling: '2027-11-02', ondertekening: '2027-11-02', bekendmaking: '2027-11-09', inwerkingtreding: '2027-12-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1940',
  },
  geo: { origin: [175000, 545000] },
  meubilair: ['^De Fryske Marren · Omgevingsvisie 2027$', '^Pagina \\d+$'],
}
export default doc

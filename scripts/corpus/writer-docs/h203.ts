/**
 * h203 — gemeente Berg en Dal (gm1945), holdout (session 14): the Gelderse gemeente of some 35.000 inwoners with
 * Groesbeek, Millingen aan de Rijn, Ubbergen, Beek, Berg en Dal, Kekerdom, Leuth, Ooij and Persingen, between the
 * stuwwal, the Ooijpolder and the Rijn. Content after the public text of "De vergezichten van Berg en Dal -
 * omgevingsvisie gemeente Berg en Dal" on lokaleregelgeving.overheid.nl (CVDR741724, geldend van 08-07-2025: "1
 * Inleiding", "1.1 Voorwoord" by wethouder Alex ten Westeneind, "1.2 Waarom een omgevingsvisie" with the grote
 * opgaven klimaat, woningmarkt, biodiversiteit, energie en landbouw) and the pages of omgevingsvisiebergendal.nl
 * (startnotitie, koersdocument, Week van de Omgeving), here as a raadsbesluit of 2028, shortened and partly in our
 * own words. Layout: LibreOffice, A4, Liberation Sans 9.5 pt with Liberation Serif headings; the CVDR outline "1" /
 * "1.1" / "1.1.1"; table of contents "Inhoudsopgave" of two levels; header "Gemeente Berg en Dal" + "De vergezichten · omgevingsvisie", footer
 * "Omgevingsvisie gemeente Berg en Dal" + page; a footnote; lists "•" and "a."; a table; raadsbesluit with
 * Artikel 1–3; GIO table Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1945'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-30', '1'),
  toelichting,
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Let', items })

const doc: Doc = {
  id: 'h203',
  set: 'holdout',
  bron:
    'Naar de openbare tekst van "De vergezichten van Berg en Dal - omgevingsvisie gemeente Berg en Dal" op lokaleregelgeving.overheid.nl (CVDR741724, geldend van 08-07-2025: "1 Inleiding", "1.1 Voorwoord" van wethouder Alex ten Westeneind, "1.2 Waarom een omgevingsvisie" met de grote opgaven klimaat, woningmarkt, biodiversiteit, energie en landbouw) en de pagina\'s van omgevingsvisiebergendal.nl (startnotitie, koersdocument, Week van de Omgeving), hier als raadsbesluit van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, Liberation Sans 9,5 pt met koppen in Liberation Serif, CVDR-indeling "1" / "1.1" / "1.1.1", inhoudsopgave van twee niveaus, kopregel "Gemeente Berg en Dal" met "De vergezichten · omgevingsvisie", voettekst "Omgevingsvisie gemeente Berg en Dal" met paginanummer, een voetnoot, lijsten "•" en "a.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Berg en Dal',
  title: 'De vergezichten van Berg en Dal',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Serif',
    headingSizes: [17, 13, 11, 10],
    headingColor: '#1d5b3a',
    lineHeight: 128,
    spaceAfter: 0.22,
    page: A4(2.2, 2.2, 2.5, 2.5),
    outline: decimalOutline('', 1),
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Let: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Berg en Dal\t\tDe vergezichten · omgevingsvisie'],
        footer: ['Omgevingsvisie gemeente Berg en Dal\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #1d5b3a',
    tableHeaderBg: '#e2efe6',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Berg en Dal tot vaststelling van de omgevingsvisie "De vergezichten van Berg en Dal"',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Berg en Dal · raadsvergadering 30 maart 2028 · zaaknummer 2028-0217' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Berg en Dal tot vaststelling van de omgevingsvisie "De vergezichten van Berg en Dal"' },
      p('De raad van de gemeente Berg en Dal;'),
      p('gelezen het voorstel van burgemeester en wethouders van 13 februari 2028;'),
      p('overwegende dat de raad in juni 2021 de startnotitie en in september 2022 het koersdocument heeft vastgesteld, dat het ontwerp van de omgevingsvisie van 16 november tot en met 27 december 2027 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in een nota van beantwoording;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De omgevingsvisie "De vergezichten van Berg en Dal" met de geografische informatieobjecten van bijlage 1 vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Structuurvisie Berg en Dal en de Landschapsontwikkelingsvisie Ooijpolder-Groesbeek in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 mei 2028.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 30 maart 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. J.W. Hendriks'], right: ['De voorzitter,', '', 'M. Slinkman'] },
    ],
  },
  visie: {
    opschrift: 'De vergezichten van Berg en Dal',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'De vergezichten van Berg en Dal' },
      { t: 'p', style: 'subtitle', text: 'omgevingsvisie gemeente Berg en Dal' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Voorwoord'),
      p('Ik begin om u een dikke pluim te geven voor uw medewerking aan deze omgevingsvisie. Als we woningbouwplannen hebben, zijn er altijd genoeg inwoners die hun mening willen geven. Dat wordt een stuk lastiger wanneer we mensen zoeken die mee willen denken over de langere termijn van onze dorpen, het buitengebied en onze gemeente als geheel.'),
      p('Dankzij de vele betrokkenen hebben we nu een kader, een soort meetlat voor alle initiatieven en plannen die we met elkaar maken. Uw meetlat, uw (omgevings)visie!'),
      { t: 'p', style: 'right', text: '_De wethouder ruimtelijke ordening_' },
      h(2, 'Waarom een omgevingsvisie'),
      p('De wereld om ons heen verandert snel. Op hetzelfde moment spelen grote opgaven op het gebied van klimaat, woningmarkt, biodiversiteit, energie en landbouw. Publieke voorzieningen zoals dorpshuizen, sportaccommodaties, winkels en openbaar vervoer staan onder druk door individualisering, digitalisering en vergrijzing.[^De bevolking van Berg en Dal vergrijst sneller dan gemiddeld in Gelderland; in 2040 is naar verwachting bijna een derde van de inwoners 65 jaar of ouder.]'),
      p('Verder is er grote behoefte aan woningen, met name voor senioren en starters. Ook moeten we onze leef- en werkomgeving aanpassen aan klimaatverandering. De kans op extreme buien, hittestress en droogte neemt toe.'),
      h(2, 'Hoe de visie tot stand kwam'),
      h(3, 'Startnotitie en koersdocument'),
      p('In de startnotitie zijn de kwaliteiten en vraagstukken bepaald. In het koersdocument is de visie op hoofdlijnen vastgelegd.'),
      h(3, 'Week van de Omgeving'),
      p('In de Week van de Omgeving hebben inwoners en partners ideeën bedacht voor de vraagstukken uit de startnotitie. Daarna volgden gesprekken met dorpsraden, ondernemersverenigingen en het waterschap.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft wat Berg en Dal bijzonder maakt. Hoofdstuk 3 bevat de vergezichten: onze koers per thema. Hoofdstuk 4 vertaalt die naar de deelgebieden en hoofdstuk 5 gaat over de uitvoering.'),
      h(1, 'Berg en Dal in beeld'),
      h(2, 'Drie landschappen'),
      p('Onze gemeente ligt op de overgang van drie landschappen:'),
      ul(['de stuwwal met bossen, hellingen en droogdalen;', 'de Ooijpolder en de Millingerwaard langs de Rijn en de Waal;', { text: 'het open plateau van Groesbeek', sub: ['met akkers en de oorlogsbegraafplaatsen;', 'met de bossen langs de Duitse grens.'] }]),
      h(2, 'Dorpen met een eigen karakter'),
      p('Berg en Dal is een gemeente van dorpen. Elk dorp heeft zijn eigen karakter, verenigingsleven en voorzieningen. Die verscheidenheid koesteren we.'),
      h(1, 'De vergezichten'),
      p('In dit hoofdstuk beschrijven we per thema waar we naartoe willen. De tabel vat de vergezichten samen.'),
      {
        t: 'table',
        cols: [4.0, 6.5, 5.5],
        header: ['Vergezicht', 'Wat we in 2040 willen', 'Waar we op letten'],
        rows: [
          ['Wonen', 'een passende woning voor jong en oud in elk dorp', 'bouwen binnen de dorpsranden'],
          ['Landschap', 'een robuust en beleefbaar landschap', 'zichtlijnen en de stuwwalrand'],
          ['Energie', 'energieneutraal in 2050', 'eerst besparen, dan opwekken'],
          ['Economie', 'vitale bedrijven en een sterke vrijetijdseconomie', 'kwaliteit boven kwantiteit'],
        ],
      },
      h(2, 'Wonen en leven in de dorpen'),
      h(3, 'Woningbouw naar behoefte'),
      p('We bouwen in alle dorpen, met voorrang voor senioren en starters. Nieuwe woningen komen in de eerste plaats binnen de bestaande dorpen.'),
      h(3, 'Voorzieningen en ontmoeting'),
      p('Het dorpshuis, de school en de sportvereniging zijn de ontmoetingsplekken van een dorp. We zoeken per dorp naar combinaties van functies.'),
      h(2, 'Een klimaatbestendige en duurzame gemeente'),
      h(3, 'Water en hitte'),
      p('Op de stuwwal houden we regenwater vast; in de polder geven we de rivier de ruimte.'),
      h(3, 'Energie'),
      p('Voor de opwek van energie kiezen we in deze volgorde:'),
      ol(['zon op daken en op bedrijventerreinen;', 'zon langs infrastructuur en op restgronden;', 'grotere opwek alleen in de zoekgebieden die het landschap sparen.']),
      h(2, 'Landschap, natuur en erfgoed'),
      p('De stuwwal, de Ooijpolder en de Gelderse Poort behoren tot de mooiste landschappen van Nederland. We versterken de natuur en maken het landschap beleefbaar.'),
      h(2, 'Werken en recreëren'),
      p('We bieden lokale bedrijven ruimte om te groeien en houden de recreatiedruk in evenwicht met de natuur.'),
      h(1, 'Deelgebieden'),
      h(2, 'De stuwwal'),
      p('Op de stuwwal liggen Berg en Dal, Beek, Ubbergen en Groesbeek. Bos en hellingen blijven zichtbaar vanuit de dorpen.'),
      h(2, 'De Ooijpolder en de Millingerwaard'),
      p('In de polder zijn landbouw, natuur en rivier samen de drager van het landschap. Kekerdom, Leuth, Ooij en Persingen blijven kleine dorpen in een open landschap.'),
      h(2, 'Het plateau van Groesbeek'),
      p('Het plateau blijft een open agrarisch landschap met ruimte voor de transitie van de landbouw.'),
      h(1, 'Uitvoering'),
      h(2, 'Van visie naar omgevingsplan en programma'),
      p('We vertalen de vergezichten naar het omgevingsplan en naar programma’s voor wonen, energie en het buitengebied.'),
      h(2, 'Monitoring en bijstelling'),
      p('Elke twee jaar brengen we in beeld hoe het gaat en stellen we de visie zo nodig bij.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4.4, 7.6, 4.0], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Berg en Dal', 'gemeente-berg-en-dal', 'hele grondgebied', [0, 0], 6),
    gio('Stuwwal', 'stuwwal', 'paragraaf 4.1', [-1, -1], 2),
    gio('Ooijpolder en Millingerwaard', 'ooijpolder-millingerwaard', 'paragraaf 4.2', [2, 2], 2.5),
    gio('Plateau van Groesbeek', 'plateau-groesbeek', 'paragraaf 4.3', [0.5, -3], 1.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-berg-en-dal', regeling: 'omgevingsvisie-berg-en-dal', doel: 'omgevingsvisie-berg-en-dal' },
    datums: { vaststelling: '2028-03-30', ondertekening: '2028-03-30', bekendmaking: '2028-04-11', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1945',
  },
  geo: { origin: [193000, 425000] },
  meubilair: ['^Gemeente Berg en Dal De vergezichten · omgevingsvisie$', '^Omgevingsvisie gemeente Berg en Dal \\d+$'],
}
export default doc

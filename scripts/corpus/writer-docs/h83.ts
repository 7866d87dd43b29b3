/**
 * h83 — provincie Noord-Brabant (pv30), holdout (session 11, second set): a Statenbesluit adopting the Brabantse
 * Omgevingsvisie. Content after the public pages and press texts on the Brabantse Omgevingsvisie ("Brabant beweegt
 * naar 2106", the year Brabant exists 1000 years; the visie makes clear which waarden we find important, how we make
 * choices and who has which role; "eenvoudig beter", ruimte maken voor kwaliteit; vier hoofdopgaven — de Brabantse
 * energietransitie (energie- en CO2-neutraal in 2050), klimaatproof Brabant, Brabant als slimme netwerkstad en een
 * concurrerende, duurzame economie — each with a vergezicht 2050 and a tussendoel 2030; the visie is zelfbindend;
 * rules for others go in the Omgevingsverordening; the nieuwe manier van samenwerken with partners), here as a visie
 * of 2027, shortened and partly in our own words. Layout: A3 LANDSCAPE spreads (42 × 29.7 cm) in Liberation Sans
 * 9 pt; chapter headings "1" … "5" over the full width, the rest of each chapter in TWO COLUMNS; sections "1.1", a
 * third level LETTERED in capitals "A." / "B." (its own level only); no header; footer "Brabantse Omgevingsvisie ·
 * vastgesteld door Provinciale Staten op 10 december 2027" with the page number at the right; table of contents of
 * chapters and sections; ●-lists and a list "1."; a table; real footnotes; Statenbesluit nr. 41/27 with "Provinciale
 * Staten van Noord-Brabant," "gelezen", "overwegende", "gelet op", "Besluiten:" and beslispunten 1.–3. (the third
 * names the inwerkingtreding on a date), signatures in two columns; visie on a title page with "Bijlage bij
 * Statenbesluit 41/27"; GIO table Werkingsgebied | Identificatie | Hoofdopgave in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'pv30'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-10', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h83',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina’s en persteksten over de Brabantse Omgevingsvisie (Brabant beweegt naar 2106, het jaar waarin Brabant 1000 jaar bestaat; welke waarden we belangrijk vinden, hoe we keuzes maken en wie welke rol heeft; eenvoudig beter, ruimte maken voor kwaliteit; vier hoofdopgaven: de Brabantse energietransitie, klimaatproof Brabant, Brabant als slimme netwerkstad en een concurrerende, duurzame economie, elk met een vergezicht 2050 en een tussendoel 2030; zelfbindend; regels voor anderen in de Omgevingsverordening; een nieuwe manier van samenwerken), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A3 LIGGEND (42 × 29,7 cm) in Liberation Sans 9 pt, hoofdstukken "1" … "5" over de volle breedte met de rest van elk hoofdstuk in TWEE KOLOMMEN, paragrafen "1.1", een derde niveau met HOOFDLETTERS "A." / "B.", geen kopregel, voettekst "Brabantse Omgevingsvisie · vastgesteld door Provinciale Staten op 10 december 2027" met paginanummer, inhoudsopgave, ●-lijsten en een lijst "1.", een tabel, echte voetnoten, Statenbesluit nr. 41/27 met "Besluiten:" en beslispunten 1.–3. (inwerkingtreding op een datum), handtekeningen in twee kolommen, visie op een titelblad "Bijlage bij Statenbesluit 41/27", GIO-tabel Werkingsgebied | Identificatie | Hoofdopgave in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Noord-Brabant',
  title: 'Brabantse Omgevingsvisie',
  style: {
    font: 'Liberation Sans',
    size: 9,
    headingFont: 'Liberation Sans',
    headingSizes: [20, 12, 10, 9],
    headingColor: '#B2001E',
    lineHeight: 118,
    spaceAfter: 0.2,
    page: { width: 42, height: 29.7, top: 2, bottom: 1.8, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: 'A', display: 1, suffix: '.' },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '●' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        footer: ['Brabantse Omgevingsvisie · vastgesteld door Provinciale Staten op 10 december 2027\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #B2001E',
    tableHeaderBg: '#F6DADF',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#B2001E', size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Noord-Brabant tot vaststelling van de Brabantse Omgevingsvisie',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-02-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provinciaal blad van Noord-Brabant · Statenbesluit nr. 41/27' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Noord-Brabant tot vaststelling van de Brabantse Omgevingsvisie' },
      { t: 'p', text: 'Provinciale Staten van Noord-Brabant,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 2 oktober 2027, nummer 41/27;' },
      { t: 'p', text: 'overwegende dat de ontwerp-omgevingsvisie van 7 juni tot en met 19 juli 2027 ter inzage heeft gelegen, dat daarop zienswijzen zijn ingediend en dat die zijn betrokken bij de vaststelling;' },
      { t: 'p', text: 'overwegende dat de provincie met deze omgevingsvisie voor zichzelf de keuzes vastlegt voor de fysieke leefomgeving van Brabant tot 2050;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'Besluiten:' },
      { t: 'p', text: '1. de Brabantse Omgevingsvisie, zoals opgenomen in de bijlage bij dit besluit, vast te stellen;' },
      { t: 'p', text: '2. te bepalen dat de werkingsgebieden van de omgevingsvisie zijn vastgelegd in de geografische informatieobjecten genoemd in bijlage A van de omgevingsvisie;' },
      { t: 'p', text: '3. te bepalen dat dit besluit in werking treedt op 1 februari 2028.' },
      { t: 'p', text: '’s-Hertogenbosch, 10 december 2027' },
      { t: 'sign', left: ['Provinciale Staten van Noord-Brabant,', 'de voorzitter,', '', '', 'mr. H.J. van der Veld'], right: ['', 'de griffier,', '', '', 'drs. A.M. Jacobs'] },
    ],
  },
  visie: {
    opschrift: 'Brabantse Omgevingsvisie',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij Statenbesluit 41/27' },
      { t: 'p', style: 'title', text: 'Brabantse Omgevingsvisie' },
      { t: 'p', style: 'subtitle', text: 'Brabant beweegt naar 2106' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'In de Brabantse Omgevingsvisie legt de provincie voor zichzelf keuzes vast voor de fysieke leefomgeving. Gaan we door op de ingeslagen weg, is er een bijstelling nodig of juist een volledig nieuwe aanpak?' },
          { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
          { t: 'p', text: 'De omgevingsvisie maakt helder welke waarden we belangrijk vinden, hoe we keuzes maken en wie daarbij welke rol heeft. Een visie die helpt om de kansen en problemen van vandaag aan te pakken én die ons voorbereidt op de kansen en bedreigingen van morgen.' },
          { t: 'h', l: 2, text: 'Een zelfbindende visie' },
          { t: 'p', text: 'Deze visie is zelfbindend: de provincie houdt zich aan haar eigen visie. Als het nodig is dat ook anderen zich aan het beleid houden, nemen we daarvoor regels op in de Omgevingsverordening.[^Regels die gemeenten, waterschappen, bedrijven en inwoners binden, staan uitsluitend in de Omgevingsverordening Noord-Brabant.]' },
          { t: 'h', l: 2, text: 'Leeswijzer' },
          { t: 'p', text: 'Hoofdstuk 2 beschrijft Brabant en de trends die op ons afkomen. Hoofdstuk 3 behandelt de vier hoofdopgaven, hoofdstuk 4 de basiskwaliteit van de leefomgeving en hoofdstuk 5 de manier waarop we werken.' },
        ],
      },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Brabant beweegt naar 2106' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'Niemand kan voorspellen hoe Brabant er in de toekomst uitziet en welke uitdagingen er zijn in 2106, het jaar dat Brabant 1000 jaar bestaat. We kunnen ons er wel zo goed mogelijk op voorbereiden.' },
          { t: 'h', l: 2, text: 'De Brabantse kwaliteit' },
          { t: 'p', text: 'Brabant is een veelzijdige regio: een netwerk van steden en dorpen in een afwisselend landschap van beekdalen, zandgronden, bossen en rivierklei. Die verscheidenheid willen we behouden en versterken.' },
          { t: 'h', l: 2, text: 'Trends en ontwikkelingen' },
          { t: 'p', text: 'Technologische ontwikkelingen veranderen onze mobiliteitsbehoefte; klimaatverandering en de energietransitie vragen ruimte; de sociale veerkracht staat in delen van de samenleving onder druk. We zien vooral:' },
          { t: 'ul', list: 'Bol', items: ['een vergrijzende bevolking buiten de grote steden;', 'een groeiende vraag naar woningen in en rond de steden;', { text: 'een veranderend klimaat, met', sub: ['meer hitte en droogte;', 'heviger buien.'] }] },
          { t: 'h', l: 2, text: 'Eenvoudig beter' },
          { t: 'p', text: '“Eenvoudig beter”, ofwel ruimte maken voor kwaliteit, staat centraal: initiatieven die bijdragen aan gezond en veilig leven, aantrekkelijk en bereikbaar wonen en innovatief ondernemen krijgen ontwikkelruimte.' },
        ],
      },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Vier hoofdopgaven' },
      { t: 'p', text: 'Voor elk van de vier hoofdopgaven geeft de omgevingsvisie een vergezicht voor 2050 en een concreet tussendoel voor 2030. Dat helpt te bepalen welke stappen op korte en middellange termijn nodig zijn.' },
      {
        t: 'table',
        cols: [9, 14, 14],
        header: ['Hoofdopgave', 'Vergezicht 2050', 'Tussendoel 2030'],
        rows: [
          ['De Brabantse energietransitie', 'energie- en CO2-neutraal', '50% minder CO2-uitstoot dan in 1990'],
          ['Klimaatproof Brabant', 'bestand tegen hitte, droogte en wateroverlast', 'ruimtelijke adaptatie in alle plannen'],
          ['Slimme netwerkstad', 'complementair netwerk van steden en dorpen', 'woningbouw in en bij de knooppunten'],
          ['Concurrerende, duurzame economie', 'circulaire economie', 'halvering van het gebruik van primaire grondstoffen'],
        ],
      },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'De Brabantse energietransitie' },
          { t: 'h', l: 3, text: 'Vergezicht 2050' },
          { t: 'p', text: 'In 2050 is Brabant energie- en CO2-neutraal. We wekken de energie die we gebruiken zoveel mogelijk duurzaam op in Brabant zelf, met een energiemix van zon, wind, bodemenergie en restwarmte.' },
          { t: 'h', l: 3, text: 'Tussendoel 2030' },
          { t: 'p', text: 'In 2030 stoten we de helft minder CO2 uit dan in 1990. Daarvoor kiezen we een volgorde:' },
          { t: 'ol', list: 'Nummer', items: ['energie besparen;', 'zon op daken en op restruimte;', 'wind en zon in het landelijk gebied, in samenhang met het landschap.'] },
          { t: 'h', l: 2, text: 'Klimaatproof Brabant' },
          { t: 'h', l: 3, text: 'Vergezicht 2050' },
          { t: 'p', text: 'In 2050 is Brabant klimaatbestendig en waterrobuust ingericht. Water en bodem zijn sturend bij ruimtelijke keuzes.' },
          { t: 'h', l: 3, text: 'Tussendoel 2030' },
          { t: 'p', text: 'In 2030 houden alle ruimtelijke plannen rekening met wateroverlast, hitte en droogte, en is het grondwater in de zandgebieden aangevuld.' },
          { t: 'h', l: 2, text: 'Slimme netwerkstad' },
          { t: 'h', l: 3, text: 'Vergezicht 2050' },
          { t: 'p', text: 'Brabant is in 2050 een slimme, complementaire netwerkstad: steden en dorpen vullen elkaar aan en zijn goed met elkaar verbonden.' },
          { t: 'h', l: 3, text: 'Tussendoel 2030' },
          { t: 'p', text: 'Nieuwe woningen en werklocaties komen in 2030 vooral in en bij bestaand stedelijk gebied en bij de knooppunten van het openbaar vervoer.[^Zie ook de regionale afspraken over wonen en werken in de vier Brabantse regio’s.]' },
          { t: 'h', l: 2, text: 'Concurrerende, duurzame economie' },
          { t: 'h', l: 3, text: 'Vergezicht 2050' },
          { t: 'p', text: 'In 2050 heeft Brabant een circulaire economie die tot de top van Europa behoort, met ruimte voor de maakindustrie, de logistiek en de agrofood.' },
          { t: 'h', l: 3, text: 'Tussendoel 2030' },
          { t: 'p', text: 'In 2030 gebruiken we de helft minder primaire grondstoffen, en liggen de grote bedrijventerreinen op plekken die goed bereikbaar zijn over water, spoor en weg.' },
        ],
      },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Basiskwaliteit van de leefomgeving' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'Naast de hoofdopgaven zorgen we voor een goede basis: een gezonde en veilige leefomgeving, schoon water en een vitale bodem, en een sterk natuurnetwerk.' },
          { t: 'h', l: 2, text: 'Gezond en veilig' },
          { t: 'p', text: 'We beschermen de kwaliteit van lucht, bodem en water en houden afstand tussen kwetsbare functies en risicovolle activiteiten.' },
          { t: 'h', l: 2, text: 'Water en bodem' },
          { t: 'p', text: 'Beekdalen en de grondwaterbeschermingsgebieden krijgen bijzondere aandacht. Drinkwater heeft daar voorrang.' },
          { t: 'h', l: 2, text: 'Natuur en landschap' },
          { t: 'p', text: 'We maken het Natuurnetwerk Brabant af en verbinden natuur met de landbouw in de overgangsgebieden rond de Natura 2000-gebieden.' },
        ],
      },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Zo werken we' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'De provincie wil haar ambities en doelen samen met andere partijen realiseren: andere overheden, initiatiefnemers en andere betrokkenen.' },
          { t: 'h', l: 2, text: 'De Brabantse manier van samenwerken' },
          { t: 'p', text: 'We zoeken actief praktijken op waarin de nieuwe manier van werken centraal staat, en leren daarvan. De Omgevingsvisie en de Omgevingsagenda stellen de einddoelen; de vorm geven we er samen aan.' },
          { t: 'h', l: 2, text: 'Rollen van de provincie' },
          { t: 'p', text: 'Per opgave kiezen we onze rol: regisseren, stimuleren, faciliteren of reguleren. We kiezen de lichtste rol die werkt.' },
          { t: 'h', l: 2, text: 'Instrumenten' },
          { t: 'ul', list: 'Bol', items: ['de Omgevingsverordening voor regels;', 'programma’s voor de uitvoering;', 'de Omgevingsagenda’s met de vier regio’s.'] },
        ],
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: '  ' },
      { t: 'p', text: 'De werkingsgebieden van de omgevingsvisie zijn vastgelegd als geografische informatieobjecten.' },
      { t: 'gio', layout: 'table', cols: [10, 18, 8], header: ['Werkingsgebied', 'Identificatie', 'Hoofdopgave'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Provincie Noord-Brabant', 'provincie-noord-brabant', 'alle', [0, 0], 40),
    gio('Stedelijke knooppunten', 'stedelijke-knooppunten', 'Slimme netwerkstad', [-10, 5], 6),
    gio('Beekdalen', 'beekdalen', 'Klimaatproof Brabant', [15, -10], 8),
    gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', 'Energietransitie', [-25, 10], 5),
    gio('Grote bedrijventerreinen Moerdijk en Waalwijk', 'grote-bedrijventerreinen', 'Duurzame economie', [-35, 15], 4),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'brabantse-omgevingsvisie', regeling: 'brabantse-omgevingsvisie', doel: 'brabantse-omgevingsvisie' },
    datums: { vaststelling: '2027-12-10', ondertekening: '2027-12-10', bekendmaking: '2027-12-21', inwerkingtreding: '2028-02-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV30',
  },
  geo: { origin: [140000, 395000] },
  meubilair: ['^Brabantse Omgevingsvisie · vastgesteld door Provinciale Staten op 10 december 2027( \\d+)?$'],
}
export default doc

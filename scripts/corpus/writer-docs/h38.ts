/**
 * h38 — gemeente Heerenveen (gm0074), holdout (session 7). Content after the Omgevingsvisie Heerenveen 2040 (versie
 * 1.0: zes kernkwaliteiten, vier kernopgaven — centrum voor (top)sport, werk en voorzieningen; toekomstbestendige
 * woningen; gezonde, klimaatbestendige en leefbare wijken en dorpen; kwaliteit en veerkracht van het landschap),
 * shortened and in our own words. Layout: Word outline numbering "Hoofdstuk 0:" + tab from 0, sections "0.1" and
 * "0.1.1" (three levels, numbers only as Word numbering), a section heading that wraps onto two lines, "1)"-lists
 * with a)-items, a "1."-list whose short items look like headings, two footnotes, a table, "Pagina n van m" in the header on the right, a footer line with version and
 * date, a raadsvoorstel printed before the raadsbesluit, "Besluit:" with an "Enig artikel" (inwerkingtreding the day
 * after bekendmaking), "Aldus vastgesteld in de openbare vergadering van …", signatures in two columns, a lower-case
 * "bijlage 1" line before the visie and the GIO table of eleven objects as "bijlage 2", continuing over a page break
 * with a repeated header row.
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0074'
const gio = (naam: string, at: [number, number], size = 0.8) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-07-08', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h38',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie Heerenveen 2040 (versie 1.0: zes kernkwaliteiten en vier kernopgaven — (top)sport, werk en voorzieningen; toekomstbestendige woningen; gezonde, klimaatbestendige en leefbare wijken en dorpen; kwaliteit en veerkracht van het landschap), ingekort en in eigen woorden; eigen opmaak: Liberation Sans 9,5 pt met DejaVu Serif-koppen in donkerblauw en een brede rechtermarge, Word-nummering "Hoofdstuk 0:" + tab vanaf 0, paragrafen "0.1" en "0.1.1" (drie niveaus, nummers alleen als Word-nummering), lange paragraafkop over twee regels, "1)"-lijsten met a)-items, "1."-lijst met korte items die op koppen lijken, twee voetnoten, tabel, "Pagina n van m" rechts in de kopregel, voettekst met versie en datum, raadsvoorstel voor het raadsbesluit, "Besluit:" met "Enig artikel" en inwerkingtreding de dag na bekendmaking, "Aldus vastgesteld in de openbare vergadering van …", handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie en GIO-tabel met elf GIO\'s als "bijlage 2" die over een pagina doorloopt (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Heerenveen',
  title: 'Omgevingsvisie Heerenveen 2040',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'DejaVu Serif',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#1F3A68',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.4, bottom: 2.2, left: 2.2, right: 4.2 },
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', suffix: ':', display: 1, start: 0 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Haakje: { kind: 'number', levels: [{ format: '1', suffix: ')' }, { format: 'a', suffix: ')' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Heerenveen\t\tPagina {page} van {pages}'],
        footer: ['Omgevingsvisie Heerenveen 2040 · versie 2.0 · 8 juli 2027'],
      },
    },
    tableBorder: '0.5pt solid #1F3A68',
    tableHeaderBg: '#E3E9F3',
    tableFontSize: 8.5,
    tussenkop: { italic: true, bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Heerenveen tot vaststelling van de Omgevingsvisie Heerenveen 2040',
    artikelen: [''],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsvoorstel' },
      { t: 'p', style: 'small', text: 'Onderwerp: vaststelling Omgevingsvisie Heerenveen 2040, versie 2.0 · Raadsvergadering: 8 juli 2027 · Portefeuillehouder: wethouder ruimtelijke ordening' },
      { t: 'tk', text: 'Wat stellen wij voor?' },
      { t: 'p', text: 'Wij stellen u voor de geactualiseerde Omgevingsvisie Heerenveen 2040 vast te stellen. Versie 1.0 werd op 8 juli 2021 vastgesteld; in versie 2.0 zijn de woningbouwopgave, de energiestrategie en het beleid voor het landelijk gebied bijgewerkt.' },
      { t: 'tk', text: 'Waarom?' },
      { t: 'p', text: 'De Omgevingswet vraagt om een actuele visie voor het hele grondgebied. De visie is ook het afwegingskader voor initiatieven die niet in het omgevingsplan passen.' },
      { t: 'tk', text: 'Wat hebben wij gedaan?' },
      { t: 'p', text: 'Het ontwerp heeft van 15 februari tot en met 29 maart 2027 ter inzage gelegen. Wij ontvingen 46 zienswijzen; de beantwoording staat in de reactienota.' },
      { t: 'p', text: 'Burgemeester en wethouders van Heerenveen' },
      { t: 'break' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Heerenveen tot vaststelling van de Omgevingsvisie Heerenveen 2040' },
      { t: 'p', text: 'De raad van de gemeente Heerenveen;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 30 mei 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', style: 'artikel', text: 'Enig artikel' },
      { t: 'p', text: 'De Omgevingsvisie Heerenveen 2040, versie 2.0, met de geometrische informatieobjecten die in bijlage 2 daarvan zijn genoemd, vast te stellen. Dit besluit treedt in werking op de dag na die waarop het is bekendgemaakt.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Heerenveen op 8 juli 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. J. Hoekstra-de Vries'], right: ['De voorzitter,', '', '', 'drs. T.J. van der Zwan'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Heerenveen 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'bijlage 1 bij het raadsbesluit van 8 juli 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Heerenveen 2040' },
      { t: 'p', style: 'subtitle', text: 'Gezond, ondernemend en duurzaam' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Samenvatting' },
      { t: 'h', l: 2, text: 'Kern van de visie' },
      { t: 'p', text: 'In 2040 is Heerenveen een gezonde, ondernemende en duurzame gemeente waar het prettig wonen, werken en recreëren is. Wij hebben ons profiel als (top)sportgemeente versterkt, wij koesteren de kwaliteit van het landschap en wij zijn ver op weg naar een klimaatbestendige en klimaatneutrale gemeente.' },
      { t: 'p', text: 'Daarvoor werken wij aan vier kernopgaven:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: ['Centrum voor sport, werk en voorzieningen', 'Toekomstbestendige woningen', 'Gezonde en leefbare wijken en dorpen', 'Kwaliteit en veerkracht van het landschap'],
      },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 1 beschrijft de kernkwaliteiten en de trends. De hoofdstukken 2 tot en met 5 werken de vier kernopgaven uit. Hoofdstuk 6 gaat over de uitvoering.' },
      { t: 'h', l: 1, text: 'Heerenveen in 2040' },
      { t: 'h', l: 2, text: 'Kernkwaliteiten' },
      { t: 'p', text: 'Zes kernkwaliteiten zijn de basis voor onze keuzes. Wij noemen er hier drie uitgebreider.' },
      { t: 'h', l: 3, text: 'Sport' },
      { t: 'p', text: 'Met Thialf, het Abe Lenstra Stadion en het Sportstrand heeft Heerenveen een landelijk onderscheidend profiel als sportgemeente.' },
      { t: 'h', l: 3, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Heerenveen ligt op het kruispunt van de A7 en de A32 en heeft een intercitystation. Daardoor is de gemeente een goede vestigingsplaats voor bedrijven.' },
      { t: 'h', l: 3, text: 'Landschap en ontginningsgeschiedenis' },
      { t: 'p', text: 'Het landschap is divers: de landgoederen van Oranjewoud, de veenontginningen rond Jubbega en het open veenweidegebied rond Akkrum. De lange linten langs de wijken en vaarten vertellen de geschiedenis van de vervening.[^De gemeente ontstond uit de vervening door de Heren van de Veenen in de zestiende eeuw; daaraan dankt Heerenveen zijn naam.]' },
      { t: 'h', l: 2, text: 'Trends' },
      {
        t: 'ol',
        list: 'Haakje',
        items: [
          { text: 'De bevolking vergrijst:', sub: ['er zijn meer kleine huishoudens;', 'er is meer vraag naar zorg dicht bij huis.'] },
          'Het klimaat verandert: hevige buien en hete zomers komen vaker voor.',
          'De energievoorziening wordt duurzaam en decentraal.',
        ],
      },
      { t: 'h', l: 1, text: 'Centrum voor sport, werk en voorzieningen' },
      { t: 'h', l: 2, text: 'Regionale voorzieningen' },
      { t: 'p', text: 'Het centrum van Heerenveen biedt winkels, zorg, onderwijs en cultuur voor de hele regio. Wij versterken het compacte winkelhart en voegen er woningen aan toe.' },
      { t: 'h', l: 2, text: 'Sportstad Heerenveen en de ontwikkeling van het gebied rond Thialf, het Abe Lenstra Stadion en het Sportstrand' },
      { t: 'p', text: 'Het sportgebied groeit uit tot een plek voor topsport, breedtesport, onderwijs en evenementen. Wij verbinden het met het centrum en het station met een aantrekkelijke route.' },
      { t: 'h', l: 1, text: 'Toekomstbestendige woningen' },
      { t: 'p', text: 'Tot 2030 bouwen wij ongeveer 2.800 woningen. Wij bouwen vooral voor starters, ouderen en kleine huishoudens, en eerst binnen het bestaande stedelijk gebied.' },
      {
        t: 'table',
        cols: [4.2, 3.6, 6.8],
        header: ['Gebied', 'Woningen tot 2030', 'Accent'],
        rows: [
          ['Heerenveen-stad', '2.000', 'binnenstedelijk\nnabij het station'],
          ['Akkrum en Nes', '300', 'levensloopbestendig'],
          ['Overige dorpen', '500', 'eigen behoefte\nstarters en senioren'],
        ],
      },
      { t: 'h', l: 1, text: 'Gezonde en leefbare wijken en dorpen' },
      { t: 'h', l: 2, text: 'Klimaatbestendig inrichten' },
      { t: 'p', text: 'Bij iedere herinrichting maken wij straten en pleinen klimaatbestendig. Voor bouwwerken gelden de rijksregels, waaronder de vergunningvrije gevallen van Bijlage I bij het Besluit bouwwerken leefomgeving; wij vragen daarnaast om groene daken waar dat kan.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Wij willen in 2040 energieneutraal zijn.[^Afgesproken in de Regionale Energiestrategie Fryslân.] Wij kiezen eerst voor besparing en zon op daken, daarna voor zonnevelden op plekken die het landschap niet aantasten.' },
      {
        t: 'ol',
        list: 'Haakje',
        items: ['besparen in bestaande woningen en bedrijven;', 'zon op daken van bedrijven en boerderijen;', 'zonnevelden langs de A7 en de A32.'],
      },
      { t: 'h', l: 1, text: 'Kwaliteit en veerkracht van het landschap' },
      { t: 'h', l: 2, text: 'Landgoederen van Oranjewoud' },
      { t: 'p', text: 'De landgoederen zijn een groene long voor de stad. Wij beschermen het bos en de lanen en bieden ruimte voor rustige recreatie.' },
      { t: 'h', l: 2, text: 'Veenweidegebied' },
      { t: 'p', text: 'In het veenweidegebied rond Akkrum remmen wij de bodemdaling af, samen met het Wetterskip en de provincie.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'De visie wordt uitgewerkt in het omgevingsplan en in programma’s voor wonen, energie en mobiliteit. Wij evalueren de visie iedere twee jaar en passen haar aan waar dat nodig is.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'bijlage 2', nummer: '2', text: 'geometrische informatieobjecten', sep: ' – ' },
      { t: 'p', text: 'De werkingsgebieden van deze visie zijn vastgelegd als geometrisch informatieobject. De begrenzing is te raadplegen via het Omgevingsloket.' },
      { t: 'p', text: 'Het eerste object omvat het hele grondgebied; de keuzes van de hoofdstukken 0 tot en met 2 gelden daar. De overige objecten geven de gebieden aan die in de hoofdstukken 3 tot en met 5 een eigen uitwerking krijgen.' },
      { t: 'p', text: 'Bij een wijziging van een grens krijgt het informatieobject een nieuwe versie. De identificatie van het werk verandert niet.' },
      { t: 'p', text: 'De grenzen van de woningbouwlocaties zijn op hoofdlijnen getekend en worden in het omgevingsplan verfijnd. Voor de landgoederen en het veenweidegebied volgen de grenzen de provinciale omgevingsverordening.' },
      { t: 'p', text: 'De zoekgebieden voor zonnevelden zijn ruim begrensd: niet het hele gebied wordt benut. Binnen een zoekgebied wegen wij ieder initiatief af op landschap, natuur en draagvlak in het dorp.' },
      { t: 'p', text: 'Voor het sportgebied volgt de grens het gebiedsplan Sportstad dat de raad eerder vaststelde. De route naar het centrum en het station valt daar ook binnen.' },
      { t: 'p', text: 'De bedrijventerreinen omvatten de terreinen Kanaal, Haskerveen en het Businesspark A7/A32. Op deze terreinen gaat de ruimte voor bedrijven voor; woningen komen er niet bij.' },
      { t: 'p', text: 'Akkrum en Nes vormen samen één object, omdat de dorpen voorzieningen delen en hun woningbouw samen wordt geprogrammeerd. Voor de overige dorpen is geen eigen object nodig: daar geldt het object voor het hele grondgebied.' },
      { t: 'p', text: 'Wie wil weten welke keuzes op een perceel van toepassing zijn, kan in het Omgevingsloket op de kaart klikken. Het loket toont dan alle informatieobjecten waarin het perceel ligt, met de tekst van de visie die erbij hoort.' },
      { t: 'gio', layout: 'table', cols: [5.2, 9.4], header: ['Naam werkingsgebied', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Heerenveen', [0, 0], 9),
    gio('Centrum Heerenveen', [0.1, 0.2], 0.6),
    gio('Sportstad Heerenveen', [1.2, -0.6], 0.8),
    gio('Stationsomgeving', [-0.4, 0.5], 0.4),
    gio('Woningbouwlocaties Heerenveen-stad', [0.6, 1.4], 1.2),
    gio('Akkrum en Nes', [-7.5, 9.2], 1.4),
    gio('Landgoederen Oranjewoud', [2.4, -1.2], 1.6),
    gio('Veenontginningen Jubbega', [9.5, 2.1], 2.4),
    gio('Veenweidegebied', [-6.0, 6.5], 3.5),
    gio('Zoekgebieden zonnevelden A7 en A32', [3.5, 4.0], 2.5),
    gio('Bedrijventerreinen', [-1.5, -1.8], 1.2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-heerenveen-2040', regeling: 'omgevingsvisie-heerenveen-2040', doel: 'omgevingsvisie-heerenveen-2040' },
    datums: { vaststelling: '2027-07-08', ondertekening: '2027-07-08', bekendmaking: '2027-07-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0074',
  },
  geo: { origin: [188000, 550000] },
  meubilair: ['^Gemeente Heerenveen Pagina \\d+ van \\d+$', '^Omgevingsvisie Heerenveen 2040 · versie 2\\.0 · 8 juli 2027$'],
}
export default doc

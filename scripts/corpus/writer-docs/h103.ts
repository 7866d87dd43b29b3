/**
 * h103 — gemeente Mook en Middelaar (gm0944), holdout (session 12): a small rural gemeente (about 8.000 inwoners;
 * the kernen Mook, Middelaar, Molenhoek and Plasmolen in the far north of Limburg, between the Maas and the
 * stuwwal with the Sint Jansberg, the Mookerheide and the Kiekberg; the Mookerplas, the Heumensoord forest across the
 * border with Gelderland, the A73 and the N271, the Slag op de Mookerheide of 1574). Content after the public pages
 * of Mook en Middelaar on its omgevingsvisie (what the visie is about: de gebouwen waarin we wonen, werken, winkelen of
 * naar school gaan, het water en groen, de wegen of spoorlijn; a horizon with a doorkijk; the Ruimtelijke Atlas "een
 * kenschets van de gemeente") and written further in the manner of small rural visies (koersen for the dorpen, the
 * landschap, toerisme and recreatie, the Maas, energie), here as a visie of 2027, shortened and in our own words; one
 * real footnote. Layout: A5 in DejaVu Sans 8.5 pt; chapters "Koers 1" … "Koers 5" (the word in the
 * numbering), sections "1.1", "2.1.1"; headers and footers ALTERNATING on left and right pages (page number at the
 * outer edge); no table of contents; lists "1." with "a)" nested and "•"; a table; raadsbesluit "De raad van de
 * gemeente Mook en Middelaar;" with "gelet op" and "besluit:", Artikel 1–3 with titles on lines of their own (in
 * werking the day after bekendmaking: no date); visie as "Bijlage 1"; GIO table Naam | Identificatie | Toelichting in
 * "Bijlage 2"; "Bijlage 3 Begrippen" with a table.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0944'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-09-30', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h103',
  set: 'holdout',
  bron:
    'Deels naar de openbare pagina\'s van Mook en Middelaar over zijn omgevingsvisie (waar de visie over gaat, een doorkijk, de Ruimtelijke Atlas "een kenschets van de gemeente"), verder geschreven naar de trant van kleine landelijke omgevingsvisies in Noord-Limburg (Mook en Middelaar: de kernen Mook, Middelaar, Molenhoek en Plasmolen tussen de Maas en de stuwwal met Sint Jansberg, Mookerheide en Kiekberg; de Mookerplas; A73 en N271; koersen voor dorpen, landschap, toerisme en recreatie, de Maas en energie; samenwerking met Gennep, Heumen en Nijmegen), ingekort en in eigen woorden; eigen opmaak: A5 in DejaVu Sans 8,5 pt, hoofdstukken "Koers 1" … "Koers 5" (het woord in de nummering), paragrafen "1.1" en "2.1.1", kop- en voetteksten wisselend op linker- en rechterbladzijden, geen inhoudsopgave, een voetnoot, lijsten "1." met geneste "a)" en "•", een tabel, Artikel 1–3 met titels op een eigen regel (geen datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2", "Bijlage 3 Begrippen" met een tabel (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Mook en Middelaar',
  title: 'Omgevingsvisie Mook en Middelaar',
  style: {
    font: 'DejaVu Sans',
    size: 8.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [13, 10, 8.5, 8.5],
    headingColor: '#2E6B30',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.8, left: 1.6, right: 1.6 },
    outline: [
      { format: '1', display: 1, prefix: 'Koers ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tvastgesteld 30 september 2027'],
        headerLeft: ['Omgevingsvisie Mook en Middelaar · 2027'],
        footer: ['\t\t{page}'],
        footerLeft: ['{page}'],
      },
    },
    tableBorder: '0.5pt solid #2E6B30',
    tableHeaderBg: '#E3EFE1',
    tableFontSize: 7.5,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Mook en Middelaar tot vaststelling van de Omgevingsvisie Mook en Middelaar',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Mook en Middelaar · raadsbesluit nr. 2027-R-31' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Mook en Middelaar tot vaststelling van de Omgevingsvisie Mook en Middelaar' },
      { t: 'p', text: 'De raad van de gemeente Mook en Middelaar;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 29 augustus 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', style: 'bold', text: 'Vaststelling' },
      { t: 'p', text: 'De Omgevingsvisie Mook en Middelaar, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', style: 'bold', text: 'Werkingsgebieden' },
      { t: 'p', text: 'De werkingsgebieden van de visie zijn de geografische informatieobjecten in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', style: 'bold', text: 'Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare raadsvergadering van 30 september 2027.' },
      { t: 'sign', left: ['de griffier,', '', 'M.A.G. Hendriks'], right: ['de voorzitter,', '', 'W.P.A. Gradisen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Mook en Middelaar',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit nr. 2027-R-31' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Mook en Middelaar' },
      { t: 'p', style: 'subtitle', text: 'Dorpen aan de Maas, wonen op de berg' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Een groene gemeente tussen Maas en stuwwal' },
      { t: 'p', text: 'Mook en Middelaar is de noordelijkste gemeente van Limburg. Vier kernen liggen ingeklemd tussen de Maas en de beboste stuwwal.' },
      { t: 'h', l: 2, text: 'Onze kernen' },
      { t: 'ul', list: 'Punt', items: ['Mook, met het oude centrum aan de Maas;', 'Molenhoek, dicht tegen Nijmegen;', 'Middelaar, een dorp tussen de akkers;', 'Plasmolen, aan de voet van de Sint Jansberg.'] },
      { t: 'h', l: 2, text: 'Wat we koesteren' },
      { t: 'p', text: 'De Mookerheide, de Kiekberg en de Sint Jansberg zijn het groene decor van de gemeente.' },
      { t: 'h', l: 2, text: 'Hoe deze visie werkt' },
      { t: 'p', text: 'De visie gaat over de gebouwen waarin we wonen, werken, winkelen of naar school gaan, over het water en groen, de sportvelden en het landschap, en over de wegen en de spoorlijn waarover we ons bewegen. Ze richt zich op de periode tot 2035, met een doorkijk tot 2045.' },
      { t: 'p', text: 'Vijf koersen geven richting. Elke koers zegt wat we willen en hoe we initiatieven beoordelen. De Ruimtelijke Atlas Mook en Middelaar, een kenschets van de gemeente, gaf de ondergrond.[^De atlas en het participatieverslag zijn afzonderlijk gepubliceerd.]' },

      { t: 'h', l: 1, text: 'Vitale dorpen' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'We bouwen tot 2040 ongeveer 350 woningen, vooral voor jongeren en ouderen uit onze eigen dorpen.' },
      { t: 'h', l: 3, text: 'Inbreiding' },
      { t: 'p', text: 'Eerst bouwen we op vrijkomende plekken binnen de kernen.' },
      { t: 'h', l: 3, text: 'Kleine uitbreiding' },
      { t: 'p', text: 'Alleen aan de randen van Molenhoek en Middelaar, als inbreiding niet genoeg is.' },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      { t: 'p', text: 'School, sporthal en dorpshuis blijven in elk dorp bereikbaar.' },

      { t: 'h', l: 1, text: 'Landschap en natuur' },
      { t: 'h', l: 2, text: 'De stuwwal' },
      { t: 'p', text: 'Het bos op de stuwwal is Natura 2000-gebied. Nieuwe bebouwing is daar niet mogelijk.' },
      { t: 'h', l: 2, text: 'De Maasoever' },
      { t: 'p', text: 'Bij initiatieven langs de Maas vragen we:' },
      { t: 'ol', list: 'Cijfer', items: [{ text: 'ruimte voor de rivier, dus', sub: ['geen bebouwing in het winterbed;', 'natuurlijke oevers.'] }, 'behoud van het zicht op de rivier;', 'afstemming met Rijkswaterstaat en Waterschap Limburg.'] },
      { t: 'h', l: 2, text: 'Landbouw' },
      { t: 'p', text: 'Boeren op de Middelaarse akkers krijgen ruimte voor verbreding, zoals zorg, recreatie en natuurbeheer.' },

      { t: 'h', l: 1, text: 'Gastvrij voor bezoekers' },
      { t: 'h', l: 2, text: 'Recreatie op en rond de Mookerplas' },
      { t: 'p', text: 'De Mookerplas trekt watersporters en wandelaars. We kiezen voor kwaliteit boven groei.' },
      {
        t: 'table',
        cols: [3.2, 4.2, 4.2],
        header: ['Gebied', 'Nu', 'Koers'],
        rows: [
          ['Mookerplas', 'watersport, strand', 'kwaliteit, geen groei'],
          ['Sint Jansberg', 'wandelen, horeca', 'rust in de natuur'],
          ['Maasoever Mook', 'fietsen, veerpont', 'verbinden met het dorp'],
        ],
      },
      { t: 'h', l: 2, text: 'Verblijfsrecreatie' },
      { t: 'p', text: 'Vakantieparken die niet meer aan de markt voldoen, krijgen een nieuwe functie.' },

      { t: 'h', l: 1, text: 'Bereikbaar en duurzaam' },
      { t: 'h', l: 2, text: 'Verkeer' },
      { t: 'p', text: 'De N271 door Mook wordt veiliger; het station Mook-Molenhoek blijft behouden.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'h', l: 3, text: 'Zon' },
      { t: 'p', text: 'Zonnepanelen eerst op daken; geen zonnevelden op de stuwwal.' },
      { t: 'h', l: 3, text: 'Warmte' },
      { t: 'p', text: 'Molenhoek kan aansluiten op het warmtenet van Nijmegen.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '  ' },
      { t: 'gio', layout: 'table', cols: [3, 5.6, 3], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
      { t: 'bijlage', label: 'Bijlage 3', nummer: '3', text: 'Begrippen', sep: '  ' },
      {
        t: 'table',
        cols: [3.2, 8.4],
        header: ['Begrip', 'Betekenis'],
        rows: [
          ['Inbreiding', 'bouwen binnen de bestaande grenzen van een kern'],
          ['Stuwwal', 'heuvelrug die in de voorlaatste ijstijd door landijs is opgestuwd'],
          ['Winterbed', 'het deel van de rivier dat bij hoogwater onderloopt'],
        ],
      },
    ],
  ],
  gios: [
    gio('Gemeente Mook en Middelaar', 'gemeente-mook-en-middelaar', 'hele grondgebied', [0, 0], 4),
    gio('Stuwwal Sint Jansberg en Mookerheide', 'stuwwal-sint-jansberg-mookerheide', 'koers 3', [1, 1], 2),
    gio('Maasoever', 'maasoever', 'koers 3', [-1.5, 0], 1.5),
    gio('Recreatiegebied Mookerplas', 'recreatiegebied-mookerplas', 'koers 4', [-0.5, 2], 0.8),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-mook-en-middelaar', regeling: 'omgevingsvisie-mook-en-middelaar', doel: 'omgevingsvisie-mook-en-middelaar' },
    datums: { vaststelling: '2027-09-30', ondertekening: '2027-09-30', bekendmaking: '2027-10-07' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0944',
  },
  geo: { origin: [189000, 418000] },
  meubilair: ['^(\\d+ )?vastgesteld 30 september 2027( \\d+)?$', '^(\\d+ )?Omgevingsvisie Mook en Middelaar · 2027( \\d+)?$', '^\\d+$'],
}
export default doc

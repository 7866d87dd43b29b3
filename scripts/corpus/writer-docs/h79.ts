/**
 * h79 — gemeente Haarlemmermeer (gm0394), holdout (session 11): a large gemeente (about 159.000 inwoners, 31 dorpen
 * and buurtschappen, Schiphol in the north-east). Content after the public texts on the "Omgevingsvisie Haarlemmermeer
 * 2040. Samen maken we Haarlemmermeer" (adopted by the raad on 3 March 2022; four verhaallijnen "Wonen waar dorp en
 * stad samenkomen", "Economisch krachtig en divers", "Ontspannen in het buitengebied" and "Slim en stevig verbonden
 * met onze netwerken"; growth from 157.000 inwoners in 2021 towards 200.000 in 2040; the boerenlandschap, the
 * polderwegen, the gemalen and the Ringvaart; slim en zuinig omgaan met de ruimte; gezondheid as a theme of its own;
 * the omgevingsgesprekken of 2019 and the jongerengemeenteraad; 35 zienswijzen on the ontwerp; the MRA and Schiphol;
 * Hoofddorp becomes more of a stad), here as a visie of 2027, shortened and partly in our own words. Layout: US
 * LETTER LANDSCAPE pages (27.94 × 21.59 cm) in Liberation Sans 9.5 pt; chapters "Verhaallijn 1" … "Verhaallijn 4"
 * (the word is the prefix of the Word numbering), sections "1.1", sub-sections "1.1.1"; an unnumbered "Voorwoord"
 * and "Samen maken we Haarlemmermeer" before Verhaallijn 1; header "Samen maken we Haarlemmermeer" with the page
 * number at the right, footer a date line "Vastgesteld door de gemeenteraad op 9 december 2027"; table of contents of
 * the verhaallijnen and sections; a two-column section; ▪-lists and a list "a."; a table; real footnotes; raadsbesluit
 * "De raad van de gemeente Haarlemmermeer;", "gezien", "gelet op", "BESLUIT:" and Artikel 1–3 with titles after the
 * number ("Artikel 1. Vaststelling"; in werking the day after bekendmaking, so no date), signatures in two columns;
 * visie as "Bijlage 1"; GIO table Werkingsgebied | Identificatie | Verhaallijn in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0394'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-09', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h79',
  set: 'holdout',
  bron:
    'Bewerkt naar openbare teksten over de "Omgevingsvisie Haarlemmermeer 2040. Samen maken we Haarlemmermeer" (vastgesteld op 3 maart 2022; vier verhaallijnen "Wonen waar dorp en stad samenkomen", "Economisch krachtig en divers", "Ontspannen in het buitengebied" en "Slim en stevig verbonden met onze netwerken"; groei van 157.000 inwoners in 2021 naar 200.000 in 2040; boerenlandschap, polderwegen, gemalen en Ringvaart; slim en zuinig omgaan met de ruimte; gezondheid als eigen thema; omgevingsgesprekken in 2019 en de jongerengemeenteraad; 35 zienswijzen; MRA en Schiphol; Hoofddorp wordt meer stad), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: US Letter liggend (27,94 × 21,59 cm) in Liberation Sans 9,5 pt, hoofdstukken "Verhaallijn 1" … "Verhaallijn 4" (voorvoegsel in de Word-nummering), paragrafen "1.1" en "1.1.1", ongenummerd "Voorwoord" en "Samen maken we Haarlemmermeer" vóór Verhaallijn 1, kopregel "Samen maken we Haarlemmermeer" met paginanummer rechts, voettekst met datumregel "Vastgesteld door de gemeenteraad op 9 december 2027", inhoudsopgave, een tweekolomsdeel, ▪-lijsten en lijst "a.", een tabel, echte voetnoten, raadsbesluit met "gezien", "gelet op", "BESLUIT:" en Artikel 1–3 met titels na het nummer ("Artikel 1. Vaststelling"; inwerkingtreding de dag na bekendmaking), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Werkingsgebied | Identificatie | Verhaallijn in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Haarlemmermeer',
  title: 'Omgevingsvisie Haarlemmermeer 2040',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 12, 10, 9.5],
    headingColor: '#C2410C',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 27.94, height: 21.59, top: 2.0, bottom: 1.8, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Verhaallijn ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '▪' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Samen maken we Haarlemmermeer\t\t{page}'],
        footer: ['Vastgesteld door de gemeenteraad op 9 december 2027'],
      },
    },
    tableBorder: '0.5pt solid #C2410C',
    tableHeaderBg: '#FBE3D6',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#C2410C', size: 13 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Haarlemmermeer tot vaststelling van de Omgevingsvisie Haarlemmermeer 2040. Samen maken we Haarlemmermeer',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeenteblad Haarlemmermeer · raadsbesluit 2027.0089466' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Haarlemmermeer tot vaststelling van de Omgevingsvisie Haarlemmermeer 2040. Samen maken we Haarlemmermeer' },
      { t: 'p', text: 'De raad van de gemeente Haarlemmermeer;' },
      { t: 'p', text: 'gezien het voorstel van burgemeester en wethouders van 12 oktober 2027, nummer 2027.0089466;' },
      { t: 'p', text: 'gezien de nota van beantwoording van de zienswijzen die over de ontwerp-omgevingsvisie naar voren zijn gebracht;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1. Vaststelling' },
      { t: 'p', text: 'De Omgevingsvisie Haarlemmermeer 2040. Samen maken we Haarlemmermeer, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2. Werkingsgebieden' },
      { t: 'p', text: 'De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de geografische informatieobjecten die in bijlage 2 zijn genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3. Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 9 december 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. K.E. Huisman'], right: ['de voorzitter,', '', '', 'M.L. Schuiling'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Haarlemmermeer 2040. Samen maken we Haarlemmermeer',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027.0089466' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Haarlemmermeer 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen maken we Haarlemmermeer' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'tk', text: 'Voorwoord' },
      { t: 'p', text: 'De integrale visie op hoe Haarlemmermeer er in 2040 uit kan zien ligt voor u. Deze omgevingsvisie gaat over de fysieke leefomgeving en de kwaliteit van de ruimte, maar niet alléén daarover: ze gaat ook over veiligheid, wonen, milieukwaliteit, landschap en groen, economie, water, energie, de luchthaven en gezondheid.' },
      { t: 'tk', text: 'Samen maken we Haarlemmermeer' },
      { t: 'p', text: 'We spraken met inwoners, ondernemers, dorps- en wijkraden, ontwikkelaars, belangenorganisaties, andere overheden, deskundigen en de gemeenteraad. Haarlemmermeer wil doorgroeien van 157.000 inwoners in 2021 naar ongeveer 200.000 inwoners in 2040. Daarvoor gaan we slim en zuinig om met de ruimte.[^In 2019 is de gemeente gefuseerd met Haarlemmerliede en Spaarnwoude.]' },
      { t: 'h', l: 1, text: 'Wonen waar dorp en stad samenkomen' },
      { t: 'p', text: 'Haarlemmermeer telt 31 dorpen en kernen, elk met een eigen sfeer. Tegelijk wordt Hoofddorp steeds meer stad.' },
      { t: 'h', l: 2, text: 'Hoofddorp wordt meer stad' },
      { t: 'p', text: 'Rond station Hoofddorp bouwen we hoogstedelijk, met woningen, werk en voorzieningen dicht bij elkaar. Te voet of op de fiets heb je alles onder handbereik.' },
      { t: 'h', l: 2, text: 'Vitale dorpen' },
      { t: 'p', text: 'De dorpen houden hun eigen karakter. We bouwen er naar behoefte, vooral voor jongeren en ouderen uit het dorp zelf.' },
      { t: 'h', l: 2, text: 'Een gezonde leefomgeving' },
      { t: 'h', l: 3, text: 'Bewegen en ontmoeten' },
      { t: 'p', text: 'In en bij woonwijken zijn veel mogelijkheden om te bewegen, en in wijken en parken zijn plekken waar mensen elkaar ontmoeten.' },
      { t: 'h', l: 3, text: 'Geluid en luchtkwaliteit' },
      { t: 'p', text: 'Rond de luchthaven en langs de snelwegen letten we bij nieuwe woningen extra op geluid en luchtkwaliteit.[^Binnen de geluidscontouren van Schiphol geldt het Luchthavenindelingbesluit.]' },
      {
        t: 'table',
        cols: [6.5, 4.5, 4.5, 7.4],
        header: ['Gebied', 'Woningen tot 2030', 'Woningen 2030–2040', 'Karakter'],
        rows: [
          ['Hoofddorp Centrum en Station', '4.000', '6.000', 'hoogstedelijk'],
          ['Nieuw-Vennep', '3.500', '4.500', 'stedelijk en groen'],
          ['Dorpen', '1.500', '1.500', 'dorps, naar behoefte'],
        ],
      },
      { t: 'h', l: 1, text: 'Economisch krachtig en divers' },
      { t: 'p', text: 'Met de luchthaven Schiphol en de internationale hoofdkantoren is de wereldeconomie hier goed zichtbaar. De opgave is deze economische basis gezond te houden.' },
      { t: 'h', l: 2, text: 'De luchthaven en de regio' },
      { t: 'p', text: 'Haarlemmermeer maakt deel uit van de Metropoolregio Amsterdam. We willen dat de regio zich verder ontwikkelt en dat het landschap in en rond Haarlemmermeer zijn kwaliteiten behoudt.' },
      { t: 'h', l: 2, text: 'Werklocaties' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 3, text: 'Bestaande bedrijventerreinen' },
          { t: 'p', text: 'We benutten de bestaande terreinen beter, door intensiveren en verduurzamen, voordat we nieuwe terreinen aanleggen.' },
          { t: 'h', l: 3, text: 'Logistiek en data' },
          { t: 'p', text: 'Grote logistieke gebouwen en datacenters krijgen alleen een plek als ze bijdragen aan de regionale economie en passen in het landschap.' },
        ],
      },
      { t: 'h', l: 2, text: 'Landbouw' },
      { t: 'p', text: 'De landbouw levert voedsel, draagt bij aan een open landschap waar we fietsen en wandelen, en aan de economie.' },
      { t: 'h', l: 1, text: 'Ontspannen in het buitengebied' },
      { t: 'p', text: 'We koesteren het karakter van de polder: het boerenlandschap, de polderwegen, de gemalen en de Ringvaart.' },
      { t: 'h', l: 2, text: 'Landschap en erfgoed' },
      { t: 'p', text: 'De rechte verkaveling van de droogmakerij blijft herkenbaar. We beschermen de gemalen, de Stelling van Amsterdam en de linten langs de polderwegen.' },
      { t: 'h', l: 2, text: 'Recreatie' },
      { t: 'p', text: 'Rond de kernen ontwikkelen we recreatiegebieden, zoals:' },
      { t: 'ul', list: 'Blok', items: ['het Haarlemmermeerse Bos;', 'de Groene Carré;', { text: 'routes langs de Ringvaart, met:', sub: ['fiets- en wandelpaden;', 'aanlegplaatsen voor kano’s.'] }] },
      { t: 'h', l: 2, text: 'Water en klimaat' },
      { t: 'p', text: 'Als diepe droogmakerij is Haarlemmermeer kwetsbaar voor wateroverlast en verzilting. We maken ruimte voor waterberging en houden zoet water vast.' },
      { t: 'h', l: 1, text: 'Slim en stevig verbonden met onze netwerken' },
      { t: 'p', text: 'Een groeiende gemeente vraagt om sterke netwerken voor mobiliteit, energie en data.' },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      { t: 'p', text: 'Wonen en openbaar vervoer brengen we dicht bij elkaar. We kiezen, in deze volgorde, voor:' },
      { t: 'ol', list: 'Letter', items: ['lopen en fietsen;', 'hoogwaardig openbaar vervoer;', 'de auto, op de hoofdwegen rond de kernen.'] },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'h', l: 3, text: 'Opwekken' },
      { t: 'p', text: 'We wekken duurzame energie op met zon op daken en langs infrastructuur, en met wind op plekken die de Regionale Energiestrategie aanwijst.' },
      { t: 'h', l: 3, text: 'Netcongestie' },
      { t: 'p', text: 'Met netbeheerders zoeken we ruimte voor nieuwe onderstations en energiehubs bij bedrijventerreinen.' },
      { t: 'h', l: 2, text: 'Samenwerken in de regio' },
      { t: 'p', text: 'We nodigen iedereen uit om samen de opgaven op te pakken. Zo werken we aan een mooier, gezonder, welvarender, evenwichtiger en hechter Haarlemmermeer.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [7.0, 11.4, 4.5], header: ['Werkingsgebied', 'Identificatie', 'Verhaallijn'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Haarlemmermeer', 'gemeente-haarlemmermeer', 'alle', [0, 0], 10),
    gio('Hoofddorp Centrum en Stationsgebied', 'hoofddorp-centrum-stationsgebied', '1', [-1, 1], 1),
    gio('Nieuw-Vennep', 'nieuw-vennep', '1', [-4, -5], 1.5),
    gio('Luchthaven Schiphol en omgeving', 'luchthaven-schiphol-omgeving', '2', [4, 5], 3),
    gio('Ringvaart en polderlinten', 'ringvaart-polderlinten', '3', [0, -1], 8),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-haarlemmermeer-2040', regeling: 'omgevingsvisie-haarlemmermeer-2040', doel: 'omgevingsvisie-haarlemmermeer-2040' },
    datums: { vaststelling: '2027-12-09', ondertekening: '2027-12-09', bekendmaking: '2027-12-21', inwerkingtreding: '2027-12-22' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0394',
  },
  geo: { origin: [105000, 480000] },
  meubilair: ['^Samen maken we Haarlemmermeer \\d+$', '^Vastgesteld door de gemeenteraad op 9 december 2027$'],
}
export default doc

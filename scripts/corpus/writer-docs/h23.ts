/**
 * h23 — gemeente Aa en Hunze (gm1680), holdout (session 5). Content after omgevingsvisies of rural Drentse
 * gemeenten, toegespitst op Aa en Hunze (esdorpen, Hondsrug, Drentsche Aa, Hunzedal, veenkoloniale linten), in our
 * own words. Layout: Word outline numbering with letter chapters "A" and sections "A.1", "A.1.1" (chapter titles in
 * capitals), footnotes, numbered lists a) with nested i., ✓-lists, header right "Gemeente Aa en Hunze", footer
 * "n | Omgevingsvisie Aa en Hunze", a raadsbesluit with "Besluit:" and beslispunten I.–III., and no Bijlage line:
 * the visie starts on a new page with its own title page. Two GIOs.
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'gm1680'
const gio = (naam: string, at: [number, number], size = 2) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-05-20', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h23',
  set: 'dev',
  bron:
    'Bewerkt naar omgevingsvisies van landelijke Drentse gemeenten, toegespitst op Aa en Hunze (esdorpen, Hondsrug, Drentsche Aa, Hunzedal, veenkoloniale linten), in eigen woorden; eigen opmaak: Liberation Sans 9,5 pt met DejaVu Serif-koppen, Word-nummering met letterhoofdstukken "A" en paragrafen "A.1" en "A.1.1", hoofdstuktitels in hoofdletters, voetnoten, lijsten a) met i.-items en ✓-lijsten, kopregel rechts, voettekst "n | Omgevingsvisie Aa en Hunze", raadsbesluit met "Besluit:" en beslispunten I.–III., geen bijlageregel (de visie begint met een eigen titelpagina), twee GIO’s (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Aa en Hunze',
  title: 'Omgevingsvisie Aa en Hunze',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'DejaVu Serif',
    headingSizes: [15, 11.5, 10, 9.5],
    headingColor: '#5B3A1A',
    lineHeight: 135,
    spaceAfter: 0.25,
    page: A4(2.6, 2.4, 2.2, 2.8),
    outline: [
      { format: 'A', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Letters: { kind: 'number', levels: [{ format: 'a', suffix: ')' }, { format: 'i', suffix: '.' }] },
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tGemeente Aa en Hunze'],
        footer: ['{page} | Omgevingsvisie Aa en Hunze'],
      },
    },
    tableBorder: '0.5pt solid #5B3A1A',
    tableFontSize: 8.5,
    tussenkop: { bold: true, italic: true, color: '#5B3A1A' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Aa en Hunze tot vaststelling van de Omgevingsvisie Aa en Hunze',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2026-07-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'right', text: 'Gieten, 20 mei 2026' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Aa en Hunze tot vaststelling van de Omgevingsvisie Aa en Hunze' },
      { t: 'p', text: 'De raad van de gemeente Aa en Hunze;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 7 april 2026, nummer 2026/112;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet en op de Participatieverordening Aa en Hunze;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', text: 'I.\tde Omgevingsvisie Aa en Hunze vast te stellen;' },
      { t: 'p', text: 'II.\tde Structuurvisie Aa en Hunze 2012 en de Landschapsvisie 2009 in te trekken;' },
      { t: 'p', text: 'III.\tdit besluit in werking te laten treden op 1 juli 2026.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare raadsvergadering van 20 mei 2026.' },
      { t: 'sign', left: ['De raad voornoemd,', 'de griffier,', '', '', 'J.G. Dekker'], right: ['', 'de voorzitter,', '', '', 'mr. drs. A.E. Pol'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Aa en Hunze',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Aa en Hunze' },
      { t: 'p', style: 'subtitle', text: 'Dorpen in het landschap van de Hondsrug en de Drentsche Aa' },
      { t: 'p', style: 'small', text: 'Vastgesteld door de gemeenteraad op 20 mei 2026' },
      { t: 'break', master: 'Standard' },
    ],
    body: [
      { t: 'h', l: 1, text: 'OVER DEZE VISIE' },
      { t: 'p', text: 'Aa en Hunze is een landelijke gemeente met dertien kernen en een aantal buurtschappen, van de esdorpen op de Hondsrug tot de lange linten van de veenkoloniën. Wonen in een mooi landschap is de grootste kwaliteit van de gemeente.' },
      { t: 'h', l: 2, text: 'Wat is een omgevingsvisie?' },
      { t: 'p', text: 'De omgevingsvisie beschrijft op hoofdlijnen hoe de gemeente de fysieke leefomgeving tot 2040 wil ontwikkelen.[^De omgevingsvisie is geregeld in hoofdstuk 3 van de Omgevingswet. De regels voor bouwen en gebruik volgen uit het omgevingsplan.] De visie is zelfbindend: de raad en het college houden zich eraan, inwoners niet rechtstreeks.' },
      { t: 'h', l: 2, text: 'Hoe is de visie gemaakt?' },
      { t: 'p', text: 'In alle dertien dorpen hebben we dorpsavonden gehouden. De dorpsbelangenverenigingen gaven ons hun dorpsvisies mee. Die zijn de bouwstenen van deze visie.' },
      { t: 'h', l: 1, text: 'KERNKWALITEITEN' },
      { t: 'h', l: 2, text: 'Het landschap' },
      { t: 'p', text: 'De gemeente ligt op de grens van drie landschappen. Elk landschap vraagt om een eigen benadering:' },
      {
        t: 'ol',
        list: 'Letters',
        items: [
          { text: 'de Hondsrug, met', sub: ['esdorpen, essen en brinken;', 'hunebedden en grafheuvels;', 'bossen en heidevelden.'] },
          'het stroomdal van de Drentsche Aa, een van de gaafste beekdallandschappen van West-Europa;',
          { text: 'het Hunzedal en de veenkoloniën, met', sub: ['lange linten langs het kanaal;', 'grootschalige akkerbouw.'] },
        ],
      },
      { t: 'h', l: 3, text: 'Geopark De Hondsrug' },
      { t: 'p', text: 'De Hondsrug is erkend als UNESCO Global Geopark.[^De erkenning geldt sinds 2015 en wordt iedere vier jaar opnieuw beoordeeld.] Die erkenning is geen beschermingsregime, maar verplicht ons om zorgvuldig met het aardkundig erfgoed om te gaan.' },
      { t: 'h', l: 3, text: 'Nationaal Park Drentsche Aa' },
      { t: 'p', text: 'Het stroomgebied van de Drentsche Aa is Nationaal Park en Natura 2000-gebied. Ontwikkelingen in en rond het beekdal toetsen we aan de kernkwaliteiten van het nationaal landschap.' },
      { t: 'h', l: 2, text: 'De dorpen' },
      { t: 'p', text: 'Gieten, Rolde en Annen zijn de grotere kernen met voorzieningen voor de omliggende dorpen. De kleine dorpen hebben een eigen karakter en een sterke sociale samenhang.' },
      { t: 'h', l: 1, text: 'OPGAVEN' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Tot 2040 bouwen we ongeveer 1.100 woningen, vooral voor jongeren en ouderen die in hun eigen dorp willen blijven wonen. We geven voorrang aan inbreiding en aan de ontwikkeling van vrijkomende erven.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'We wekken duurzame energie op, maar niet ten koste van het landschap. Voor zonneparken hanteren we de zonneladder:' },
      {
        t: 'ul',
        list: 'Vink',
        items: [
          'eerst zon op daken en op erven;',
          'dan zon op restgronden langs wegen en kanalen;',
          { text: 'pas daarna kleinschalige zonneparken op landbouwgrond, met', sub: ['landschappelijke inpassing;', 'minimaal 50 procent lokaal eigendom.'] },
          'geen zonneparken in het beekdal van de Drentsche Aa en op de essen.',
        ],
      },
      { t: 'h', l: 2, text: 'Landbouw en natuur' },
      { t: 'p', text: 'De landbouw staat voor een grote omschakeling. We ondersteunen boeren die extensiveren of natuur beheren, en werken met de provincie Drenthe aan de gebiedsprocessen rond de Natura 2000-gebieden.' },
      { t: 'h', l: 3, text: 'Vrijkomende agrarische bebouwing' },
      { t: 'p', text: 'Op vrijkomende erven staan we nieuwe functies toe als die passen bij het landschap: wonen, kleinschalige bedrijvigheid en recreatie.' },
      { t: 'h', l: 1, text: 'UITVOERING' },
      { t: 'p', text: 'We werken de visie uit in het omgevingsplan, in programma’s voor wonen en energie en in de dorpsgesprekken die we ieder jaar voeren.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Gebieden', sep: ': ' },
      { t: 'p', text: 'De omgevingsvisie verwijst naar de volgende gebieden:' },
      { t: 'gio', layout: 'table', cols: [5.5, 10.5], header: ['Gebied', 'Identificatie'] },
    ],
  ],
  gios: [gio('Stroomdal Drentsche Aa', [0, 0], 3), gio('Geopark De Hondsrug', [4, -3], 4)],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-aa-en-hunze', regeling: 'omgevingsvisie-aa-en-hunze', doel: 'omgevingsvisie-aa-en-hunze' },
    datums: { vaststelling: '2026-05-20', ondertekening: '2026-05-20', bekendmaking: '2026-05-27', inwerkingtreding: '2026-07-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1680',
  },
  geo: { origin: [240000, 560000] },
  meubilair: ['^\\d+ \\| Omgevingsvisie Aa en Hunze$', '^Gemeente Aa en Hunze$'],
}
export default doc

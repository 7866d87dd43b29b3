/**
 * c13 — gemeente Eindhoven (gm0772), grote stad. Raadsbesluit met "Besluit:" en Artikel I/II/III, inwerkingtreding
 * "de dag na die van de bekendmaking" (geen datum in de tekst); visie met eigen titelpagina en inhoudsopgave met
 * paginanummers; vier kopniveaus 1 / 1.1 / 1.1.1 / 1.1.1.1; gespiegelde kopregels (even: "pag. n" links + titel,
 * oneven: hoofdstuknaam via veld + "pag. n" rechts); Symbol-opsommingsteken U+F0B7 met "o" als tweede niveau;
 * GIO-bijlage op een liggende pagina. Inhoud bewerkt naar de Eindhovense omgevingsvisie (eindhoven.nl, "Inhoud
 * omgevingsvisie": welke stad willen we zijn, welke stad zijn we, waar moeten we aan werken, hoe werken we samen).
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0772'
const gio = (naam: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2025', hex32(bg, naam), '2025-12-15', '3'),
  at,
  size,
})

const doc: Doc = {
  id: 'c13',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Eindhoven (eindhoven.nl, inhoud omgevingsvisie: ambitie, opgaven, samenwerken), ingekort; eigen opmaak: Liberation Sans 10 pt, inhoudsopgave met paginanummers, vier kopniveaus, gespiegelde kopregels met hoofdstuknaam via veld, Symbol-bullet U+F0B7 en "o", GIO-tabel op liggende pagina',
  bevoegdGezag: bg,
  naam: 'Gemeente Eindhoven',
  title: 'Omgevingsvisie Eindhoven 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingSizes: [18, 13, 11, 10],
    headingColor: '#C8102E',
    lineHeight: 125,
    page: { width: 21, height: 29.7, top: 2.4, bottom: 2.0, left: 2.0, right: 2.0 },
    outline: decimalOutline(),
    lists: {
      Symbool: { kind: 'bullet', levels: [{ char: '\uF0B7', font: 'Symbol' }, { char: 'o', font: 'Liberation Sans' }] },
      Genummerd: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['{chaptername}\t\tpag. {page}'], headerLeft: ['pag. {page}\t\tOmgevingsvisie Eindhoven 2040'] },
      Liggend: { landscape: true, header: ['Omgevingsvisie Eindhoven 2040 – bijlage\t\tpag. {page}'] },
    },
    tableHeaderBg: '#EEEEEE',
    tussenkop: { bold: true, color: '#C8102E' },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Eindhoven tot vaststelling van de Omgevingsvisie Eindhoven 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsnummer 25R6021 — Registratienummer 25bst01793' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Eindhoven tot vaststelling van de Omgevingsvisie Eindhoven 2040' },
      { t: 'p', text: 'De raad van de gemeente Eindhoven,' },
      { t: 'p', text: 'gezien het voorstel van burgemeester en wethouders d.d. 4 november 2025;' },
      { t: 'p', text: 'overwegende dat:' },
      {
        t: 'p',
        text: '– de raad in maart 2018 het Koersdocument omgevingsvisie heeft vastgesteld, waarin staat hoe de omgevingsvisie tot stand komt en welke ambitie de stad voor ogen heeft;',
      },
      {
        t: 'p',
        text: '– inwoners, ondernemers, belangenorganisaties, ontwikkelaars en andere overheden via werksessies en het digipanel hebben meegedacht;',
      },
      { t: 'p', text: '– het ontwerp van 1 september tot en met 13 oktober 2025 ter inzage heeft gelegen;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Eindhoven 2040 vast te stellen, zoals opgenomen in de bijlage bij dit besluit.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Structuurvisie Eindhoven 2013 en de Ruimtelijke visie Eindhoven 2040 in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de gemeenteraad van Eindhoven, gehouden op 16 december 2025.' },
      { t: 'sign', left: ['De griffier,', '', '', 'drs. R.M. Kramer'], right: ['De voorzitter,', '', '', 'J.A. Dijsselbloem'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Eindhoven 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Eindhoven 2040' },
      { t: 'p', style: 'subtitle', text: 'Een stad die groeit, groener wordt en iedereen laat meedoen' },
      { t: 'p', text: 'Vastgesteld door de gemeenteraad op 16 december 2025' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Over deze visie' },
      {
        t: 'p',
        text: 'De omgevingsvisie laat zien hoe we kijken naar de leefomgeving van Eindhoven en hoe de onderdelen daarvan samenhangen: ruimte, water, milieu, natuur, landschap, gezondheid, mobiliteit en cultureel erfgoed. De visie kijkt vooruit tot 2040.',
      },
      { t: 'h', l: 2, text: 'Vier vragen' },
      { t: 'p', text: 'De visie geeft antwoord op vier vragen:' },
      {
        t: 'ol',
        list: 'Genummerd',
        items: ['Welke stad willen we zijn?', 'Welke stad zijn we?', 'Waar moeten we aan werken?', 'Hoe werken we samen aan die opgaven?'],
      },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      {
        t: 'p',
        text: 'De gemeente heeft de visie niet alleen gemaakt. Inwoners, ondernemers, belangenorganisaties, projectontwikkelaars, bouwbedrijven, investeerders en andere overheden hebben meegedacht in werksessies en via het digipanel.',
      },
      { t: 'h', l: 1, text: 'Welke stad willen we zijn' },
      { t: 'h', l: 2, text: 'Ambitie' },
      {
        t: 'p',
        text: 'Eindhoven wil in 2040 een stad zijn die gezond en groen is, waar iedereen mee kan doen en die haar rol als motor van de Brainportregio waarmaakt. We groeien, maar niet ten koste van de kwaliteit van de stad.',
      },
      { t: 'h', l: 2, text: 'Uitgangspunten' },
      {
        t: 'ul',
        list: 'Symbool',
        items: [
          'we bouwen de stad van binnenuit: verdichten rond knooppunten gaat voor uitbreiden;',
          {
            text: 'we geven ruimte aan:',
            sub: ['groen en water in iedere wijk;', 'de fiets, het openbaar vervoer en de voetganger;', 'innovatie en experiment.'],
          },
          'we beschermen wat de stad bijzonder maakt: de dorpse kernen, het industrieel erfgoed en de beekdalen.',
        ],
      },
      { t: 'h', l: 1, text: 'Welke stad zijn we' },
      { t: 'h', l: 2, text: 'Een stad van dorpen' },
      {
        t: 'p',
        text: 'Eindhoven is ontstaan uit de samenvoeging van Woensel, Strijp, Stratum, Gestel en Tongelre met de oude stad. Die dorpse kernen zijn nog altijd herkenbaar en geven de wijken hun eigen identiteit.',
      },
      { t: 'h', l: 2, text: 'Een stad van werk en kennis' },
      {
        t: 'p',
        text: 'Van Philips en DAF tot de High Tech Campus en de TU/e: Eindhoven is een stad van maken en bedenken. De Brainportregio trekt talent van over de hele wereld aan.',
      },
      { t: 'h', l: 3, text: 'Werklocaties' },
      {
        t: 'p',
        text: 'Werklocaties liggen verspreid over de stad: in het centrum, op Strijp-S, op de campussen en op de bedrijventerreinen aan de randen.',
      },
      { t: 'h', l: 4, text: 'Campussen' },
      {
        t: 'p',
        text: 'De High Tech Campus, de TU/e-campus en Strijp-T vormen samen een netwerk van kennislocaties dat we verder verbinden.',
      },
      { t: 'h', l: 4, text: 'Bedrijventerreinen' },
      {
        t: 'p',
        text: 'De bedrijventerreinen De Hurk, Acht en Flight Forum blijven bestemd voor werken. Menging met wonen staan we daar niet toe.',
      },
      { t: 'h', l: 1, text: 'Waar moeten we aan werken' },
      { t: 'h', l: 2, text: 'Groei en verdichting' },
      {
        t: 'p',
        text: 'Tot 2040 zijn tienduizenden woningen nodig. Die bouwen we vooral in het centrum, rond station Eindhoven Centraal en langs de hoofdstructuur van de stad.',
      },
      { t: 'tk', text: 'Hoogbouw' },
      {
        t: 'p',
        text: 'Hoogbouw concentreren we in het centrum en rond de stations. Buiten die gebieden blijft de bouwhoogte afgestemd op de omgeving.',
      },
      { t: 'h', l: 2, text: 'Groen en klimaat' },
      {
        t: 'p',
        text: 'We maken de stad groener en koeler. De beekdalen van de Dommel, de Gender en de Tongelreep vormen de groenblauwe dragers van de stad.',
      },
      {
        t: 'table',
        cols: [5.5, 5.5, 6.0],
        header: ['Beekdal', 'Huidige situatie', 'Ambitie 2040'],
        rows: [
          ['Dommel', 'Deels genormaliseerd, veel verhard oppervlak', 'Natuurlijke oevers, meer ruimte voor water'],
          ['Gender', 'Gedeeltelijk overkluisd in het centrum', 'Zichtbaar en beleefbaar door de stad'],
          ['Tongelreep', 'Groen, maar versnipperd', 'Doorgaande groene route naar de Kempen'],
        ],
      },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      {
        t: 'p',
        text: 'De groei van de stad kan niet met meer autoverkeer. We zetten in op lopen, fietsen en openbaar vervoer, en op hubs aan de rand van het centrum.',
      },
      { t: 'h', l: 3, text: 'Fiets' },
      { t: 'p', text: 'Snelfietsroutes verbinden de stad met Veldhoven, Best, Geldrop en Helmond.' },
      { t: 'h', l: 3, text: 'Openbaar vervoer' },
      { t: 'p', text: 'Hoogwaardig openbaar vervoer verbindt het centrum met de campussen en het vliegveld.' },
      { t: 'h', l: 1, text: 'Hoe werken we samen' },
      {
        t: 'p',
        text: 'De opgaven zijn te groot om alleen aan te pakken. We werken samen met de regio, de provincie, het waterschap De Dommel en met initiatiefnemers. We zijn helder over wat vastligt en waar ruimte is voor initiatief.',
      },
      { t: 'h', l: 2, text: 'Programma’s' },
      {
        t: 'p',
        text: 'De visie wordt uitgewerkt in programma’s voor onder meer wonen, mobiliteit, groen en energie, en in gebiedsuitwerkingen voor het centrum en de stationsomgeving.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break', master: 'Liggend' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Geografische informatieobjecten' },
      {
        t: 'p',
        text: 'Deze bijlage noemt de informatieobjecten die bij de omgevingsvisie horen. De geometrie is alleen indicatief.',
      },
      { t: 'gio', layout: 'table', cols: [12, 3.8], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Centrum en stationsomgeving', [0, 0], 1.0),
    gio('Strijp-S', [-2.5, 0.6], 0.6),
    gio('Beekdal van de Dommel', [2, -3], 1.6),
    gio('Beekdal van de Gender', [-1.5, -3.5], 1.0),
    gio('Bedrijventerrein De Hurk', [-4.5, 1], 1.0),
    gio('High Tech Campus', [-5.5, -4.5], 0.8),
    gio('Knooppunt Eindhoven Centraal', [0.5, 1.6], 0.5),
  ],
  config: {
    werk: { jaar: '2025', besluit: 'omgevingsvisie-2040', regeling: 'omgevingsvisie-2040', doel: 'omgevingsvisie-2040' },
    datums: { vaststelling: '2025-12-16', ondertekening: '2025-12-16', bekendmaking: '2025-12-23', inwerkingtreding: '2025-12-24' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0772',
  },
  geo: { origin: [161000, 408000] },
  meubilair: ['pag\\. \\d+$', '^pag\\. \\d+ Omgevingsvisie Eindhoven 2040$', '^Omgevingsvisie Eindhoven 2040 – bijlage'],
}
export default doc

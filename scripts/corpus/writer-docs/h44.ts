/**
 * h44 — gemeente Maashorst (gm1991), holdout (session 7, second batch): the unusual case of the batch, the first
 * omgevingsvisie of a gemeente formed by herindeling (Uden and Landerd, 2022), adopted in an `Enig artikel` that also
 * names the inwerkingtreding and replaces the structuurvisies of the two former gemeenten — which the LVBB cannot
 * accept (levering). Content after the gemeente's public pages about the visie and its kernen (Uden, Volkel,
 * Odiliapeel, Zeeland, Schaijk, Reek), Natuurpark De Maashorst, the wijstgronden along the Peelrandbreuk and
 * vliegbasis Volkel, shortened and in our own words. Layout: Word outline numbering "Hoofdstuk 1 –" + tab, "1.1" and
 * "1.1.1" (numbers only as Word numbering), a one-column opening followed by a two-column section, •-lists with
 * o-items, a "1." numbered list, a footnote, headers none, footers mirrored on facing pages ("n | Omgevingsvisie
 * Maashorst" left, "Omgevingsvisie Maashorst | n" right), a raadsbesluit with "overwegende dat", "gelet op",
 * "b e s l u i t :", an Enig artikel, signatures in two columns, a lower-case "bijlage bij raadsbesluit" line before
 * the visie and a GIO table of fourteen objects (Werkingsgebied | Identificatie) continuing over a page break with a
 * repeated header row.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1991'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', `ov-maashorst-${werk}`, '2027-09-23', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h44',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de gemeente Maashorst over haar eerste omgevingsvisie en haar kernen (Uden, Volkel, Odiliapeel, Zeeland, Schaijk, Reek), Natuurpark De Maashorst, de wijstgronden langs de Peelrandbreuk en vliegbasis Volkel, ingekort en in eigen woorden; eigen opmaak: DejaVu Serif 9,5 pt met Liberation Sans Narrow-koppen in oranjebruin, Word-nummering "Hoofdstuk 1 –" + tab, "1.1" en "1.1.1" (nummers alleen als Word-nummering), opening in één kolom gevolgd door een tweekoloms sectie, •-lijsten met o-items, genummerde lijst "1.", voetnoot, geen kopregel, voettekst gespiegeld op even en oneven pagina\'s ("n | Omgevingsvisie Maashorst" en "Omgevingsvisie Maashorst | n"), raadsbesluit met "overwegende dat", "gelet op", "b e s l u i t :" en een Enig artikel met de inwerkingtreding, handtekeningen in twee kolommen, "bijlage bij raadsbesluit" in kleine letters voor de visie, GIO-tabel van veertien objecten die over een pagina doorloopt met herhaalde kopregel (holdout; ongewoon geval: eerste visie na herindeling van Uden en Landerd, vastgesteld in een Enig artikel)',
  bevoegdGezag: bg,
  naam: 'Gemeente Maashorst',
  title: 'Omgevingsvisie Maashorst',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [17, 12.5, 10.5, 9.5],
    headingColor: '#B3541E',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 3.0, right: 2.2 },
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', suffix: ' –', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Stip: { kind: 'bullet', levels: [{ char: '•' }, { char: 'o' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['\t\tOmgevingsvisie Maashorst | {page}'],
        footerLeft: ['{page} | Omgevingsvisie Maashorst'],
      },
    },
    tableBorder: '0.5pt solid #B3541E',
    tableHeaderBg: '#F6E3D6',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#B3541E' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Maashorst tot vaststelling van de Omgevingsvisie Maashorst',
    artikelen: [''],
    inwerkingtreding: '2027-10-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'gemeente Maashorst · raadsvergadering 23 september 2027 · agendapunt 9' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Maashorst tot vaststelling van de Omgevingsvisie Maashorst' },
      { t: 'p', text: 'De raad van de gemeente Maashorst;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 22 augustus 2027;' },
      { t: 'p', text: 'overwegende dat de gemeente Maashorst op 1 januari 2022 is ontstaan uit de gemeenten Uden en Landerd en dat de structuurvisies van die gemeenten worden vervangen door één omgevingsvisie voor de nieuwe gemeente;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de visie zes weken ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Enig artikel' },
      { t: 'p', text: 'De Omgevingsvisie Maashorst, met de werkingsgebieden in de bijlage daarvan, wordt vastgesteld en treedt in werking met ingang van 1 oktober 2027; op dat tijdstip vervallen de Structuurvisie Uden 2025 en de Structuurvisie Landerd.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 23 september 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. M.H.J. van Kessel'], right: ['de voorzitter,', '', '', 'ir. M.S.M. Buijs'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Maashorst',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'bijlage bij raadsbesluit van 23 september 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Maashorst' },
      { t: 'p', style: 'subtitle', text: 'Zes kernen, één gemeente, één natuurpark' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Een nieuwe gemeente' },
      { t: 'p', text: 'Op 1 januari 2022 zijn Uden en Landerd samengegaan in de gemeente Maashorst. De gemeente telt zes kernen: Uden, Volkel, Odiliapeel, Zeeland, Schaijk en Reek. Deze visie is de eerste die de koers voor het hele grondgebied uitzet.' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Waarom één visie' },
          { t: 'p', text: 'De structuurvisies van Uden en Landerd verschilden in opzet en in keuzes. Eén visie maakt duidelijk wat de nieuwe gemeente wil, voor alle kernen en het buitengebied.' },
          { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
          { t: 'p', text: 'In iedere kern zijn bijeenkomsten gehouden. Ook jongeren, ondernemers en de dorpsraden hebben meegedacht.[^De reacties zijn gebundeld in het participatieverslag dat bij het raadsvoorstel is gevoegd.]' },
        ],
      },
      { t: 'h', l: 1, text: 'Kwaliteiten van Maashorst' },
      { t: 'h', l: 2, text: 'Natuurpark De Maashorst' },
      { t: 'p', text: 'Het natuurpark is met ruim 4.000 hectare een van de grootste natuurgebieden van Brabant. Wisenten, taurossen en Exmoorpony\'s begrazen er de heide en de bossen.' },
      { t: 'h', l: 2, text: 'De Peelrandbreuk' },
      { t: 'p', text: 'Langs de Peelrandbreuk liggen wijstgronden: natte gronden op hoger gelegen zand, waar het grondwater door de breuk omhoog komt. Zij zijn zeldzaam en kwetsbaar.' },
      { t: 'h', l: 3, text: 'Wijst beschermen' },
      {
        t: 'ul',
        list: 'Stip',
        items: [
          'wij houden de wijstgronden nat;',
          { text: 'wij staan geen ingrepen toe die:', sub: ['de breuk doorsnijden;', 'het grondwater verlagen.'] },
          'wij maken de wijst zichtbaar voor bezoekers.',
        ],
      },
      { t: 'h', l: 3, text: 'Cultuurhistorie' },
      { t: 'p', text: 'De oude kampen en akkers rond Schaijk en Zeeland vertellen de geschiedenis van de ontginning. Wij bewaren hun open karakter.' },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Wonen in zes kernen' },
      { t: 'p', text: 'Uden is het centrum met de meeste voorzieningen. In de andere kernen bouwen wij naar de eigen behoefte, zodat jongeren en ouderen er kunnen blijven wonen.' },
      { t: 'h', l: 2, text: 'Werken' },
      { t: 'p', text: 'De bedrijventerreinen Loozen, Hoevenseweg en Bedrijvenpark Uden-Noord bieden ruimte voor bedrijven uit de regio. Nieuwe ruimte zoeken wij eerst op bestaande terreinen.' },
      { t: 'h', l: 2, text: 'Vliegbasis Volkel' },
      { t: 'p', text: 'De vliegbasis bepaalt met haar geluidszone waar gebouwd kan worden. Wij werken met Defensie aan afspraken over geluid en veiligheid.' },
      { t: 'h', l: 2, text: 'Energie en klimaat' },
      { t: 'p', text: 'Maashorst wil in 2050 energieneutraal zijn. Wij kiezen in deze volgorde:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: ['energie besparen;', 'zon op daken en bij bedrijventerreinen;', 'zon- en windparken op plekken die de regio aanwijst, met lokaal eigendom.'],
      },
      { t: 'h', l: 2, text: 'Landbouw in transitie' },
      { t: 'p', text: 'In het buitengebied stoppen boeren of stappen zij over op andere vormen van landbouw. Vrijkomende agrarische gebouwen krijgen een nieuwe functie of worden gesloopt.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'Het omgevingsplan van Maashorst vervangt de bestemmingsplannen van Uden en Landerd. Programma\'s voor wonen, energie en het buitengebied werken deze visie verder uit.' },
    ],
  },
  bijlagen: [
    [
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden' },
      { t: 'p', text: 'De werkingsgebieden van deze visie zijn vastgelegd als geometrische informatieobjecten. De tabel noemt per gebied de identificatie in de landelijke voorziening. Waar een kern twee werkingsgebieden heeft, gaat het om de bebouwde kom en om het omliggende zoekgebied voor wonen. De begrenzing is op kaart te raadplegen in het Omgevingsloket; de namen volgen de kernen en gebieden uit hoofdstuk 2 en hoofdstuk 3 van deze visie.' },
      { t: 'p', text: 'Voor het natuurpark, de wijstgronden en de geluidszone van de vliegbasis gelden de gebieden zoals de provincie Noord-Brabant en het Rijk die hebben aangewezen; de visie volgt die begrenzing en voegt er geen eigen grens aan toe. Wijzigt de provinciale of rijksbegrenzing, dan wijzigt de gemeente de werkingsgebieden van deze visie bij de eerstvolgende herziening.' },
      { t: 'gio', layout: 'table', cols: [5.4, 10.4], header: ['Werkingsgebied', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Maashorst', 'gemeente', [0, 0], 8),
    gio('Kern Uden', 'kern-uden', [0, 0], 2),
    gio('Kern Volkel', 'kern-volkel', [3, -2], 0.8),
    gio('Kern Odiliapeel', 'kern-odiliapeel', [4, -5], 0.6),
    gio('Kern Zeeland', 'kern-zeeland', [6, 2], 0.8),
    gio('Kern Schaijk', 'kern-schaijk', [-2, 7], 0.8),
    gio('Kern Reek', 'kern-reek', [-4, 9], 0.5),
    gio('Zoekgebied wonen Uden-Zuid', 'zoekgebied-wonen-uden-zuid', [0.5, -1.8], 0.6),
    gio('Zoekgebied wonen Schaijk-Oost', 'zoekgebied-wonen-schaijk-oost', [-1.2, 7], 0.5),
    gio('Natuurpark De Maashorst', 'natuurpark-de-maashorst', [-1, 4], 3),
    gio('Wijstgronden Peelrandbreuk', 'wijstgronden-peelrandbreuk', [2, 1], 1.5),
    gio('Geluidszone vliegbasis Volkel', 'geluidszone-vliegbasis-volkel', [4, -3], 3),
    gio('Bedrijventerreinen Uden', 'bedrijventerreinen-uden', [1.5, 1.2], 1),
    gio('Buitengebied Maashorst', 'buitengebied', [3, 5], 6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-maashorst', regeling: 'omgevingsvisie-maashorst', doel: 'omgevingsvisie-maashorst' },
    datums: { vaststelling: '2027-09-23', ondertekening: '2027-09-23', bekendmaking: '2027-09-28', inwerkingtreding: '2027-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1991',
  },
  geo: { origin: [171000, 410000] },
  levering: {
    blokkerend: ['VISIE-863'],
    reden: 'Enig artikel that adopts the visie and names its inwerkingtreding: no plain Artikel for the Tijdstempel (BHKV1010), so no juridischWerkendVanaf (LVBB3519)',
  },
  meubilair: ['^Omgevingsvisie Maashorst \\| \\d+$', '^\\d+ \\| Omgevingsvisie Maashorst$'],
}
export default doc

/**
 * h192 — gemeente Geldrop-Mierlo (gm1771), holdout (session 13): the Brabantse gemeente of the two kernen Geldrop and
 * Mierlo with the Middengebied between them, beside Eindhoven, the Strabrechtse Heide and Sang en Goorkens. Structure
 * and wording after the public pages on the Omgevingsvisie Geldrop-Mierlo (adopted by the raad on 6 February 2023;
 * "Op weg naar 2040"; "de hoofdlijnen van het gemeentelijk beleid rondom de fysieke leefomgeving voor de lange
 * termijn", for "de beide kernen en het hele buitengebied"; zelfbindend; "richting geven, inspireren en motiveren";
 * programma's such as the Programma grondbeleid en kostenverhaal; the Structuurvisie of 2014 with its lagenbenadering),
 * here as a revised visie of 2028, shortened and partly in our own words. Layout: 17.6 × 25 cm (B5) in DejaVu Sans
 * 9 pt; chapters "Hoofdstuk 1 –" (nummer "1") with sections "1.1" and a third level "4.2.1"; no table of contents;
 * headers alternating on even and odd pages; a two-column section; lists "–" and "a)"; a table; raadsbesluit with
 * Artikel I–III; the GIO list as lines "naam – identificatie" in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1771'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-30', '2'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h192',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s over de Omgevingsvisie Geldrop-Mierlo (vastgesteld door de raad op 6 februari 2023; "Op weg naar 2040"; de hoofdlijnen van het gemeentelijk beleid rondom de fysieke leefomgeving voor de lange termijn, voor de beide kernen en het hele buitengebied; zelfbindend; richting geven, inspireren en motiveren; programma\'s zoals het Programma grondbeleid en kostenverhaal; de Structuurvisie van 2014 met haar lagenbenadering), hier als herziene visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: 17,6 × 25 cm (B5) in DejaVu Sans 9 pt, hoofdstukken "Hoofdstuk 1 –" (nummer "1") met paragrafen "1.1" en een derde niveau "4.2.1", geen inhoudsopgave, kopregels wisselend op even en oneven pagina\'s, een tweekoloms sectie, lijsten "–" en "a)", een tabel, raadsbesluit met Artikel I–III, GIO-lijst als regels "naam – identificatie" in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Geldrop-Mierlo',
  title: 'Omgevingsvisie Geldrop-Mierlo 2040',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [14, 11, 9.5, 9],
    headingColor: '#E4003A',
    lineHeight: 135,
    spaceAfter: 0.2,
    page: { width: 17.6, height: 25, top: 2, bottom: 2, left: 1.9, right: 1.9 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', suffix: ' –', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    headingItalic3: true,
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '◦' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\tOmgevingsvisie Geldrop-Mierlo 2040\t{page}'],
        headerLeft: ['{page}\tOp weg naar 2040\t'],
      },
    },
    tableBorder: '0.5pt solid #444444',
    tableHeaderBg: '#F2F2F2',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Geldrop-Mierlo 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Registratienummer: GM-28-04417' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Geldrop-Mierlo 2040' },
      p('De raad van de gemeente Geldrop-Mierlo;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 12 september 2028;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.25 van de Omgevingswet;'),
      p('overwegende dat de omgevingsvisie van 6 februari 2023 na de evaluatie is herzien, dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en dat het milieueffectrapport is aangevuld op het advies van de Commissie mer;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De Omgevingsvisie Geldrop-Mierlo 2040, met de geografische informatieobjecten in bijlage A, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Omgevingsvisie Geldrop-Mierlo, vastgesteld op 6 februari 2023, in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op de dag na die van de bekendmaking.'),
      p('Aldus besloten door de raad van de gemeente Geldrop-Mierlo in zijn openbare vergadering van 30 oktober 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'C.M.J. Frijters'], right: ['de voorzitter,', '', 'J.A.M. van Bree'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Geldrop-Mierlo 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Geldrop-Mierlo 2040' },
      { t: 'p', style: 'subtitle', text: 'Op weg naar 2040' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Waarom een omgevingsvisie'),
      p('In de omgevingsvisie staat hoe onze gemeente er nu en in de toekomst uitziet. Zij bevat de hoofdlijnen van het gemeentelijk beleid rondom de fysieke leefomgeving voor de lange termijn, voor de beide kernen en het hele buitengebied.'),
      h(2, 'Richting geven'),
      p('Met de omgevingsvisie geven wij richting, inspireren wij en motiveren wij onze inwoners, ondernemers en maatschappelijke organisaties.'),
      h(2, 'Zelfbindend'),
      p('De visie bindt alleen de gemeente. Zij kan er alleen goed gemotiveerd van afwijken.'),
      h(2, 'Wat is er veranderd sinds 2023?'),
      p('De evaluatie liet zien dat de woningbouwopgave en de netcongestie nieuwe keuzes vragen.'),
      { t: 'break' },
      h(1, 'Onze gemeente'),
      { t: 'cols2', blocks: [
        h(2, 'Geldrop'),
        p('Geldrop is de grootste kern, met een levendig centrum rond de Heuvel, het kasteel en de oude textielfabrieken langs de Kleine Dommel.'),
        h(2, 'Mierlo'),
        p('Mierlo is een dorp met een sterke gemeenschap, omgeven door bossen, heide en landbouwgrond.'),
        h(2, 'Het Middengebied'),
        p('Tussen de kernen ligt het Middengebied, dat zij scheidt en verbindt: een groene long voor beide.'),
      ] },
      { t: 'break' },
      h(1, 'Ambities voor 2040'),
      p('Wij werken aan een gemeente waar het fijn wonen, werken en recreëren is:'),
      { t: 'ol', list: 'Letter', items: ['groen en gezond;', 'betaalbaar en divers wonen;', 'bereikbaar en verbonden;', 'duurzaam en klimaatbestendig.'] },
      h(2, 'Groen en gezond'),
      p('De Strabrechtse Heide, Sang en Goorkens en het dal van de Kleine Dommel zijn ons kapitaal.'),
      h(2, 'Wonen'),
      p('Wij bouwen tot 2040 ten minste 2.400 woningen.'),
      {
        t: 'table',
        cols: [4, 4, 5.8],
        header: ['Kern', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Geldrop', '1.600', 'starters, ouderen, centrum'],
          ['Mierlo', '800', 'gezinnen, inbreiding'],
        ],
      },
      h(2, 'Bereikbaar'),
      p('Het station Geldrop en de snelle fietsroutes naar Eindhoven zijn de basis.'),
      h(2, 'Duurzaam'),
      p('Wij zijn in 2050 energieneutraal; zon op daken heeft voorrang.'),
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'Centra'),
      p('De centra van Geldrop en Mierlo worden compacter en groener.'),
      h(2, 'Woonwijken'),
      h(3, 'Bestaande wijken'),
      p('In de wijken van de jaren zestig en zeventig combineren wij renovatie met vergroening.'),
      h(3, 'Nieuwe woongebieden'),
      p('Nieuwe woongebieden liggen aan de rand van de kernen, nooit in het Middengebied.'),
      h(2, 'Werklocaties'),
      p('Wij houden ruimte voor bedrijven op de bestaande terreinen:'),
      { t: 'ul', list: 'Streep', items: ['Coevering;', 'Spaarpot;', { text: 'Hooge Akker', sub: ['met ruimte voor lokale bedrijven;', 'zonder grootschalige logistiek.'] }] },
      h(2, 'Buitengebied'),
      p('Het buitengebied blijft open; natuur en landbouw gaan samen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s'),
      p('Voor gebieden en thema’s werken wij het beleid uit in programma’s, zoals het Programma grondbeleid en kostenverhaal.'),
      h(2, 'Monitoring'),
      p('Wij volgen de uitvoering jaarlijks en herzien de visie eens per raadsperiode.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [
    gio('Gemeente Geldrop-Mierlo', 'gemeente-geldrop-mierlo', [0, 0], 6),
    gio('Middengebied', 'middengebied', [0.5, 0.5], 1.5),
    gio('Sang en Goorkens', 'sang-en-goorkens', [3, 1], 1),
    gio('Dal van de Kleine Dommel', 'dal-kleine-dommel', [-2, -1], 1.2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-geldrop-mierlo-2040', regeling: 'omgevingsvisie-geldrop-mierlo-2040', doel: 'omgevingsvisie-geldrop-mierlo-2040' },
    datums: { vaststelling: '2028-10-30', ondertekening: '2028-10-30', bekendmaking: '2028-11-06' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1771',
  },
  geo: { origin: [168000, 383000] },
  meubilair: ['^Omgevingsvisie Geldrop-Mierlo 2040 \\d+$', '^\\d+ Op weg naar 2040$'],
}
export default doc

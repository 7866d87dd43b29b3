/**
 * h102 — gemeente Helmond (gm0794), holdout (session 12): a large gemeente (about 95.000 inwoners; the binnenstad
 * with Kasteel Helmond, the Zuid-Willemsvaart and the Kanaalzone, Brandevoort, Dierdonk, Stiphout, Mierlo-Hout,
 * Rijpelberg, the Automotive Campus, Brainport and the Peel). Content after the public texts of Helmond on its
 * "Omgevingsvisie Helmond 2040" (vastgesteld 6 februari 2024: waar bouwen we nieuwe woningen, hoe houden we het
 * centrum aantrekkelijk, wat doen we met onze werklocaties, waar is ruimte voor groen en natuur, hoe blijft Helmond
 * bereikbaar; een gezonde stad, een bruisende stad aan het water, duurzaam bereikbaar, groen en klimaatbestendig;
 * part of Brainport and de Peel; an Omgevingseffectrapport with scenarios of verdichting against uitleg), here as a
 * visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Serif 10 pt with Liberation Sans
 * headings; a RAADSVOORSTEL first ("Het college van burgemeester en wethouders stelt de raad voor:" with numbered
 * proposals, Inleiding, Beoogd effect, Argumenten) and then a SEPARATE RAADSBESLUIT on a page of its own with
 * "besluit:" and beslispunten I.–III. (a date); chapters "1." … "5.", one chapter title and one section title
 * over TWO LINES, sections "1.1", "2.1.1"; header "Helmond 2040 · omgevingsvisie" right, footer "gemeente Helmond —
 * pagina n"; table of contents of chapters only; lists "–" and "1." with "a)" nested; a table; footnotes; visie as
 * "Bijlage 1"; GIO table Nr. | Naam | Identificatie in "Bijlage 2"; an unnumbered "Colofon" at the end.
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0794'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-14', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h102',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van Helmond over de "Omgevingsvisie Helmond 2040" (waar bouwen we nieuwe woningen, hoe houden we het centrum aantrekkelijk, wat doen we met onze werklocaties, waar is ruimte voor groen en natuur, hoe blijft Helmond bereikbaar; gezonde stad, bruisende stad aan het water, duurzaam bereikbaar, groen en klimaatbestendig; onderdeel van Brainport en de Peel; OER met scenario\'s verdichting of uitleg), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, eerst een RAADSVOORSTEL ("Het college van burgemeester en wethouders stelt de raad voor:") en daarna een APART RAADSBESLUIT met "besluit:" en beslispunten I.–III. (datum), hoofdstukken "1." … "5.", een hoofdstuktitel en een paragraaftitel over TWEE REGELS, paragrafen "1.1" en "2.1.1", kopregel "Helmond 2040 · omgevingsvisie", voettekst "gemeente Helmond — pagina n", inhoudsopgave van hoofdstukken, lijsten "–" en "1." met geneste "a)", een tabel, voetnoten, visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2", ongenummerd "Colofon" aan het eind (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Helmond',
  title: 'Omgevingsvisie Helmond 2040',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 12, 10.5, 10],
    headingColor: '#C8102E',
    lineHeight: 125,
    spaceAfter: 0.22,
    justify: true,
    page: A4(2.4, 2.2, 2.5, 2.5),
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tHelmond 2040 · omgevingsvisie'],
        footer: ['gemeente Helmond — pagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #999999',
    tableHeaderBg: '#F3D9DD',
    tableFontSize: 9,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Helmond tot vaststelling van de Omgevingsvisie Helmond 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-02-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsvoorstel' },
      { t: 'p', text: 'Onderwerp: vaststellen Omgevingsvisie Helmond 2040' },
      { t: 'p', text: 'Raadsvergadering: 14 december 2027 · Agendapunt 9 · Registratienummer 2027.41880' },
      { t: 'p', style: 'bold', text: 'Het college van burgemeester en wethouders stelt de raad voor:' },
      { t: 'ol', list: 'Cijfer', items: ['de Nota van beantwoording zienswijzen vast te stellen;', 'de Omgevingsvisie Helmond 2040 met de werkingsgebieden vast te stellen;', 'de Structuurvisie Helmond 2015 in te trekken.'] },
      { t: 'p', style: 'bold', text: 'Inleiding' },
      { t: 'p', text: 'Eind 2020 zijn we gestart met het opstellen van de omgevingsvisie. Die hebben we gemaakt met inbreng van inwoners, ondernemers en partners. De ontwerp-omgevingsvisie heeft zes weken ter inzage gelegen; er zijn 41 zienswijzen ingediend.' },
      { t: 'p', style: 'bold', text: 'Beoogd effect' },
      { t: 'p', text: 'Eén visie voor de ontwikkeling van ons hele grondgebied, die richting geeft aan woningbouw, werklocaties, groen, mobiliteit en energie.' },
      { t: 'p', style: 'bold', text: 'Argumenten' },
      { t: 'p', text: 'De Omgevingswet verplicht iedere gemeente tot één omgevingsvisie. In het Omgevingseffectrapport zijn de effecten van de keuzes onderzocht aan de hand van twee scenario’s: verdichting van de bestaande stad en uitleg in het buitengebied.' },
      { t: 'p', text: 'Burgemeester en wethouders van Helmond,' },
      { t: 'sign', left: ['de secretaris,', '', 'drs. R.M.H. van den Broek'], right: ['de burgemeester,', '', 'drs. E.E.J. Blanksma-van den Heuvel'] },
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit' },
      { t: 'p', text: 'De raad van de gemeente Helmond;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 2 november 2027, nummer 2027.41880;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en artikel 16.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: 'I. de Nota van beantwoording zienswijzen Omgevingsvisie Helmond 2040 vast te stellen;' },
      { t: 'p', text: 'II. de Omgevingsvisie Helmond 2040, opgenomen in bijlage 1, met de werkingsgebieden in bijlage 2, vast te stellen;' },
      { t: 'p', text: 'III. de Structuurvisie Helmond 2015 in te trekken en te bepalen dat dit besluit in werking treedt op 1 februari 2028.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van 14 december 2027.' },
      { t: 'sign', left: ['de griffier,', '', 'mr. L.C.M. Donkers'], right: ['de voorzitter,', '', 'drs. E.E.J. Blanksma-van den Heuvel'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Helmond 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027.41880' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Helmond 2040' },
      { t: 'p', style: 'subtitle', text: 'Gezond, bruisend, groen en bereikbaar' },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Helmond in 2040' },
      { t: 'p', text: 'Het is goed wonen en leven in het Helmond van 2040. Helmond is een gezonde stad, een bruisende stad aan het water, een stad die duurzaam bereikbaar is en een stad die groen en klimaatbestendig is.' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'We staan voor grote opgaven: klimaat, energie, wonen en leefbaarheid. We zitten niet op een eiland, maar maken onderdeel uit van Brainport en de Peel.[^Brainport Eindhoven is de samenwerking van 21 gemeenten in Zuidoost-Brabant; Helmond is na Eindhoven de grootste.]' },
      { t: 'h', l: 2, text: 'Hoe we de visie maakten' },
      { t: 'p', text: 'Ruim 1.300 inwoners vulden de enquête in; een klankbordgroep en een jongerenpanel dachten mee.' },
      { t: 'h', l: 2, text: 'Onze opgaven' },
      { t: 'ul', list: 'Streep', items: ['waar bouwen we nieuwe woningen?', 'hoe houden we het centrum aantrekkelijk?', 'wat doen we met onze werklocaties?', 'waar is ruimte voor groen en natuur?', 'hoe blijft Helmond bereikbaar?'] },

      { t: 'h', l: 1, text: 'Een groeiende stad die verdicht in plaats van uitbreidt, met ruimte voor iedereen' },
      { t: 'p', text: 'Helmond groeit tot 2040 met ongeveer 12.000 woningen. Het overgrote deel bouwen we binnen de bestaande stad.' },
      { t: 'h', l: 2, text: 'Verdichten rond knooppunten' },
      { t: 'h', l: 3, text: 'Stationsomgeving' },
      { t: 'p', text: 'Rond station Helmond en station Brandevoort bouwen we in hoge dichtheid.' },
      { t: 'h', l: 3, text: 'Kanaalzone' },
      { t: 'p', text: 'Langs de Zuid-Willemsvaart ontstaat een gemengd woon-werkgebied.' },
      { t: 'h', l: 2, text: 'Betaalbaar en passend wonen voor starters, ouderen en mensen met een kleine beurs' },
      { t: 'p', text: 'Van alle nieuwe woningen is ten minste twee derde betaalbaar.' },
      {
        t: 'table',
        cols: [5, 4, 3.5, 3.5],
        header: ['Gebied', 'Type', 'Woningen', 'Periode'],
        rows: [
          ['Binnenstad en Kanaalzone', 'transformatie', '4.500', '2025–2035'],
          ['Stationsomgevingen', 'verdichting', '3.000', '2027–2040'],
          ['Brandevoort en Dierdonk', 'afronding', '1.800', '2025–2030'],
          ['Overige wijken', 'inbreiding', '2.700', '2025–2040'],
        ],
      },

      { t: 'h', l: 1, text: 'Een bruisende stad aan het water' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'De binnenstad rond Kasteel Helmond wordt compacter: minder winkels, meer wonen, horeca en cultuur.' },
      { t: 'h', l: 2, text: 'Werklocaties' },
      { t: 'p', text: 'We houden ruimte voor de maakindustrie en de Automotive Campus. Nieuwe werklocaties:' },
      { t: 'ol', list: 'Cijfer', items: [{ text: 'komen bij voorkeur op bestaande terreinen, door', sub: ['intensiveren;', 'herstructureren.'] }, 'sluiten aan op het hoofdwegennet;', 'zijn energieneutraal.'] },

      { t: 'h', l: 1, text: 'Duurzaam bereikbaar' },
      { t: 'h', l: 2, text: 'Lopen en fietsen eerst' },
      { t: 'p', text: 'Snelfietsroutes verbinden Helmond met Eindhoven en de Peelgemeenten.' },
      { t: 'h', l: 2, text: 'Openbaar vervoer' },
      { t: 'p', text: 'Een hoogfrequente verbinding tussen Eindhoven en Helmond is de ruggengraat van de verstedelijking.[^Zie het Mobiliteitsprogramma Brainport Eindhoven.]' },
      { t: 'h', l: 2, text: 'Auto' },
      { t: 'p', text: 'De ring blijft de hoofdstructuur; in de wijken is de auto te gast.' },

      { t: 'h', l: 1, text: 'Groen en klimaatbestendig' },
      { t: 'h', l: 2, text: 'Groen in en om de stad' },
      { t: 'p', text: 'De groene longen van de stad en het landschap van de Peel blijven onbebouwd.' },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'h', l: 3, text: 'Hitte' },
      { t: 'p', text: 'Elke inwoner heeft binnen 300 meter een koele plek.' },
      { t: 'h', l: 3, text: 'Water' },
      { t: 'p', text: 'Regenwater houden we vast in wadi’s en groene daken.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Zon op daken en parkeerterreinen, en een warmtenet in de binnenstad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5, 9.8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
      { t: 'p', style: 'label', text: 'Colofon' },
      { t: 'p', text: 'Uitgave: gemeente Helmond, afdeling Ruimte. Tekst en kaarten: projectteam Omgevingsvisie.' },
      { t: 'p', text: 'Contact: Weverplein 1, 5701 PA Helmond.' },
    ],
  ],
  gios: [
    gio('Gemeente Helmond', 'gemeente-helmond', [0, 0], 5),
    gio('Binnenstad en Kanaalzone', 'binnenstad-en-kanaalzone', [0.2, 0.3], 1),
    gio('Stationsomgevingen', 'stationsomgevingen', [-1.5, 0.5], 0.8),
    gio('Groene longen en Peellandschap', 'groene-longen-en-peellandschap', [3, -3], 2.5),
    gio('Werklocaties Automotive Campus en Hoogeind', 'werklocaties-automotive-hoogeind', [2.5, 2], 1),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-helmond-2040', regeling: 'omgevingsvisie-helmond-2040', doel: 'omgevingsvisie-helmond-2040' },
    datums: { vaststelling: '2027-12-14', ondertekening: '2027-12-14', bekendmaking: '2027-12-21', inwerkingtreding: '2028-02-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0794',
  },
  geo: { origin: [173000, 384000] },
  meubilair: ['^Helmond 2040 · omgevingsvisie$', '^gemeente Helmond — pagina \\d+$'],
}
export default doc

/**
 * h85 — gemeente Veere (gm0717), holdout (session 11, second set): a small gemeente (about 22.000 inwoners, thirteen
 * kernen on Walcheren). Content after the public texts on the "Omgevingsvisie Veere 2047" (25 years ahead; the digits
 * of 2047 add up to 13, the number of kernen; replaces the Structuurvisie Veere 2025; themes that inwoners found most
 * important: kwaliteit van landschap en kern, voorzieningen en activiteiten voor leefbaarheid, kernen met een eigen
 * identiteit, gevarieerd en betaalbaar wonen, autoluw en duurzaam verkeer, kwaliteitstoerisme, cultuurhistorie; five
 * gebieden: de dertien kernen, het agrarisch middengebied, de kust, het Veerse Meer, Neeltje Jans en de Deltawateren;
 * a perspective per kern — Aagtekerke jonge gezinnen, Domburg its badstatus with a smaller ecologische voetafdruk,
 * Oostkapelle its ondernemersklimaat, Gapinge energieneutraal, Grijpskerke the fietsknooppunt of Walcheren, Veere no
 * tweede woningen in the centre; the agrarisch middengebied stays open; no more grootschalige verblijfsrecreatie;
 * woningbouw within the kernen so they do not grow together with each other or with Middelburg and Vlissingen), here
 * as a visie of 2027, shortened and partly in our own words. Layout: 16.5 × 23.5 cm in DejaVu Sans 8.5 pt with the
 * headings in DejaVu Serif; chapters "1." … "7." (a dot after the chapter number only), sections "2.1", with THIRTEEN
 * sections in chapter 3 ("3.1" … "3.13"); no header; footer "Omgevingsvisie Veere 2047 | dertien kernen, één
 * gemeente" with the page number at the right (on a line of its own, the footer being too long for one line); table of contents of chapters only; ○-lists and a list "(a)"; a
 * table; real footnotes; raadsbesluit "De raad van de gemeente Veere;" with "BESLUIT:" and beslispunten I.–III. (the
 * second withdraws the Structuurvisie Veere 2025, the third names the date); visie as "Bijlage 1"; GIO table Nr. |
 * Naam | Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0717'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-11', '1'),
  at,
  size,
})

const kern = (naam: string, tekst: string) => [
  { t: 'h' as const, l: 2 as const, text: naam },
  { t: 'p' as const, text: tekst },
]

const doc: Doc = {
  id: 'h85',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de "Omgevingsvisie Veere 2047" (25 jaar vooruit; 2+0+4+7 = 13 kernen; vervangt de Structuurvisie Veere 2025; zeven thema’s die inwoners het belangrijkst vinden; vijf gebieden: de dertien kernen, het agrarisch middengebied, de kust, het Veerse Meer, Neeltje Jans en de Deltawateren; een perspectief per kern, o.a. Aagtekerke jonge gezinnen, Domburg badstatus met kleinere ecologische voetafdruk, Oostkapelle ondernemersklimaat, Gapinge energieneutraal, Grijpskerke fietsknooppunt van Walcheren, Veere geen tweede woningen in het centrum; open middengebied; geen grootschalige verblijfsrecreatie meer; woningbouw binnen de kernen), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 16,5 × 23,5 cm in DejaVu Sans 8,5 pt met DejaVu Serif-koppen, hoofdstukken "1." … "7.", paragrafen "2.1", DERTIEN paragrafen in hoofdstuk 3 ("3.1" … "3.13"), geen kopregel, voettekst "Omgevingsvisie Veere 2047 | dertien kernen, één gemeente" met paginanummer, inhoudsopgave van hoofdstukken, ○-lijsten en een lijst "(a)", een tabel, echte voetnoten, raadsbesluit met "BESLUIT:" en beslispunten I.–III. (intrekking Structuurvisie Veere 2025, inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Veere',
  title: 'Omgevingsvisie Veere 2047',
  style: {
    font: 'DejaVu Sans',
    size: 8.5,
    headingFont: 'DejaVu Serif',
    headingSizes: [15, 10.5, 9, 8.5],
    headingColor: '#2E6B5E',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 16.5, height: 23.5, top: 2, bottom: 2, left: 2, right: 1.8 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Rondje: { kind: 'bullet', levels: [{ char: '○' }, { char: '·' }] },
      Haak: { kind: 'number', levels: [{ format: 'a', prefix: '(', suffix: ')' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Veere 2047 | dertien kernen, één gemeente\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #2E6B5E',
    tableHeaderBg: '#DDEDE8',
    tableFontSize: 7.5,
    tussenkop: { bold: true, color: '#2E6B5E', size: 9 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Veere tot vaststelling van de Omgevingsvisie Veere 2047',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'gemeente Veere · raadsvergadering 11 november 2027 · agendapunt 9' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Veere tot vaststelling van de Omgevingsvisie Veere 2047' },
      { t: 'p', text: 'De raad van de gemeente Veere;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 26 september 2027;' },
      { t: 'p', text: 'overwegende dat inwoners, ondernemers en toeristen zijn gevraagd naar hun wensen voor Veere in 2047 en dat hun inbreng in de visie is verwerkt;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', text: 'I. de Omgevingsvisie Veere 2047, opgenomen in bijlage 1, vast te stellen;' },
      { t: 'p', text: 'II. de Structuurvisie Veere 2025 in te trekken;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Veere op 11 november 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. C.J. de Visser'], right: ['de voorzitter,', '', '', 'F.M. Schouwenaar'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Veere 2047',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 11 november 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Veere 2047' },
      { t: 'p', style: 'subtitle', text: 'Dertien kernen, één gemeente' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Veere in 2047' },
      { t: 'p', text: 'Hoe ziet de gemeente Veere er over 25 jaar uit? Deze visie kijkt vooruit naar 2047. De cijfers van dat jaartal opgeteld leveren het getal 13 op: het aantal kernen in onze gemeente.[^De kernen zijn Aagtekerke, Biggekerke, Domburg, Gapinge, Grijpskerke, Koudekerke, Meliskerke, Oostkapelle, Serooskerke, Veere, Vrouwenpolder, Westkapelle en Zoutelande.]' },
      { t: 'p', text: 'De visie vervangt de Structuurvisie Veere 2025. Ze is gemaakt met de inbreng van inwoners, ondernemers en toeristen, en geeft richting aan beleid, projecten en programma’s.' },
      { t: 'h', l: 1, text: 'Thema’s' },
      { t: 'p', text: 'Zeven thema’s vonden onze inwoners het belangrijkst.' },
      { t: 'h', l: 2, text: 'Kwaliteit van landschap en kern' },
      { t: 'p', text: 'De Veerse kernkwaliteiten zijn kleinschaligheid, open gebieden en kreekruggen, een groen karakter en de kustzone.' },
      { t: 'h', l: 2, text: 'Voorzieningen en leefbaarheid' },
      { t: 'p', text: 'Elke kern houdt een plek om elkaar te ontmoeten. Voorzieningen bundelen we waar dat nodig is.' },
      { t: 'h', l: 2, text: 'Kernen met een eigen identiteit' },
      { t: 'p', text: 'We voorkomen dat kernen aan elkaar of aan Middelburg en Vlissingen vastgroeien. Woningbouw vindt zoveel mogelijk binnen de bestaande kernen plaats.' },
      { t: 'h', l: 2, text: 'Gevarieerd en betaalbaar wonen' },
      { t: 'p', text: 'We bouwen voor starters, jonge gezinnen en ouderen. Tweede woningen verhuren mag niet zonder vergunning.' },
      { t: 'h', l: 2, text: 'Autoluw en duurzaam verkeer' },
      { t: 'p', text: 'In de zomer is het druk op de wegen naar de kust. We zetten in op:' },
      { t: 'ol', list: 'Haak', items: ['transferia aan de rand van de kustdorpen;', 'fietsroutes tussen de kernen;', 'laadpalen voor elektrische auto’s.'] },
      { t: 'h', l: 2, text: 'Kwaliteitstoerisme' },
      { t: 'p', text: 'Toerisme is een pijler van onze economie. We kiezen voor kwaliteit boven kwantiteit: geen nieuwe grootschalige verblijfsrecreatie.' },
      { t: 'h', l: 2, text: 'Cultuurhistorie' },
      { t: 'p', text: 'De stad Veere, de kerktorens, de kastelen en de dijken vertellen het verhaal van Walcheren. We beschermen dat erfgoed.' },
      { t: 'h', l: 1, text: 'De dertien kernen' },
      { t: 'p', text: 'Voor elke kern schetst de visie een toekomstperspectief.' },
      ...kern('Aagtekerke', 'Het accent ligt op woningen voor jonge gezinnen, om de sociale samenhang in het dorp te bevorderen.'),
      ...kern('Biggekerke', 'Een rustig dorp in het groen, met ruimte voor kleinschalige bedrijvigheid aan huis.'),
      ...kern('Domburg', 'Behoud van de badstatus staat centraal, maar met een minder grote ecologische voetafdruk.'),
      ...kern('Gapinge', 'Gapinge wordt een energieneutraal dorp.'),
      ...kern('Grijpskerke', 'Grijpskerke wordt het centrale fietsknooppunt van Walcheren.'),
      ...kern('Koudekerke', 'Het grootste dorp van de gemeente houdt zijn voorzieningen voor de omliggende kernen.'),
      ...kern('Meliskerke', 'Een hecht dorp met een actief verenigingsleven, waar we inbreiden en niet uitbreiden.'),
      ...kern('Oostkapelle', 'Het huidige ondernemersklimaat moet worden gehandhaafd.'),
      ...kern('Serooskerke', 'We versterken de dorpskern rond de kerk en het plein.'),
      ...kern('Veere', 'In het centrum van de stad is geen plek voor tweede woningen; er komen wel meer laadpalen.'),
      ...kern('Vrouwenpolder', 'De poort naar het Veerse Meer en de Oosterschelde, met aandacht voor de overgang van dorp naar natuur.'),
      ...kern('Westkapelle', 'Het dorp achter de dijk blijft een vissers- en badplaats met een eigen karakter.'),
      ...kern('Zoutelande', 'We zoeken balans tussen toerisme en het dagelijks leven van de inwoners.'),
      { t: 'h', l: 1, text: 'Het agrarisch middengebied' },
      { t: 'p', text: 'Het agrarisch middengebied houden we open. Landbouw is hier de belangrijkste functie en de vergezichten zijn beschermd.' },
      {
        t: 'table',
        cols: [4, 4.2, 4.2],
        header: ['Gebied', 'Behouden', 'Ontwikkelen'],
        rows: [
          ['Middengebied', 'openheid, kreekruggen', 'schaalvergroting op bestaande erven'],
          ['Kust', 'duinen, strand', 'strandpaviljoens binnen de zonering'],
          ['Veerse Meer', 'natuur, rust', 'recreatie aan de randen'],
        ],
      },
      { t: 'h', l: 1, text: 'De kust' },
      { t: 'p', text: 'De ongerepte Veerse kust is onze grootste trots. Strand en duin houden hun natuurlijke karakter.' },
      { t: 'ul', list: 'Rondje', items: ['themastranden volgens de strandzonering;', { text: 'de schaal van de kustplaatsen is maatgevend:', sub: ['geen hoogbouw aan de boulevard;', 'geen nieuwe campings in de duinen.'] }] },
      { t: 'h', l: 1, text: 'Het Veerse Meer' },
      { t: 'p', text: 'Het Veerse Meer is een gebied om te zeilen, te vissen, te duiken en te wandelen. We beschermen de natuur en laten recreatie aan de randen toe.[^Samen met de gemeenten Middelburg en Noord-Beveland, de provincie, Rijkswaterstaat en het waterschap Scheldestromen in de Gebiedsvisie Veerse Meer.]' },
      { t: 'h', l: 1, text: 'Neeltje Jans en de Deltawateren' },
      { t: 'p', text: 'Neeltje Jans hoort ook bij onze gemeente. De Oosterscheldekering is een icoon; het werkeiland biedt ruimte voor natuur, educatie en dagrecreatie.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '. ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.6, 6.9], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Veere', 'gemeente-veere', [0, 0], 8),
    gio('Agrarisch middengebied', 'agrarisch-middengebied', [1, 1], 4),
    gio('Kustzone', 'kustzone', [-5, 3], 3),
    gio('Veerse Meer', 'veerse-meer', [4, 3], 2),
    gio('Neeltje Jans', 'neeltje-jans', [8, 7], 1),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-veere-2047', regeling: 'omgevingsvisie-veere-2047', doel: 'omgevingsvisie-veere-2047' },
    datums: { vaststelling: '2027-11-11', ondertekening: '2027-11-11', bekendmaking: '2027-11-23', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0717',
  },
  geo: { origin: [27000, 398000] },
  meubilair: ['^Omgevingsvisie Veere 2047 \\| dertien kernen, één gemeente( \\d+)?$', '^\\d+$'],
}
export default doc

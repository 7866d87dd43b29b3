/**
 * h89 — Hoogheemraadschap van Rijnland (ws0616), holdout (session 11, third set): an optional omgevingsvisie of the
 * verenigde vergadering. Content after the public texts of Rijnland (its Waterbeheerplan "Waardevol Water" with
 * chapters per theme, each opening with "Onze ambitie": we beschermen onze omgeving tegen overstromingen, we zorgen
 * voor voldoende water, Rijnlands water is schoon, we optimaliseren de verwerking van het afvalwater; preventie,
 * gevolgbeperking en calamiteitenzorg as the three layers of waterveiligheid; waterpeilen, instandhouding van het
 * watersysteem, wateroverlast en zoetwater; zwemwaterlocaties; samenwerken met inwoners en bedrijven; Archimedesweg,
 * Leiden), here as a Watervisie of 2027, shortened and partly in our own words. Layout: B5 portrait (17.6 × 25 cm)
 * in Liberation Sans 9 pt with DejaVu Serif headings; chapters "1." … "5.", sections "1.1", "2.3.1"; header
 * "Hoogheemraadschap van Rijnland" with the chapter (number and name) as a field, footer "Watervisie Rijnland 2050 |
 * versie vastgesteld 6 oktober 2027" + page; table of contents of two levels; ▪-lists and a list "i."; a table;
 * real footnotes; besluit of the verenigde vergadering ("gelezen het voorstel van dijkgraaf en hoogheemraden",
 * "b e s l u i t :"), Artikel 1–3 (inwerkingtreding on a date); visie as "Bijlage I"; GIO table Werkingsgebied |
 * Identificatie | Thema in "Bijlage II".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0616'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-06', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h89',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van het Hoogheemraadschap van Rijnland (Waterbeheerplan "Waardevol Water" met hoofdstukken per thema die openen met "Onze ambitie": bescherming tegen overstromingen, voldoende water, schoon water, verwerking van afvalwater; preventie, gevolgbeperking en calamiteitenzorg; waterpeilen, instandhouding, wateroverlast en zoetwater; zwemwaterlocaties; samenwerken met inwoners en bedrijven), hier als Watervisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: B5 staand in Liberation Sans 9 pt met DejaVu Serif-koppen, hoofdstukken "1." … "5.", paragrafen "1.1" en "2.3.1", kopregel "Hoogheemraadschap van Rijnland" met het hoofdstuk als veld, voettekst "Watervisie Rijnland 2050 | versie vastgesteld 6 oktober 2027" met paginanummer, inhoudsopgave van twee niveaus, ▪-lijsten en een lijst "i.", een tabel, echte voetnoten, besluit van de verenigde vergadering met "b e s l u i t :" en Artikel 1–3 (inwerkingtreding op een datum), visie als "Bijlage I", GIO-tabel Werkingsgebied | Identificatie | Thema in "Bijlage II" (holdout)',
  bevoegdGezag: bg,
  naam: 'Hoogheemraadschap van Rijnland',
  title: 'Watervisie Rijnland 2050',
  style: {
    font: 'Liberation Sans',
    size: 9,
    headingFont: 'DejaVu Serif',
    headingSizes: [15, 11.5, 9.5, 9],
    headingColor: '#00558C',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17.6, height: 25, top: 2.2, bottom: 2.2, left: 2, right: 2 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '▪', font: 'DejaVu Sans' }, { char: '–' }] },
      Romeins: { kind: 'number', levels: [{ format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Hoogheemraadschap van Rijnland\t\t{chapter}'],
        footer: ['Watervisie Rijnland 2050 | versie vastgesteld 6 oktober 2027\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #00558C',
    tableHeaderBg: '#D9E8F3',
    tableFontSize: 8,
    tussenkop: { bold: true, color: '#00558C', size: 9 },
  },
  besluit: {
    opschrift: 'Besluit van de verenigde vergadering van het Hoogheemraadschap van Rijnland tot vaststelling van de Watervisie Rijnland 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-11-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Hoogheemraadschap van Rijnland · Archimedesweg 1, Leiden · registratienummer 2027-0412' },
      { t: 'p', style: 'label', text: 'Besluit van de verenigde vergadering van het Hoogheemraadschap van Rijnland tot vaststelling van de Watervisie Rijnland 2050' },
      { t: 'p', text: 'De verenigde vergadering van het Hoogheemraadschap van Rijnland;' },
      { t: 'p', text: 'gelezen het voorstel van dijkgraaf en hoogheemraden van 31 augustus 2027;' },
      { t: 'p', text: 'overwegende dat het hoogheemraadschap zijn langetermijnkoers voor droge voeten, voldoende en schoon water wil vastleggen in een omgevingsvisie, zodat gemeenten, provincie en initiatiefnemers weten waar Rijnland voor staat;' },
      { t: 'p', text: 'gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Watervisie Rijnland 2050, opgenomen in bijlage I bij dit besluit, wordt vastgesteld als omgevingsvisie als bedoeld in artikel 3.1, derde lid, van de Omgevingswet.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De werkingsgebieden van de visie zijn vastgelegd in de geografische informatieobjecten van bijlage II.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 november 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de verenigde vergadering van 6 oktober 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.C. van den Berg'], right: ['de dijkgraaf,', '', '', 'drs. M.G. Lamberts'] },
    ],
  },
  visie: {
    opschrift: 'Watervisie Rijnland 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage I bij het besluit van de verenigde vergadering van 6 oktober 2027' },
      { t: 'p', style: 'title', text: 'Watervisie Rijnland 2050' },
      { t: 'p', style: 'subtitle', text: 'Waardevol water: droge voeten en schoon water, samen met de omgeving' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Onze ambitie' },
      { t: 'p', text: 'Nederland ligt voor een groot deel onder zeeniveau. Dat we hier kunnen wonen, werken en recreëren is niet vanzelfsprekend. Water is een maatschappelijke opgave, en Rijnland wil samen met zijn omgeving werken aan duurzaam waterbeheer.' },
      { t: 'h', l: 2, text: 'Wij doen ons werk voor en samen met inwoners en bedrijven' },
      { t: 'p', text: 'Het beheergebied van Rijnland strekt zich uit van de duinen bij Katwijk tot de Nieuwkoopse Plassen en van Haarlem tot Gouda.[^Het beheergebied omvat geheel of gedeeltelijk het grondgebied van een dertigtal gemeenten in Zuid-Holland, Noord-Holland en Utrecht.] Ruim 1,3 miljoen mensen wonen er.' },
      { t: 'h', l: 2, text: 'Duurzaam en innovatief, tegen zo laag mogelijke kosten' },
      { t: 'p', text: 'We werken energieneutraal in 2050 en winnen grondstoffen terug uit afvalwater.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstukken 2 tot en met 5 beschrijven per thema onze ambitie, de doelen tot 2050 en hoe we daaraan werken.' },
      { t: 'h', l: 1, text: 'Waterveiligheid' },
      { t: 'p', text: '**Onze ambitie:** wij beschermen onze omgeving tegen overstromingen.' },
      { t: 'h', l: 2, text: 'Wij beschermen tegen overstromingen' },
      { t: 'p', text: 'Preventie is de eerste laag: sterke duinen, dijken en kaden. Rijnland beheert de primaire kering langs de kust en honderden kilometers boezemkade.' },
      { t: 'h', l: 3, text: 'Primaire keringen' },
      { t: 'p', text: 'De kust van Noordwijk tot Zandvoort houden we samen met Rijkswaterstaat op sterkte.' },
      { t: 'h', l: 3, text: 'Regionale keringen' },
      { t: 'p', text: 'De boezemkaden toetsen we elke twaalf jaar en versterken we waar nodig.' },
      { t: 'h', l: 2, text: 'Wij adviseren over het beperken van de gevolgen' },
      { t: 'p', text: 'Gevolgbeperking is de tweede laag. We adviseren gemeenten over waterrobuust bouwen en over vluchtroutes.' },
      { t: 'h', l: 2, text: 'Wij bereiden ons goed voor op calamiteiten' },
      { t: 'p', text: 'De derde laag is calamiteitenzorg. We oefenen jaarlijks met de veiligheidsregio’s:' },
      { t: 'ul', list: 'Blok', items: ['hoogwater op de boezem;', 'een doorbraak van een regionale kering;', { text: 'langdurige droogte, met', sub: ['verzilting van de polders;', 'bodemdaling in het veenweidegebied.'] }] },
      { t: 'h', l: 1, text: 'Voldoende water' },
      { t: 'p', text: '**Onze ambitie:** we zorgen voor voldoende water, niet te veel en niet te weinig.' },
      { t: 'h', l: 2, text: 'Wij zorgen ervoor dat de waterpeilen kloppen' },
      { t: 'p', text: 'In peilbesluiten leggen we de waterpeilen vast. We wegen daarbij de belangen van landbouw, natuur, wonen en erfgoed af.' },
      { t: 'h', l: 2, text: 'Wij zorgen voor de instandhouding van het watersysteem' },
      { t: 'p', text: 'Gemalen, stuwen en watergangen houden we in stand. De legger beschrijft wie welk water onderhoudt.' },
      { t: 'h', l: 2, text: 'Wij beperken de gevolgen van wateroverlast' },
      { t: 'p', text: 'Bij hevige regenval moet het water ergens heen. We maken ruimte voor water in de polders en in de stad.' },
      { t: 'h', l: 3, text: 'Waterbergingsgebieden' },
      { t: 'p', text: 'We reserveren gebieden waar de boezem bij extreme neerslag tijdelijk mag overlopen.' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie in de stad' },
      { t: 'p', text: 'Samen met de gemeenten maken we stresstesten en voeren we risicodialogen.' },
      { t: 'h', l: 2, text: 'Wij zorgen waar mogelijk voor voldoende zoetwater' },
      { t: 'p', text: 'In droge zomers laten we zoetwater in via Gouda. We kiezen in volgorde:' },
      { t: 'ol', list: 'Romeins', items: ['water vasthouden waar het valt;', 'water zuinig verdelen;', 'water aanvoeren van buiten.'] },
      { t: 'h', l: 1, text: 'Schoon en gezond water' },
      { t: 'p', text: '**Onze ambitie:** Rijnlands water is schoon.' },
      { t: 'h', l: 2, text: 'Wij verminderen de watervervuiling' },
      { t: 'p', text: 'Samen met de landbouw en de gemeenten pakken we de bronnen van vervuiling aan: meststoffen, gewasbeschermingsmiddelen en medicijnresten.' },
      { t: 'h', l: 2, text: 'Wij realiseren schone meren, plassen en natuurgebieden' },
      { t: 'p', text: 'De Nieuwkoopse Plassen, de Reeuwijkse Plassen en de Kagerplassen krijgen voorrang.[^Voor de Natura 2000-gebieden stelt de provincie de doelen vast; Rijnland zorgt voor de waterkwaliteit die daarvoor nodig is.]' },
      {
        t: 'table',
        cols: [4.4, 4.4, 4.8],
        header: ['Water', 'Toestand 2027', 'Doel 2050'],
        rows: [
          ['Nieuwkoopse Plassen', 'matig', 'goed'],
          ['Reeuwijkse Plassen', 'ontoereikend', 'goed'],
          ['Kagerplassen', 'matig', 'goed, helder water'],
        ],
      },
      { t: 'h', l: 2, text: 'Wij maken zwemwaterlocaties schoon en veilig' },
      { t: 'p', text: 'Op de officiële zwemwaterlocaties meten we het hele seizoen door.' },
      { t: 'h', l: 1, text: 'De waterketen' },
      { t: 'p', text: '**Onze ambitie:** we optimaliseren de verwerking van het afvalwater.' },
      { t: 'h', l: 2, text: 'Wij zuiveren het afvalwater' },
      { t: 'p', text: 'Onze rioolwaterzuiveringen zuiveren het afvalwater van huishoudens en bedrijven.' },
      { t: 'h', l: 2, text: 'Wij werken samen in de waterketen' },
      { t: 'p', text: 'Met gemeenten en drinkwaterbedrijven stemmen we riolering, zuivering en drinkwater op elkaar af.' },
      { t: 'h', l: 2, text: 'Wij winnen energie en grondstoffen terug' },
      { t: 'p', text: 'Uit slib maken we biogas; fosfaat en cellulose winnen we terug.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage II', nummer: 'II', text: 'Werkingsgebieden van de Watervisie', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [3.6, 7.4, 2.6], header: ['Werkingsgebied', 'Identificatie', 'Thema'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Beheergebied Rijnland', 'beheergebied-rijnland', 'alle', [0, 0], 9),
    gio('Kustzone Noordwijk–Zandvoort', 'kustzone-noordwijk-zandvoort', 'hoofdstuk 2', [-6, 4], 2),
    gio('Waterbergingsgebieden', 'waterbergingsgebieden', 'hoofdstuk 3', [3, -2], 2),
    gio('Plassengebieden', 'plassengebieden', 'hoofdstuk 4', [6, -5], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'watervisie-rijnland-2050', regeling: 'watervisie-rijnland-2050', doel: 'watervisie-rijnland-2050' },
    datums: { vaststelling: '2027-10-06', ondertekening: '2027-10-06', bekendmaking: '2027-10-13', inwerkingtreding: '2027-11-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0616',
  },
  geo: { origin: [98000, 462000] },
  meubilair: ['^Hoogheemraadschap van Rijnland( \\d+\\..*)?$', '^Watervisie Rijnland 2050 \\| versie vastgesteld 6 oktober 2027( \\d+)?$'],
}
export default doc

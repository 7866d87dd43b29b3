/**
 * h227 — gemeente Heerde (gm0246), holdout (session 14): the Gelderse gemeente on the flank of the Veluwe and the
 * IJssel with the kernen Heerde, Wapenveld, Hoorn, Veessen and Vorchten. Content after the public texts on the
 * "Omgevingsvisie Heerde" (ontwerp ter inzage tot 5 december 2023; written with inwoners and partnerorganisaties via
 * samenwerkenaanheerde.nl; horizon 2040, "over alles wat we zien, ruiken of horen"; the sterke kanten per deelgebied,
 * toekomstgesprekken in three places, nine opgaven for the next twenty years on woningbouw, recreatie, klimaat and
 * natuur; the weteringengebied against the woongebieden of Heerde, Wapenveld and Hoorn; the landschap from Veluwe to
 * IJssel), here as the visie of 2028, shortened and partly in our own words. Layout: LibreOffice, A4, DejaVu Sans
 * 9.5 pt with DejaVu Serif headings; chapters "1." with a dot (nummer "1"), sections "1.1", a third level "4.2.1";
 * table of contents "Inhoudsopgave" of two levels; header "Omgevingsvisie Heerde 2040 | april 2028" left, footer "pagina N"
 * centred; the nine opgaven as a numbered list; bullets "–"; a table of the deelgebieden; raadsbesluit with
 * NUMBERED BESLISPUNTEN "1." … "3." as Artikelen; GIO overview as lines "naam: identificatie" in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0246'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-04-04', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Streep', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h227',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Heerde" (ontwerp ter inzage tot 5 december 2023, geschreven met inwoners en partnerorganisaties via samenwerkenaanheerde.nl; horizon 2040, "over alles wat we zien, ruiken of horen"; sterke kanten per deelgebied, toekomstgesprekken op drie plekken, negen opgaven voor de komende twintig jaar over woningbouw, recreatie, klimaat en natuur; het weteringengebied tegenover de woongebieden van Heerde, Wapenveld en Hoorn; het landschap van Veluwe tot IJssel), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, DejaVu Sans 9,5 pt met DejaVu Serif-koppen, hoofdstukken "1." met punt (nummer "1"), paragrafen "1.1", een derde niveau "4.2.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst "Omgevingsvisie Heerde 2040 | april 2028" links, voettekst "pagina N" gecentreerd, de negen opgaven als genummerde lijst, opsommingen "–", een tabel van de deelgebieden, raadsbesluit met genummerde beslispunten als Artikelen, GIO-overzicht als regels "naam: identificatie" in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Heerde',
  title: 'Omgevingsvisie Heerde 2040',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingFont: 'DejaVu Serif',
    headingSizes: [16, 12, 10, 9.5],
    headingColor: '#7a3b12',
    lineHeight: 135,
    spaceAfter: 0.2,
    page: A4(2.0, 2.0, 2.5, 2.0),
    outline: [
      { format: '1', display: 1, suffix: '.', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Heerde 2040 | april 2028'],
        footer: ['\tpagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #7a3b12',
    tableHeaderBg: '#f1e4d8',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Heerde tot vaststelling van de Omgevingsvisie Heerde 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Heerde tot vaststelling van de Omgevingsvisie Heerde 2040' },
      p('Raadsvergadering: 4 april 2028'),
      p('Registratienummer: 2028-004512'),
      p('De raad van de gemeente Heerde;'),
      p('gelezen het voorstel van burgemeester en wethouders van 6 maart 2028;'),
      p('overwegende dat de omgevingsvisie is geschreven met bijdragen van partnerorganisaties en inwoners, de inzet van raadsleden en het college en de vakkennis van veel gemeentelijke medewerkers, en dat het ontwerp van 19 oktober tot en met 30 november 2027 ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Heerde 2040 vast te stellen, bestaande uit de tekst en de geografische informatieobjecten die in bijlage A worden genoemd.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Structuurvisie Heerde 2025 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 mei 2028.'),
      p('Aldus besloten in de openbare raadsvergadering van 4 april 2028.'),
      { t: 'sign', left: ['De raad voornoemd,', 'de griffier,', '', 'drs. M.E. Hovestad'], right: ['', 'de voorzitter,', '', 'W.J. de Kruijf'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Heerde 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Heerde 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan Heerde — van Veluwe tot IJssel' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Een visie over alles wat we zien, ruiken of horen'),
      p('De gemeente Heerde heeft, samen met inwoners en partnerorganisaties, beschreven hoe Heerde eruit zou kunnen zien in 2040. Deze omgevingsvisie gaat over onze leefomgeving: over alles wat we zien, ruiken of horen.'),
      p('In de omgevingsvisie staat op welke belangrijke onderwerpen we ons de komende jaren willen concentreren en in welke richting we ons als gemeente willen ontwikkelen.'),
      h(2, 'Een visie van ons allemaal'),
      p('De visie is geschreven met bijdragen van partnerorganisaties en inwoners, de inzet van raadsleden en het college van burgemeester en wethouders en de vakkennis van veel verschillende medewerkers. Het is dus een visie van ons allemaal. Inwoners vulden een enquête in, vulden de beschrijving van de sterke kanten aan en praatten mee in toekomstgesprekken op drie plekken in de gemeente.'),
      h(2, 'Wat kunt u met de omgevingsvisie?'),
      p('U leest hierin ook wat we de komende vijftien jaar willen bereiken in het deel van de gemeente waar u woont. Onze ideeën voor het weteringengebied zijn weer anders dan die voor de woongebieden van Heerde, Wapenveld en Hoorn.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft de sterke kanten van Heerde. Hoofdstuk 3 noemt de negen opgaven. Hoofdstuk 4 werkt ze uit per deelgebied en hoofdstuk 5 gaat over de manier waarop we met de visie werken.'),
      { t: 'break' },
      h(1, 'De sterke kanten van Heerde'),
      h(2, 'Van Veluwe tot IJssel'),
      p('Heerde kent een afwisseling van fraaie landschappen met een rijke cultuurhistorie: de bossen en heide van de Veluwe, de overgangszone met essen en landgoederen, het weteringengebied en de uiterwaarden van de IJssel.'),
      h(2, 'Dorpen met een eigen karakter'),
      p('Heerde, Wapenveld en Hoorn zijn de woongebieden; Veessen en Vorchten zijn dijkdorpen aan de IJssel. Ze hebben elk een eigen gemeenschap en verenigingsleven.'),
      h(2, 'Rust en ruimte'),
      p('Bezoekers van de Veluwe, het Heerderstrand en de IJsseldijk komen voor de rust en de ruimte. Die kwaliteiten willen we koesteren.'),
      { t: 'break' },
      h(1, 'Negen opgaven'),
      h(2, 'Waar we samen aan werken'),
      p('De negen opgaven laten zien waar we de komende twintig jaar samen aan willen werken en hoe we dat kunnen doen:'),
      ol([
        'voldoende en passende woningen voor alle generaties;',
        'vitale dorpskernen met voorzieningen op loopafstand;',
        'een sterk en gevarieerd lokaal bedrijfsleven;',
        'recreatie en toerisme in balans met natuur en landschap;',
        'een toekomstbestendige landbouw;',
        'een klimaatbestendige en waterrobuuste inrichting;',
        'de overstap naar duurzame energie;',
        'meer biodiversiteit en een sterk natuurnetwerk;',
        'een gezonde en veilige leefomgeving.',
      ]),
      h(2, 'Samenhang tussen de opgaven'),
      p('De opgaven hangen met elkaar samen. Woningbouw raakt aan klimaat en water, landbouw aan natuur en landschap. Daarom zoeken we naar combinaties die meerdere opgaven tegelijk dienen.'),
      { t: 'break' },
      h(1, 'De deelgebieden'),
      h(2, 'Overzicht'),
      p('We onderscheiden drie deelgebieden met elk een eigen koers:'),
      {
        t: 'table',
        cols: [4.2, 5.0, 7.3],
        header: ['Deelgebied', 'Kernen en plekken', 'Koers tot 2040'],
        rows: [
          ['Veluwe en overgangszone', 'bossen, heide, landgoederen, Heerderstrand', 'beschermen, rustige recreatie'],
          ['Woongebieden', 'Heerde, Wapenveld, Hoorn', 'bouwen binnen en aan de randen, groen in de wijk'],
          ['Weteringengebied en IJssel', 'Veessen, Vorchten, uiterwaarden', 'landbouw, water en natuur in samenhang'],
        ],
      },
      h(2, 'De woongebieden'),
      h(3, 'Heerde'),
      p('Het centrum van Heerde blijft het hart voor winkels en voorzieningen. Nieuwe woningen komen bij voorkeur op inbreidingslocaties en in de uitbreiding aan de westkant.'),
      h(3, 'Wapenveld en Hoorn'),
      p('Wapenveld houdt een eigen basisvoorzieningenniveau. In Hoorn bouwen we kleinschalig, passend bij het karakter van het dorp.'),
      h(2, 'Het weteringengebied'),
      h(3, 'Landbouw en landschap'),
      p('Het open weteringengebied is het domein van de grondgebonden landbouw. We geven ruimte aan bedrijven die investeren in landschap, water en natuur:'),
      ul(['behoud van de openheid en de zichtlijnen naar de IJssel;', { text: 'erven met nieuwe functies', sub: ['wonen in vrijkomende boerderijen;', 'kleinschalige bedrijvigheid en zorg.'] }, 'extensivering op de overgang naar Natura 2000.']),
      h(3, 'Water'),
      p('Samen met waterschap Vallei en Veluwe houden we regenwater langer vast in de weteringen en de beekdalen.'),
      h(2, 'De Veluwe en de overgangszone'),
      p('De Veluwe is Natura 2000-gebied. Wij kiezen hier voor behoud en herstel van natuur en voor rustige vormen van recreatie.'),
      { t: 'break' },
      h(1, 'Werken met de visie'),
      h(2, 'Programma’s en omgevingsplan'),
      p('We werken de visie uit in programma’s en vertalen keuzes naar regels in het omgevingsplan.'),
      h(2, 'Initiatieven'),
      p('Hebt u een initiatief? Pak de omgevingsvisie erbij en laat u inspireren. Via samenwerkenaanheerde.nl blijven we met u in gesprek.'),
      h(2, 'Actualisatie'),
      p('Elke vier jaar bekijken we of de visie nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeentegrens Heerde', 'gemeentegrens-heerde', [0, 0], 8),
    gio('Deelgebied Veluwe en overgangszone', 'deelgebied-veluwe', [-2, 0.5], 2),
    gio('Deelgebied woongebieden', 'deelgebied-woongebieden', [0, 0], 1),
    gio('Deelgebied weteringengebied en IJssel', 'deelgebied-weteringengebied', [2, 0], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-heerde-2040', regeling: 'omgevingsvisie-heerde-2040', doel: 'omgevingsvisie-heerde-2040' },
    datums: { vaststelling: '2028-04-04', ondertekening: '2028-04-04', bekendmaking: '2028-04-13', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0246',
  },
  geo: { origin: [199000, 496000] },
  meubilair: ['^Omgevingsvisie Heerde 2040 \\| april 2028$', '^pagina \\d+$'],
}
export default doc

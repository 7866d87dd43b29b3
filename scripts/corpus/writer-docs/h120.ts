/**
 * h120 — gemeente Oosterhout (gm0826), holdout (session 12): a gemeente of about 56.000 inwoners in West-Brabant
 * (the stad Oosterhout and the kerkdorpen Den Hout, Dorst and Oosteind, with hamlets as Seters, Vrachelen and
 * Steelhoven; part of the Baronie van Breda). Content after the public pages on the Omgevingsvisie Oosterhout (adopted
 * by the raad on 23 november 2021; a concretisation of the Toekomstvisie 2030 of 2018; besides a thematic part with
 * five koepelthema's — leefbaar, gezond en aantrekkelijk wonen; economische vitaliteit; identiteit en ruimtelijke
 * kwaliteit; duurzaam, energieneutraal en klimaatbestendig; bereikbaarheid, mobiliteit en toegankelijkheid — a
 * GEBIEDSGERICHT part giving per wijk, kerkdorp, bedrijventerrein or part of the buitengebied a short kenschets, the
 * hoofdopgaven and the ontwikkelingsrichting; the sociale domein taken in; rondetafelgesprekken with 124 invited
 * organisations, all digital because of corona; new opgaven worked out in programma's), here as a revised visie of
 * 2027, shortened and partly in our own words. Layout: A5 in DejaVu Sans 8 pt with DejaVu Serif headings; chapters
 * "1." … "5.", SECTIONS NUMBERED ONLY WITHIN THEIR CHAPTER "§ 1", "§ 2", … RESTARTING IN EVERY CHAPTER (nummer "1",
 * "2" … in the truth; two heading levels); no table of contents; footer "Omgevingsvisie Oosterhout | pagina n"
 * centred; lists "–" and "1."; a table; TWO FOOTNOTES WITH LONG TEXT; raadsbesluit "gelet op …; b e s l u i t :"
 * with an ENIG ARTIKEL that also names the inwerkingtreding (cannot be delivered: levering VISIE-863); visie as
 * "Bijlage 1"; GIO table Naam | Identificatie | Toelichting in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0826'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-26', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h120',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie Oosterhout (vastgesteld door de raad op 23 november 2021; een uitwerking van de Toekomstvisie 2030 uit 2018; naast een thematisch deel met vijf koepelthema\'s — leefbaar, gezond en aantrekkelijk wonen; economische vitaliteit; identiteit en ruimtelijke kwaliteit; duurzaam, energieneutraal en klimaatbestendig; bereikbaarheid, mobiliteit en toegankelijkheid — een GEBIEDSGERICHT deel met per wijk, kerkdorp, bedrijventerrein of deel van het buitengebied een kenschets, de hoofdopgaven en de ontwikkelingsrichting; het sociale domein meegenomen; rondetafelgesprekken met 124 uitgenodigde organisaties, digitaal vanwege corona; nieuwe opgaven uitgewerkt in programma\'s), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A5 in DejaVu Sans 8 pt met DejaVu Serif-koppen, hoofdstukken "1." … "5.", PARAGRAFEN ALLEEN BINNEN HUN HOOFDSTUK GENUMMERD "§ 1", "§ 2" …, IN ELK HOOFDSTUK OPNIEUW (twee kopniveaus), geen inhoudsopgave, voettekst "Omgevingsvisie Oosterhout | pagina n" gecentreerd, lijsten "–" en "1.", een tabel, TWEE VOETNOTEN MET LANGE TEKST, raadsbesluit "gelet op …; b e s l u i t :" met een ENIG ARTIKEL dat ook de inwerkingtreding noemt (niet te leveren: levering VISIE-863), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Oosterhout',
  title: 'Omgevingsvisie Oosterhout 2027',
  style: {
    font: 'DejaVu Sans',
    size: 8,
    headingFont: 'DejaVu Serif',
    headingSizes: [14, 10.5, 9, 8.5],
    headingColor: '#A3173A',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.8, left: 1.7, right: 1.5 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 1, prefix: '§ ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['\tOmgevingsvisie Oosterhout | pagina {page}'] },
    },
    tableBorder: '0.5pt solid #A3173A',
    tableHeaderBg: '#F4E1E6',
    tableFontSize: 7.5,
    tussenkop: { bold: true, color: '#A3173A', size: 8 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Oosterhout tot vaststelling van de Omgevingsvisie Oosterhout 2027',
    artikelen: [''],
    inwerkingtreding: '2027-12-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Oosterhout · raadsbesluit RV 27.0481' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Oosterhout tot vaststelling van de Omgevingsvisie Oosterhout 2027' },
      { t: 'p', text: 'De raad van de gemeente Oosterhout;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 7 september 2027, nummer RV 27.0481;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Enig artikel' },
      { t: 'p', text: 'De Omgevingsvisie Oosterhout 2027, bestaande uit de visie in bijlage 1 en de werkingsgebieden van bijlage 2, vast te stellen en de Omgevingsvisie Oosterhout, vastgesteld op 23 november 2021, in te trekken, met ingang van 1 december 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van 26 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. C.A.M. Hendrickx'], right: ['de voorzitter,', '', '', 'M.J. Buijs'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Oosterhout 2027',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit RV 27.0481' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Oosterhout 2027' },
      { t: 'p', style: 'subtitle', text: 'Samen met wijken en dorpen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'In de omgevingsvisie legt de gemeente haar doelen vast voor de fysieke leefomgeving: natuur, milieu, lucht, water, bodem, gebouwen, woningen en wegen. Het gaat om doelen die we over een lange periode willen halen, voor het hele grondgebied van de gemeente.[^De eerste Omgevingsvisie Oosterhout is op 23 november 2021 door de gemeenteraad vastgesteld en verving de verouderde structuurvisie. Deze herziening van 2027 verwerkt de programma’s die sindsdien zijn vastgesteld, waaronder het programma Wonen 2025–2030 en de Toekomstvisie lichtere bedrijvigheid, en de afspraken uit de regionale energiestrategie West-Brabant; zij verandert niets aan de opbouw met een thematisch en een gebiedsgericht deel.]' },
      { t: 'h', l: 2, text: 'Het sociale domein hoort erbij' },
      { t: 'p', text: 'Hoe de leefomgeving eruitziet heeft invloed op hoe we ons voelen en gedragen, en andersom. Daarom nemen wij ook sociale doelen op: doelen waar we samen met dorpen, wijken en buurten aan werken.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'Over ieder thema en deelgebied is nagedacht in ambtelijke werkgroepen uit het fysieke, economische en sociale domein. Voor rondetafelgesprekken zijn 124 organisaties uitgenodigd.[^Alle participatieactiviteiten voor de eerste visie vonden digitaal plaats, vanwege de maatregelen rond het coronavirus. Daardoor was de deelname aan de rondetafelgesprekken groot: voor inwoners en ondernemers is het makkelijker ’s avonds digitaal deel te nemen dan fysiek. Voor deze herziening hebben wij daarom online en fysieke bijeenkomsten gecombineerd, in het Arendshof, in de dorpshuizen van Dorst, Den Hout en Oosteind en op de markt in het centrum.]' },

      { t: 'h', l: 1, text: 'Oosterhout in 2040' },
      { t: 'h', l: 2, text: 'Toekomstvisie' },
      { t: 'p', text: 'De omgevingsvisie is een concretisering van de Toekomstvisie 2030. Oosterhout is een groene, levendige stad met kerkdorpen die hun eigen karakter houden.' },
      { t: 'h', l: 2, text: 'Kernkwaliteiten' },
      { t: 'ul', list: 'Streep', items: ['de historische binnenstad met de Heilige Kerk en de begijnhof;', 'de kerkdorpen Den Hout, Dorst en Oosteind;', { text: 'het landschap rond de stad:', sub: ['de landgoederen en de Oosterhoutse Vennen;', 'het open polderland ten noorden van de A59.'] }] },

      { t: 'h', l: 1, text: 'Thema’s' },
      { t: 'p', text: 'Vijf koepelthema’s gelden voor de hele gemeente.' },
      { t: 'h', l: 2, text: 'Leefbaar, gezond en aantrekkelijk wonen' },
      { t: 'p', text: 'We bouwen voor starters, ouderen en gezinnen, in de stad en in de kerkdorpen, zodat iedereen een passende woning kan vinden.' },
      { t: 'h', l: 2, text: 'Economische vitaliteit' },
      { t: 'p', text: 'De bedrijventerreinen blijven vitaal. Voor lichtere bedrijvigheid zoeken wij plaatsen dicht bij de woonwijken.' },
      { t: 'h', l: 2, text: 'Identiteit en ruimtelijke kwaliteit' },
      { t: 'p', text: 'Nieuwe ontwikkelingen sluiten aan bij het karakter van de plek: het beschermd stadsgezicht, de linten van de dorpen, het landgoederenlandschap.' },
      { t: 'h', l: 2, text: 'Duurzaam, energieneutraal en klimaatbestendig' },
      { t: 'p', text: 'In 2050 is Oosterhout energieneutraal. We vergroenen verharde pleinen en tuinen tegen hitte en wateroverlast.' },
      { t: 'h', l: 2, text: 'Bereikbaarheid, mobiliteit en toegankelijkheid' },
      { t: 'p', text: 'De fiets krijgt voorrang in de stad; de aansluitingen op de A27 en de A59 houden we op orde.' },

      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'p', text: 'Voor ieder gebied noemen we na een korte kenschets de hoofdopgaven en de ontwikkelingsrichting.' },
      {
        t: 'table',
        cols: [3.4, 4, 4.2],
        header: ['Gebied', 'Kenschets', 'Hoofdopgave'],
        rows: [
          ['Centrum', 'historische binnenstad', 'levendigheid en wonen boven winkels'],
          ['Oosterheide', 'wijk uit de jaren zestig', 'vernieuwing en vergroening'],
          ['Dorst', 'kerkdorp met eigen voorzieningen', 'woningen voor jongeren en ouderen'],
          ['Den Hout', 'kerkdorp aan de Markkant', 'behoud van het dorpse karakter'],
          ['Oosteind', 'lintdorp', 'verkeersveiligheid van het lint'],
          ['Weststad', 'bedrijventerrein', 'verduurzaming en intensivering'],
        ],
      },
      { t: 'h', l: 2, text: 'Centrum' },
      { t: 'p', text: 'De binnenstad blijft het hart van Oosterhout, met winkels, horeca en cultuur rond de Markt en de Heuvel.' },
      { t: 'h', l: 2, text: 'Oosterheide' },
      { t: 'p', text: 'De wijk krijgt meer groen en nieuwe woningen voor ouderen dicht bij het winkelcentrum Zuiderhout.' },
      { t: 'h', l: 2, text: 'Dorst' },
      { t: 'p', text: 'Dorst groeit beperkt, in de eerste plaats voor de eigen inwoners.' },
      { t: 'h', l: 2, text: 'Den Hout' },
      { t: 'p', text: 'Het open landschap rond de Markkant en de karakteristieke lintbebouwing blijven behouden.' },
      { t: 'h', l: 2, text: 'Oosteind' },
      { t: 'p', text: 'Het lint van Oosteind wordt veiliger voor fietsers en voetgangers.' },
      { t: 'h', l: 2, text: 'Bedrijventerrein Weststad' },
      { t: 'p', text: 'We verduurzamen het terrein met zonnedaken, een warmtenet en meer groen.' },
      { t: 'h', l: 2, text: 'Buitengebied' },
      { t: 'p', text: 'In het buitengebied werken wij aan:' },
      { t: 'ol', list: 'Nummer', items: ['natuurontwikkeling rond de Oosterhoutse Vennen;', 'een toekomst voor de agrarische bedrijven;', 'recreatieve routes tussen stad en landgoederen.'] },

      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s' },
      { t: 'p', text: 'Nieuwe opgaven worden in de omgevingsvisie geagendeerd en in de vorm van programma’s uitgewerkt.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'We volgen de ontwikkelingen per gebied en actualiseren de visie zo nodig.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [3, 5.8, 2.8], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Oosterhout', 'gemeente-oosterhout', 'hele grondgebied', [0, 0], 5),
    gio('Centrum Oosterhout', 'centrum-oosterhout', 'hoofdstuk 4, § 1', [0, 0.5], 0.5),
    gio('Bedrijventerrein Weststad', 'bedrijventerrein-weststad', 'hoofdstuk 4, § 6', [-2, 0.3], 0.8),
    gio('Oosterhoutse Vennen', 'oosterhoutse-vennen', 'hoofdstuk 4, § 7', [2, -2], 1.2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-oosterhout-2027', regeling: 'omgevingsvisie-oosterhout', doel: 'omgevingsvisie-oosterhout-2027' },
    datums: { vaststelling: '2027-10-26', ondertekening: '2027-10-26', bekendmaking: '2027-11-03', inwerkingtreding: '2027-12-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0826',
  },
  geo: { origin: [113000, 405000] },
  levering: {
    blokkerend: ['VISIE-863'],
    reden: 'Enig artikel that adopts the visie and names its inwerkingtreding: no plain Artikel for the Tijdstempel (BHKV1010), so no juridischWerkendVanaf (LVBB3519)',
  },
  meubilair: ['^Omgevingsvisie Oosterhout \\| pagina \\d+$'],
}
export default doc

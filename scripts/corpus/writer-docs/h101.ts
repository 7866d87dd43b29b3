/**
 * h101 — Waterschap Aa en Maas (ws0654), holdout (session 12): the optional omgevingsvisie of a waterschap in
 * Oost-Brabant ('s-Hertogenbosch, the Aa, the Dieze, the Raam, the Drongelens Kanaal, the Maasdijken, the Peelrand
 * with its wijstgronden, the Peel and the Maaskant). Content after the public texts of Aa en Maas on its
 * Waterbeheerplan 2022–2027 and its Bestuursakkoord 2023–2027 "Zonder bodem en water geen later" (the themes veilig en
 * bewoonbaar, voldoende water en robuust watersysteem, gezond en natuurlijk water, schoon water; the Maasdijk with
 * Ravenstein–Lith, Doeveren and Cuijk–Ravenstein; waterhouderijen and automated stuwen; in bebouwd gebied schoon water
 * that feeds the grondwater instead of going to the zuivering; samen werken aan water, voor nu en later), here as
 * a "Watervisie Aa en Maas 2050" adopted by the algemeen bestuur in 2027, shortened and partly in our own words.
 * Layout: A4 in Liberation Sans 9.5 pt; chapters "Thema 1" … "Thema 5" (the word in the numbering), sections "1.1",
 * a third level "2.1.1"; header "Waterschap Aa en Maas" with the chapter name as a field at the right, footer
 * "Watervisie Aa en Maas 2050 · vastgesteld 25 november 2027" + page; table of contents of two levels; real
 * footnotes; lists "1." with "a)" nested under it and "•"; a table; besluit of the algemeen bestuur ("gelezen het
 * voorstel van het dagelijks bestuur", "b e s l u i t :"), Artikel 1–4 (a date); visie as "Bijlage 1"; the GIO
 * overview as LINES "naam: identificatie" in "Bijlage 2"; an unnumbered "Begrippenlijst" after it.
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'ws0654'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-25', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h101',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van Waterschap Aa en Maas over zijn Waterbeheerplan 2022–2027 en Bestuursakkoord 2023–2027 "Zonder bodem en water geen later" (veilig en bewoonbaar; voldoende water en robuust watersysteem; gezond en natuurlijk water; schoon water; de Maasdijk met Ravenstein–Lith, Doeveren en Cuijk–Ravenstein; waterhouderijen; schoon water in bebouwd gebied dat het grondwater voedt; samen werken aan water, voor nu en later), hier als optionele "Watervisie Aa en Maas 2050" van het algemeen bestuur van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, hoofdstukken "Thema 1" … "Thema 5" (het woord in de nummering), paragrafen "1.1" en "2.1.1", kopregel "Waterschap Aa en Maas" met de hoofdstuknaam als veld, voettekst "Watervisie Aa en Maas 2050 · vastgesteld 25 november 2027" met paginanummer, inhoudsopgave van twee niveaus, voetnoten, lijsten "1." met geneste "a)" en "•", een tabel, besluit van het algemeen bestuur met Artikel 1–4 (datum), visie als "Bijlage 1", GIO-overzicht als regels "naam: identificatie" in "Bijlage 2", daarna een ongenummerde "Begrippenlijst" (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Aa en Maas',
  title: 'Watervisie Aa en Maas 2050',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 10.5, 9.5],
    headingColor: '#00558C',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: A4(2.2, 2.2, 2.4, 2.2),
    outline: [
      { format: '1', display: 1, prefix: 'Thema ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Waterschap Aa en Maas\t\t{chaptername}'],
        footer: ['Watervisie Aa en Maas 2050 · vastgesteld 25 november 2027\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #00558C',
    tableHeaderBg: '#DCEBF5',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#00558C' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Aa en Maas tot vaststelling van de Watervisie Aa en Maas 2050',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Waterschap Aa en Maas · registratienummer 27IT041233' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Aa en Maas tot vaststelling van de Watervisie Aa en Maas 2050' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Aa en Maas;' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 12 oktober 2027;' },
      { t: 'p', text: 'overwegende dat het waterschap in een watervisie wil vastleggen hoe het water- en bodemsysteem van Oost-Brabant tot 2050 richting geeft aan de ruimtelijke keuzes van gemeenten, provincie en waterschap;' },
      { t: 'p', text: 'gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Watervisie Aa en Maas 2050, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De werkingsgebieden van de watervisie zijn de geografische informatieobjecten, genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', style: 'artikel', text: 'Artikel 4' },
      { t: 'p', text: 'Dit besluit wordt aangehaald als: Watervisie Aa en Maas 2050.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 25 november 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.J.C. Verbeek'], right: ['de dijkgraaf,', '', '', 'drs. L.J.M. van Hulten'] },
    ],
  },
  visie: {
    opschrift: 'Watervisie Aa en Maas 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit van het algemeen bestuur van 25 november 2027' },
      { t: 'p', style: 'title', text: 'Watervisie Aa en Maas 2050' },
      { t: 'p', style: 'subtitle', text: 'Zonder bodem en water geen later' },
      { t: 'break', master: 'Titel' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Werken aan water' },
      { t: 'p', text: 'Waterschap Aa en Maas zorgt voor droge voeten, voldoende en schoon water en het zuiveren van afvalwater in het oosten van Noord-Brabant. Ons werkgebied is Noordoost-Brabant: van de grens met Limburg voorbij Deurne, langs Helmond en Meierijstad richting ’s-Hertogenbosch, en langs de Maas terug naar Limburg.[^Het werkgebied omvat ongeveer 161.000 hectare; het waterschap zetelt in ’s-Hertogenbosch.] We werken samen aan water, voor nu en later.' },
      { t: 'h', l: 2, text: 'Waarom een watervisie' },
      { t: 'p', text: 'Het klimaat verandert sneller dan gedacht. Natte winters en droge zomers wisselen elkaar af en de hoge zandgronden drogen uit. Deze watervisie beschrijft hoe water en bodem sturend worden bij de inrichting van ons gebied.' },
      { t: 'h', l: 2, text: 'Ons gebied' },
      { t: 'p', text: 'We onderscheiden drie landschappen:' },
      { t: 'ul', list: 'Punt', items: ['het rivierengebied langs de Maas, met de Maaskant en de uiterwaarden;', 'de hoge zandgronden met de Maashorst en de beekdalen van de Aa, de Raam, de Leigraaf en de Dieze;', 'de Peel, met de Peelrandbreuk en de wijstgronden.'] },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'De vijf thema’s volgen onze taken, zoals het Waterbeheerplan 2022–2027 die beschrijft. Zonder bodem en water geen later: dat is de rode draad.' },

      { t: 'h', l: 1, text: 'Veilig en bewoonbaar' },
      { t: 'p', text: 'Waterveiligheid blijft prioriteit. Over de gehele lengte van de Maasdijk in ons werkgebied vergroten we de bescherming tegen overstromingen.' },
      { t: 'h', l: 2, text: 'Dijken op orde' },
      { t: 'h', l: 3, text: 'Dijkversterking Maas' },
      { t: 'p', text: 'We maken de versterking Ravenstein–Lith af, het korte traject Doeveren en daarna Cuijk–Ravenstein, in samenhang met natuur en recreatie.[^Opgaven uit het Hoogwaterbeschermingsprogramma.]' },
      { t: 'h', l: 3, text: 'Regionale keringen' },
      { t: 'p', text: 'De kaden langs de Aa en de Dieze houden we op hoogte.' },
      { t: 'h', l: 2, text: 'Ruimte voor de rivier' },
      { t: 'p', text: 'Bij nieuwe ontwikkelingen in het rivierengebied vragen we gemeenten om:' },
      { t: 'ol', list: 'Cijfer', items: [{ text: 'ruimte langs de dijk vrij te houden voor toekomstige versterking, in het bijzonder:', sub: ['een zone van 30 meter binnendijks;', 'de buitendijkse gronden.'] }, 'geen nieuwe kwetsbare functies in de uiterwaarden toe te staan;', 'de gevolgen van een overstroming mee te wegen.'] },

      { t: 'h', l: 1, text: 'Voldoende water en een robuust watersysteem' },
      { t: 'p', text: 'Extreem weer vraagt om een watersysteem dat voorbereid is op zowel natte als droge omstandigheden. We houden water beter vast in het gebied; dat leidt tot hogere grondwaterstanden en een grotere grondwatervoorraad.' },
      { t: 'h', l: 2, text: 'Vasthouden, bergen, afvoeren' },
      { t: 'h', l: 3, text: 'Vasthouden op de zandgronden' },
      { t: 'p', text: 'Sloten worden ondieper, stuwen worden geautomatiseerd en we ontwikkelen ‘waterhouderijen’: plekken waar we water opslaan voor droge tijden.' },
      { t: 'h', l: 3, text: 'Bergen in de beekdalen' },
      { t: 'p', text: 'Om overlast door piekbuien te beperken, geven we de beken en sloten meer ruimte.' },
      { t: 'h', l: 2, text: 'Grondwater' },
      { t: 'p', text: 'Het grondwater op de hoge zandgronden is sinds 1950 gemiddeld een halve meter gedaald.[^Bron: grondwatermeetnet van de provincie Noord-Brabant.] We sturen op herstel.' },
      {
        t: 'table',
        cols: [4, 6, 6],
        header: ['Gebied', 'Opgave', 'Koers tot 2050'],
        rows: [
          ['Peel', 'verdroging en veenherstel', 'hogere peilen rond natuur'],
          ['Zandgronden', 'dalend grondwater', 'vasthouden en infiltreren'],
          ['Maaskant', 'kwel en wateroverlast', 'bergen in de polders'],
        ],
      },
      { t: 'h', l: 2, text: 'Water verdelen bij schaarste' },
      { t: 'p', text: 'Bij droogte gaan veiligheid en drinkwater voor; daarna natuur, landbouw en overige functies.' },

      { t: 'h', l: 1, text: 'Gezond en natuurlijk water' },
      { t: 'p', text: 'Schoon water is nodig voor natuur, drinkwater en landbouw.' },
      { t: 'h', l: 2, text: 'Beekherstel' },
      { t: 'p', text: 'We herstellen de natuurlijke loop van de beken:' },
      { t: 'ul', list: 'Punt', items: ['de Aa tussen Helmond en ’s-Hertogenbosch;', 'de Raam bij Grave;', { text: 'kleinere beken, waaronder', sub: ['de Peelse Loop;', 'de Bakelse en Astense Aa.'] }] },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      { t: 'h', l: 3, text: 'Meststoffen en gewasbeschermingsmiddelen' },
      { t: 'p', text: 'Samen met boeren verminderen we de uitspoeling naar het oppervlaktewater.' },
      { t: 'h', l: 3, text: 'Opkomende stoffen' },
      { t: 'p', text: 'Medicijnresten en microplastics vragen om extra zuivering.' },

      { t: 'h', l: 1, text: 'Schoon water' },
      { t: 'h', l: 2, text: 'Zuiveren' },
      { t: 'p', text: 'Onze rioolwaterzuiveringen worden energiefabrieken en grondstoffenfabrieken.' },
      { t: 'h', l: 2, text: 'Water in bebouwd gebied' },
      { t: 'p', text: 'In bebouwd gebied werken we toe naar een klimaatrobuust watersysteem waarin schoon water niet naar de zuivering gaat, maar het grondwater voedt. Met iedere gemeente maken we een actieplan: ontstenen, vergroenen, afkoppelen en groene daken.' },
      { t: 'h', l: 2, text: 'Water in de ruimtelijke afweging' },
      { t: 'p', text: 'Bij elk ruimtelijk plan geven we een wateradvies. Daarin toetsen we ten minste:' },
      { t: 'ol', list: 'Cijfer', items: ['de hoogteligging en de kans op wateroverlast;', { text: 'de waterbalans van het plangebied:', sub: ['waar blijft het regenwater;', 'hoeveel wordt er onttrokken.'] }, 'de gevolgen voor de waterkwaliteit.'] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'p', text: 'De werkingsgebieden van deze watervisie zijn de volgende geografische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
      { t: 'p', style: 'label', text: 'Begrippenlijst' },
      { t: 'p', text: '**Beekdal**: het laaggelegen gebied langs een beek dat bij hoge afvoer water bergt.' },
      { t: 'p', text: '**Kering**: een dijk, kade of ander werk dat het achterland tegen water beschermt.' },
      { t: 'p', text: '**Wijstgronden**: gronden langs de Peelrandbreuk waar het grondwater tot aan het maaiveld staat.' },
      { t: 'p', text: '**Water en bodem sturend**: het uitgangspunt dat het water- en bodemsysteem bepaalt waar welke functie past.' },
    ],
  ],
  gios: [
    gio('Beheergebied Waterschap Aa en Maas', 'beheergebied-aa-en-maas', [0, 0], 8),
    gio('Dijkversterkingszone Maas', 'dijkversterkingszone-maas', [2, 7], 3),
    gio('Beekdalen Aa en Raam', 'beekdalen-aa-en-raam', [-2, -1], 3),
    gio('Wijstgronden Peelrand', 'wijstgronden-peelrand', [6, -4], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'watervisie-aa-en-maas-2050', regeling: 'watervisie-aa-en-maas-2050', doel: 'watervisie-aa-en-maas-2050' },
    datums: { vaststelling: '2027-11-25', ondertekening: '2027-11-25', bekendmaking: '2027-12-02', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0654',
  },
  geo: { origin: [168000, 408000] },
  meubilair: ['^Waterschap Aa en Maas( (Werken aan water|Veilig en bewoonbaar|Voldoende water en een robuust watersysteem|Gezond en natuurlijk water|Schoon water))?$', '^Watervisie Aa en Maas 2050 · vastgesteld 25 november 2027( \\d+)?$'],
}
export default doc

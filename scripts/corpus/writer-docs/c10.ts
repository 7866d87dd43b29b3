/**
 * c10 — gemeente Gouda (gm0513), middelgrote stad. Raadsbesluit met Artikel 1/2/3, ondertekening in twee kolommen;
 * visie als "Bijlage A"; koppen 1 / 1.1 / 1.1.1 met automatische outline-nummering; kopregel met documenttitel links
 * en paginanummer rechts, eerste pagina zonder kopregel; •-opsommingen en een genummerde lijst; GIO-lijst als tabel
 * met smalle identificatiekolom. Tekst ingekort en bewerkt naar de thema's van de Goudse omgevingsvisie
 * (omgevingsvisie.gouda.nl: de visie als kapstok voor sectoraal en gebiedsgericht beleid).
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0513'
const gio = (naam: string, at: [number, number], size = 0.8) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-03-02', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'c10',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Gouda (omgevingsvisie.gouda.nl, visie als kapstok voor beleid), ingekort; eigen opmaak: Liberation Sans 10,5 pt, koppen 1/1.1/1.1.1 automatisch genummerd, kopregel titel links + paginanummer rechts, eerste pagina zonder kopregel, •- en 1.-lijsten, GIO-tabel met smalle identificatiekolom',
  bevoegdGezag: bg,
  naam: 'Gemeente Gouda',
  title: 'Omgevingsvisie Gouda 2040',
  style: {
    font: 'Liberation Sans',
    size: 10.5,
    headingSizes: [16, 13, 11, 10.5],
    headingColor: '#1F4E79',
    lineHeight: 120,
    spaceAfter: 0.22,
    page: A4(2.0, 2.0, 2.5, 2.5),
    outline: decimalOutline(),
    lists: {
      Bolletjes: { kind: 'bullet', levels: [{ char: '•', font: 'OpenSymbol' }, { char: '–' }] },
      Nummers: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['Omgevingsvisie Gouda 2040\t\t{page}'] },
    },
    tableHeaderBg: '#DDEBF7',
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Gouda tot vaststelling van de Omgevingsvisie Gouda 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2026-03-12',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit nr. 2026/118' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Gouda tot vaststelling van de Omgevingsvisie Gouda 2040' },
      { t: 'p', text: 'De raad van de gemeente Gouda;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 13 januari 2026, nummer 2026-0042;' },
      {
        t: 'p',
        text: 'overwegende dat de gemeenteraad op grond van artikel 3.1, eerste lid, van de Omgevingswet een omgevingsvisie vaststelt voor het hele grondgebied van de gemeente;',
      },
      {
        t: 'p',
        text: 'overwegende dat het ontwerp van de omgevingsvisie met ingang van 18 september 2025 gedurende zes weken ter inzage heeft gelegen en dat in die periode veertien zienswijzen zijn ingediend, die in de Nota van beantwoording zijn betrokken;',
      },
      {
        t: 'p',
        text: 'gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;',
      },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Gouda 2040, zoals opgenomen in Bijlage A bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 12 maart 2026.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit wordt aangehaald als: Besluit vaststelling Omgevingsvisie Gouda 2040.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van de gemeente Gouda van 25 februari 2026.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. A.E. de Wit'], right: ['De voorzitter,', '', '', 'P. Verhoeve'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Gouda 2040',
    front: [
      { t: 'break' },
      { t: 'p', style: 'label', text: 'Bijlage A' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Gouda 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan een gezonde, groene en bereikbare stad' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      {
        t: 'p',
        text: 'De Omgevingswet vraagt van iedere gemeente één samenhangende visie op de fysieke leefomgeving. Deze omgevingsvisie beschrijft hoe wij Gouda de komende twintig jaar willen ontwikkelen, wat we willen beschermen en welke keuzes daarbij horen. De visie is een integraal strategisch beleidskader dat op hoofdlijnen richting geeft aan toekomstige ontwikkelingen.',
      },
      {
        t: 'p',
        text: 'De omgevingsvisie werkt als een kapstok. Sectorale en gebiedsgerichte beleidsdocumenten blijven bestaan, maar worden voortaan aan deze visie opgehangen. Nieuwe kaderstellende nota’s maken we in principe niet meer; uitwerking gebeurt in programma’s en in het omgevingsplan.',
      },
      { t: 'h', l: 2, text: 'Reikwijdte en status' },
      {
        t: 'p',
        text: 'De visie geldt voor het hele grondgebied van de gemeente, inclusief Goverwelle, Bloemendaal, Korte Akkeren en het buitengebied langs de Hollandse IJssel. Zij bindt alleen het gemeentebestuur. Voor inwoners en bedrijven heeft de visie geen directe rechtsgevolgen.',
      },
      { t: 'p', text: 'De visie bestaat uit:' },
      {
        t: 'ul',
        list: 'Bolletjes',
        items: [
          'een beschrijving van de huidige kwaliteit van de fysieke leefomgeving;',
          'de hoofdlijnen van de voorgenomen ontwikkeling, het gebruik, het beheer en de bescherming van het grondgebied;',
          'de hoofdzaken van het integrale beleid voor de fysieke leefomgeving.',
        ],
      },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      {
        t: 'p',
        text: 'Hoofdstuk 2 schetst Gouda nu: de kwaliteiten en de opgaven. In hoofdstuk 3 staan onze ambities en de keuzes per thema. Hoofdstuk 4 werkt de visie uit voor een aantal gebieden. Hoofdstuk 5 beschrijft hoe we de visie uitvoeren en actueel houden.',
      },
      { t: 'h', l: 1, text: 'Gouda nu' },
      { t: 'h', l: 2, text: 'Kwaliteiten van de stad' },
      {
        t: 'p',
        text: 'Gouda is een compacte historische stad in het Groene Hart. De binnenstad met haar grachten, monumenten en de Markt is het visitekaartje van de stad. Rondom de binnenstad liggen woonwijken uit verschillende perioden, elk met een eigen karakter. De ligging aan de Gouwe en de Hollandse IJssel en de nabijheid van het veenweidelandschap maken Gouda aantrekkelijk om te wonen, te werken en te verblijven.',
      },
      { t: 'h', l: 2, text: 'Opgaven' },
      {
        t: 'p',
        text: 'Tegelijk staat de stad voor grote opgaven. De bodem daalt, vooral in de binnenstad en in de veenweidegebieden. De vraag naar woningen blijft groot. Het klimaat verandert, met meer hitte, droogte en hevige buien. En de energietransitie vraagt ruimte in en onder de stad.',
      },
      {
        t: 'table',
        cols: [4.5, 11.5],
        header: ['Opgave', 'Wat dit betekent voor Gouda'],
        rows: [
          ['Bodemdaling', 'Funderingen, kades en leidingen vragen om blijvend onderhoud en om slimme keuzes bij herinrichting.'],
          ['Woningbouw', 'Tot 2040 is ruimte nodig voor circa 4.000 extra woningen, vrijwel geheel binnen de bestaande stad.'],
          ['Klimaatadaptatie', 'Meer groen en water in de openbare ruimte om hitte en wateroverlast op te vangen.'],
          ['Energietransitie', 'Aardgasvrije wijken, warmtenetten en ruimte voor opwek en netuitbreiding.'],
        ],
      },
      { t: 'h', l: 1, text: 'Ambities en keuzes' },
      { t: 'h', l: 2, text: 'Een gezonde en inclusieve stad' },
      {
        t: 'p',
        text: 'We willen dat iedere Gouwenaar gezond kan leven in een veilige omgeving. Dat begint bij een openbare ruimte die uitnodigt tot bewegen en ontmoeten, met schone lucht en weinig geluidhinder.',
      },
      { t: 'h', l: 3, text: 'Bewegen en ontmoeten' },
      {
        t: 'p',
        text: 'Speelplekken, sportvelden en ommetjes liggen op loopafstand. Bij herinrichting van straten geven we voorrang aan voetgangers en fietsers en maken we ruimte voor bankjes, schaduw en water.',
      },
      { t: 'h', l: 3, text: 'Gezonde leefomgeving' },
      {
        t: 'p',
        text: 'Nieuwe gevoelige functies als scholen en zorginstellingen plaatsen we niet langs de drukste wegen. We werken met de volgende uitgangspunten:',
      },
      {
        t: 'ol',
        list: 'Nummers',
        items: [
          'gezondheid weegt mee in iedere ruimtelijke afweging;',
          {
            text: 'we verbeteren de luchtkwaliteit vooral waar veel mensen wonen:',
            sub: ['langs de Goudse Poort en de Burgemeester Jamessingel;', 'rond scholen en kinderopvang.'],
          },
          'we beperken geluidhinder bij de bron.',
        ],
      },
      { t: 'h', l: 2, text: 'Wonen in een compacte stad' },
      {
        t: 'p',
        text: 'Gouda bouwt binnen de bestaande stadsgrenzen. We transformeren verouderde bedrijfslocaties en kantoren naar gemengde woon-werkgebieden en verdichten rond het station. Daarbij houden we oog voor de menselijke maat en voor de historische structuur van de stad.',
      },
      { t: 'h', l: 3, text: 'Betaalbaar en gevarieerd' },
      {
        t: 'p',
        text: 'Minstens een derde van de nieuwe woningen is sociale huur. Daarnaast is er ruimte voor middenhuur, starterswoningen en woonvormen voor ouderen die zelfstandig willen blijven wonen.',
      },
      { t: 'h', l: 2, text: 'Klimaatbestendig en groen' },
      {
        t: 'p',
        text: 'In 2050 is Gouda klimaatbestendig ingericht. Regenwater houden we zoveel mogelijk vast waar het valt. We vergroenen pleinen en schoolpleinen en verbinden de parken met het buitengebied via groene routes.',
      },
      {
        t: 'ul',
        list: 'Bolletjes',
        items: [
          'we koppelen vergroening aan rioolvervanging en ophoging van straten;',
          {
            text: 'we maken groenblauwe verbindingen:',
            sub: ['langs de Gouwe naar het Reeuwijkse Plassengebied;', 'langs de Hollandse IJssel naar de Krimpenerwaard.'],
          },
          'we beschermen bomen met een hoge monumentale waarde.',
        ],
      },
      { t: 'h', l: 2, text: 'Energie en bodem' },
      {
        t: 'p',
        text: 'Wijken gaan stap voor stap van het aardgas af. Warmtenetten krijgen een plek in de ondergrond, die nu al vol is met kabels en leidingen. We maken daarom een ondergrondse ordening per wijk. Opwek van zonne-energie gebeurt eerst op daken en boven parkeerterreinen.',
      },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      {
        t: 'p',
        text: 'De binnenstad blijft het kloppend hart van Gouda, met winkels, horeca, cultuur en wonen. We versterken de verblijfskwaliteit en beperken het autoverkeer. Funderingsherstel en aanpak van de kades krijgen voorrang.',
      },
      { t: 'h', l: 2, text: 'Spoorzone' },
      {
        t: 'p',
        text: 'Rond het station ontstaat een levendig gemengd gebied met woningen, kantoren en voorzieningen. De Spoorzone verbindt de binnenstad met de wijken ten noorden van het spoor.',
      },
      { t: 'h', l: 2, text: 'Gouwe Park en Kromme Gouwe' },
      {
        t: 'p',
        text: 'Langs de Gouwe transformeren verouderde bedrijventerreinen tot woon-werkmilieus. Watergebonden bedrijvigheid krijgt een plek aan de oever waar dat kan.',
      },
      { t: 'h', l: 2, text: 'Buitengebied' },
      {
        t: 'p',
        text: 'Het veenweidelandschap rond Stolwijkersluis en de Goudse Hout houden we open. We zetten in op vernatting waar dat de bodemdaling remt en op extensieve recreatie.',
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      {
        t: 'p',
        text: 'De visie krijgt uitvoering via programma’s, het omgevingsplan, investeringen in de openbare ruimte en samenwerking met partners zoals het hoogheemraadschap, de provincie en woningcorporaties.',
      },
      { t: 'h', l: 2, text: 'Monitoring en actualisatie' },
      {
        t: 'p',
        text: 'Elke twee jaar brengen we in beeld hoe de leefomgeving zich ontwikkelt. Zo nodig stellen we de visie bij. Kleine aanpassingen bundelen we in een jaarlijkse actualisatie.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I', nummer: 'I', text: 'Begrippen' },
      {
        t: 'table',
        cols: [4.5, 11.5],
        header: ['Begrip', 'Betekenis'],
        rows: [
          ['fysieke leefomgeving', 'in ieder geval bouwwerken, infrastructuur, watersystemen, water, bodem, lucht, landschappen, natuur, cultureel erfgoed en werelderfgoed'],
          ['omgevingsplan', 'het gemeentelijke plan met de regels over de fysieke leefomgeving'],
          ['programma', 'uitwerking van beleid voor een onderdeel van de fysieke leefomgeving, met maatregelen'],
        ],
      },
    ],
    [
      { t: 'bijlage', label: 'Bijlage II', nummer: 'II', text: 'Overzicht geografische informatieobjecten' },
      { t: 'p', text: 'De volgende informatieobjecten geven de gebieden uit hoofdstuk 4 weer.' },
      { t: 'gio', layout: 'table', cols: [9, 4], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [gio('Binnenstad', [0, 0], 0.7), gio('Spoorzone', [0.4, 1.8], 0.6), gio('Gouwe Park en Kromme Gouwe', [2.4, 1.2], 0.9), gio('Buitengebied', [-3.5, -2.5], 2.2)],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
    datums: { vaststelling: '2026-02-25', ondertekening: '2026-02-25', bekendmaking: '2026-03-04', inwerkingtreding: '2026-03-12' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0513',
  },
  geo: { origin: [158000, 446500] },
  meubilair: ['^Omgevingsvisie Gouda 2040 \\d+$'],
}
export default doc

/**
 * h156 — gemeente Culemborg (gm0216), holdout (session 13): the Betuwse stad of some 29.000 inwoners on the Lek,
 * with its historic binnenstad, the station area, the wijk Parijsch and a small buitengebied with uiterwaarden that
 * belongs to the Hollandse Waterlinies (UNESCO-Werelderfgoed). Content after the public texts on the Omgevingsvisie
 * Culemborg (culemborg.nl and omgevingsvisie.culemborg.nl, ontwerp January 2024: "Onze koers richting 2040", six
 * thema's Binnenstad; Wonen voor iedereen, stedelijk groen en leefbaarheid; Economie; Gezond en veerkrachtig, groen
 * en duurzaam; Mobiliteit; Buitengebied, the oostelijk and westelijk deel of the buitengebied with 22 agrarische
 * bedrijven, "Culemborg is een 7, maar kan zeker een 8 worden"), here as a visie of 2028, partly in our own words.
 * Layout: B5 (17.6 × 25 cm) in Liberation Serif 10 pt; each chapter starts on a CHAPTER TITLE PAGE with only the
 * number and title in a large font and an intro paragraph; sections "1.1", a third level "3.2.1"; no table of
 * contents; header "Vastgesteld 9 maart 2028 · versie 1.0" right, footer "n | Omgevingsvisie Culemborg 2040"
 * (mirrored on left pages as "Omgevingsvisie Culemborg 2040 | n"); two-column text in two sections only; a long list
 * running over a page break; a caption "Figuur 8.1 …"; beslispunten 1.–3.; GIO table Nr. | Naam | Identificatie in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0216'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-09', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const intro = (text: string) => ({ t: 'p' as const, style: 'subtitle' as const, text })
const brk = { t: 'break' as const }

const doc: Doc = {
  id: 'h156',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Culemborg (culemborg.nl en omgevingsvisie.culemborg.nl, ontwerp januari 2024: "Onze koers richting 2040", de zes thema\'s Binnenstad; Wonen voor iedereen, stedelijk groen en leefbaarheid; Economie; Gezond en veerkrachtig, groen en duurzaam; Mobiliteit; Buitengebied, het oostelijk en westelijk deel van het buitengebied, de Hollandse Waterlinies, "Culemborg is een 7, maar kan zeker een 8 worden"), hier als visie van 2028, deels in eigen woorden; eigen opmaak: B5 in Liberation Serif 10 pt, elk hoofdstuk begint met een titelpagina met alleen nummer en titel in grote letter en een inleidende alinea, paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, kopregel "Vastgesteld 9 maart 2028 · versie 1.0", voettekst "n | Omgevingsvisie Culemborg 2040" (gespiegeld op linkerbladzijden), twee kolommen in twee paragrafen, een lange lijst over een paginaovergang, een bijschrift "Figuur 8.1 …", beslispunten 1.–3., GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Culemborg',
  title: 'Omgevingsvisie Culemborg 2040',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [26, 13, 11, 10],
    headingColor: '#7A1F3D',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17.6, height: 25, top: 2, bottom: 1.8, left: 2, right: 2 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '■' }, { char: '–' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tVastgesteld 9 maart 2028 · versie 1.0'],
        footer: ['\t\t{page} | Omgevingsvisie Culemborg 2040'],
        footerLeft: ['Omgevingsvisie Culemborg 2040 | {page}'],
      },
    },
    tableBorder: '0.5pt solid #7A1F3D',
    tableHeaderBg: '#F1E3E8',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Culemborg tot vaststelling van de Omgevingsvisie Culemborg 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-04-03',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit · registratienummer 2028-0112' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Culemborg tot vaststelling van de Omgevingsvisie Culemborg 2040' },
      p('De raad van de gemeente Culemborg;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 23 januari 2028;'),
      p('overwegende dat de ontwerp-omgevingsvisie van 16 oktober tot en met 27 november 2027 ter inzage heeft gelegen via Platform Culemborg en in het stadskantoor, en dat de reacties zijn verwerkt in de Nota van zienswijzen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      p('1. de Omgevingsvisie Culemborg 2040 vast te stellen zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden genoemd in bijlage 1 van de visie;'),
      p('2. de Structuurvisie Culemborg (deel A – analyse, deel B – visie en deel C – uitvoering) in te trekken;'),
      p('3. te bepalen dat dit besluit in werking treedt op 3 april 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Culemborg op 9 maart 2028.'),
      { t: 'sign', left: ['de griffier,', '', '', 'drs. H.A. Verbeek'], right: ['de voorzitter,', '', '', 'G.A. Roethof'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Culemborg 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Culemborg 2040' },
      { t: 'p', style: 'subtitle', text: 'Onze koers richting 2040' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      intro('Een gezonde en prettige leefomgeving, daar gaan wij in Culemborg voor. Deze omgevingsvisie is ons toekomstplan tot en met 2040.'),
      brk,
      { t: 'h', l: 2, text: 'Waarom deze visie' },
      p('Wij willen veel met onze ruimte: een plek voor nieuwe woningen, duurzame energie, werken, groen, ontmoeten, wandelen, fietsen en parkeren. Ook willen wij Culemborg klimaatbestendiger maken en de binnenstad vitaal houden. We kunnen niet altijd alles wat we willen, dus moeten we keuzes maken.'),
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      p('Tussen juli en november 2022 lieten inwoners hun stem horen. Op beeldvormende avonden gaven raadsleden aanscherpingen op de informatiebladen per thema. Een inwoner verwoordde de ambitie zo: “Culemborg is een 7, maar kan zeker een 8 worden.”'),
      { t: 'h', l: 2, text: 'Leeswijzer' },
      p('Na deze inleiding volgen de zes thema’s van de visie. Elk thema beschrijft wat wij willen koesteren, welke vraagstukken wij onderweg tegenkomen en welke koers wij kiezen.'),
      brk,
      { t: 'h', l: 1, text: 'Binnenstad' },
      intro('De historische binnenstad is het visitekaartje van Culemborg: een compacte vestingstad met monumenten, winkels, horeca en wonen.'),
      brk,
      { t: 'h', l: 2, text: 'Wat wij koesteren' },
      p('De stadsmuren, de Markt met het Stadhuis, de Binnenpoort en de grachten bepalen het beeld. Het beschermd stadsgezicht blijft het uitgangspunt.'),
      { t: 'h', l: 2, text: 'Een vitale binnenstad' },
      {
        t: 'cols2',
        blocks: [
          p('Het aantal winkels neemt af. Wij concentreren de winkels rond de Markt en de Zandstraat en staan in de aanloopstraten wonen en ambacht toe. Leegstand bestrijden wij samen met eigenaren en ondernemers.'),
          p('Evenementen, terrassen en cultuur houden de binnenstad levendig, ook buiten winkeltijden. Tegelijk houden wij rekening met de bewoners van de binnenstad, die ook rust willen.'),
          p('Het parkeren verschuift naar de randen van de binnenstad, zodat er op straat meer ruimte komt voor groen en verblijven.'),
        ],
      },
      { t: 'h', l: 3, text: 'Winkelhart' },
      p('De kern van het winkelgebied ligt tussen de Binnenpoort en de Markt.'),
      { t: 'h', l: 3, text: 'Wonen boven winkels' },
      p('Wij stimuleren wonen boven winkels om de binnenstad ook ’s avonds levendig te houden.'),
      brk,
      { t: 'h', l: 1, text: 'Wonen voor iedereen, stedelijk groen en leefbaarheid' },
      intro('Iedereen moet in Culemborg een passende woning kunnen vinden, in een groene en leefbare wijk.'),
      brk,
      { t: 'h', l: 2, text: 'Woningbouw' },
      p('Tot 2040 bouwen wij ongeveer 2.500 woningen, vooral binnen de bestaande stad en rond het station.'),
      p('De vraag naar woningen in Culemborg is groot. Jongeren die in de stad zijn opgegroeid, vinden moeilijk een betaalbare woning; ouderen die kleiner willen wonen, vinden weinig geschikte woningen in hun eigen buurt. Ook van buiten de stad, vooral uit de regio Utrecht, komen veel woningzoekenden. Wij willen dat Culemborg een stad blijft waar iedereen een plek kan vinden, ongeacht inkomen, leeftijd of achtergrond.'),
      p('De ruimte binnen de stad is beperkt. Daarom bouwen wij vooral op plekken die al verhard zijn: oude bedrijfslocaties, de stationsomgeving en verouderde gebouwen die toe zijn aan vernieuwing. Zo sparen wij het buitengebied en de uiterwaarden, en kunnen nieuwe bewoners gebruikmaken van de voorzieningen die er al zijn.'),
      p('Verdichten vraagt wel om zorg. Meer woningen op dezelfde plek betekent meer mensen die de openbare ruimte gebruiken, meer fietsen en auto’s en meer vraag naar groen, speelruimte en voorzieningen. Wij laten de openbare ruimte daarom meegroeien met het aantal woningen en vragen ontwikkelaars om daaraan bij te dragen.'),
      p('Wij werken samen met de woningcorporaties, ontwikkelaars en bewoners aan een woningbouwprogramma dat elke twee jaar wordt bijgesteld. Bij elk plan vragen wij:'),
      {
        t: 'ol',
        list: 'Cijfer',
        items: [
          'ten minste een derde sociale huur;',
          'een derde betaalbare koop of middenhuur;',
          'woningen voor ouderen dicht bij voorzieningen;',
          'woningen voor starters en jongeren;',
          'ruimte voor collectief en particulier opdrachtgeverschap;',
          'groen op het eigen terrein en in de straat;',
          'een parkeeroplossing die de straat niet vult;',
          'natuurinclusieve gebouwen met nestkasten;',
          'aansluiting op een duurzame warmtebron;',
          'opvang van regenwater op eigen terrein;',
          'een ontwerp dat past bij de buurt;',
          'een gesprek met omwonenden vóór de aanvraag;',
          'speelruimte voor kinderen binnen driehonderd meter;',
          'veilige fietsroutes naar school en station;',
          'een plek voor ontmoeting in de buurt;',
          'aandacht voor toegankelijkheid;',
          'zorgvuldige fasering van de bouw;',
          'afspraken over beheer van de openbare ruimte.',
        ],
      },
      { t: 'h', l: 2, text: 'Stedelijk groen' },
      p('Wij verbinden de parken en groene lanen tot een groen netwerk door de stad.'),
      { t: 'h', l: 2, text: 'Leefbaarheid in de wijken' },
      p('In Terweijde, Lanxmeer en Parijsch werken wij met bewoners aan schone, hele en veilige buurten.'),
      brk,
      { t: 'h', l: 1, text: 'Economie' },
      intro('Culemborg is een werkstad met bedrijventerreinen langs de A2 en het spoor, en met veel kleine ondernemers in de stad.'),
      brk,
      { t: 'h', l: 2, text: 'Bedrijventerreinen' },
      p('Pavijen en Chromaat blijven werklocaties. Wij zetten in op zuinig en meervoudig ruimtegebruik.'),
      { t: 'h', l: 2, text: 'Werken in de wijk' },
      p('Kleinschalige bedrijvigheid die de buurt niet hindert, is welkom in de woonwijken.'),
      brk,
      { t: 'h', l: 1, text: 'Gezond en veerkrachtig, groen en duurzaam' },
      intro('Wij willen een stad die gezond is voor haar inwoners en bestand tegen hitte, droogte en hevige regen.'),
      brk,
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      {
        t: 'cols2',
        blocks: [
          p('De stad ligt laag tussen Lek en Linge. Hevige buien zorgen nu al voor wateroverlast in sommige straten. Wij vergroten de ruimte voor water in de openbare ruimte en vragen bij nieuwbouw om waterberging op eigen terrein.'),
          p('Tegen hitte planten wij bomen in de versteende delen van de stad, zoals de stationsomgeving en de bedrijventerreinen. Schoolpleinen worden groene speelplekken.'),
        ],
      },
      { t: 'h', l: 2, text: 'Energietransitie' },
      p('In 2050 is Culemborg aardgasvrij. Wij beginnen in de wijken waar een warmtenet of een andere bron het eerst beschikbaar is.'),
      { t: 'h', l: 2, text: 'Gezondheid' },
      p('Een groene, beweegvriendelijke openbare ruimte helpt inwoners gezond te blijven.'),
      brk,
      { t: 'h', l: 1, text: 'Mobiliteit' },
      intro('Culemborg is een fietsstad met een eigen station op de lijn Utrecht–’s-Hertogenbosch.'),
      brk,
      { t: 'h', l: 2, text: 'Stationsomgeving' },
      p('Rond het station ontstaat een levendig gebied met wonen, werken en een goede overstap tussen trein, bus en fiets.'),
      { t: 'h', l: 2, text: 'Fiets en voetganger' },
      p('Lopen en fietsen krijgen voorrang in de binnenstad en op de routes naar scholen.'),
      { t: 'h', l: 2, text: 'Auto en parkeren' },
      p('Het autoverkeer gebruikt de randweg; in de wijken is 30 km per uur de norm.'),
      brk,
      { t: 'h', l: 1, text: 'Buitengebied' },
      intro('Culemborg heeft een bescheiden buitengebied, dat de stad toch definieert als een compacte stad te midden van weelderige natuur.'),
      brk,
      { t: 'h', l: 2, text: 'Kwaliteiten die wij willen koesteren' },
      p('Het buitengebied met zijn uiterwaarden kent unieke natuur-, landschappelijke en cultuurhistorische kwaliteiten. Het westelijke en zuidelijke buitengebied behoort in zijn geheel tot de Hollandse Waterlinies, inmiddels UNESCO-Werelderfgoed.'),
      { t: 'p', style: 'small', text: 'Figuur 8.1 Gebiedsindeling van het buitengebied: oostelijk en westelijk deel' },
      { t: 'h', l: 2, text: 'Vraagstukken onderweg' },
      p('De komende jaren krijgt het buitengebied te maken met vraagstukken die ruimte vragen: de opwek van duurzame energie, klimaatadaptatie, waterveiligheid, de transitie in de landbouw, de wens om te wonen en de toename van recreatie.'),
      { t: 'h', l: 3, text: 'Agrarische sector in beweging' },
      p('Vooral in het westelijk deel is een aantal (22) agrarische bedrijven gevestigd, voornamelijk grondgebonden landbouwbedrijven.'),
      { t: 'h', l: 3, text: 'Recreatie' },
      p('Fiets- en wandelroutes langs de Lek en de Goilberdingerdijk maken het buitengebied beleefbaar.'),
      { t: 'h', l: 2, text: 'Koers voor het buitengebied' },
      {
        t: 'table',
        cols: [3.2, 5.4, 5]
        ,
        header: ['Deelgebied', 'Karakter', 'Koers'],
        rows: [
          ['Westelijk deel', 'open komgronden, waterlinie', 'landbouw en cultuurhistorie'],
          ['Oostelijk deel', 'kleinschalig, oeverwallen', 'recreatie en natuur'],
          ['Uiterwaarden', 'rivierlandschap Lek', 'natuur en waterveiligheid'],
        ],
      },
      brk,
      { t: 'h', l: 1, text: 'Uitvoering' },
      intro('Met deze visie geven wij richting. De uitvoering vraagt inzet van de gemeente, inwoners, ondernemers en partners.'),
      brk,
      { t: 'h', l: 2, text: 'Omgevingsplan en programma’s' },
      p('De keuzes werken door in het omgevingsplan en in programma’s voor wonen, mobiliteit en klimaat.'),
      { t: 'h', l: 2, text: 'Afwijken van het omgevingsplan' },
      p('Wie wil afwijken van het omgevingsplan, laat zien dat het plan past bij de ambities van deze visie.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.4, 8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Culemborg', 'gemeente-culemborg', [0, 0], 5),
    gio('Binnenstad Culemborg', 'binnenstad-culemborg', [0.5, 0.5], 0.5),
    gio('Stationsomgeving', 'stationsomgeving-culemborg', [-0.5, -1], 0.6),
    gio('Buitengebied westelijk deel', 'buitengebied-west', [-3, 0], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-culemborg-2040', regeling: 'omgevingsvisie-culemborg-2040', doel: 'omgevingsvisie-culemborg-2040' },
    datums: { vaststelling: '2028-03-09', ondertekening: '2028-03-09', bekendmaking: '2028-03-15', inwerkingtreding: '2028-04-03' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0216',
  },
  geo: { origin: [146000, 441000] },
  meubilair: ['^Vastgesteld 9 maart 2028 · versie 1\\.0$', '^\\d+ \\| Omgevingsvisie Culemborg 2040$', '^Omgevingsvisie Culemborg 2040 \\| \\d+$'],
}
export default doc

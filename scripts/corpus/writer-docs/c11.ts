/**
 * c11 — provincie Fryslân (pv21). Statenbesluit (Provinciale Staten, voorstel van Gedeputeerde Staten) met
 * "BESLUITEN:" en Artikel I/II; visie als "Bijlage 1 bij het besluit" met eigen titelpagina; hoofdstukken met label
 * "Hoofdstuk n" uit de outline-nummering, paragrafen 1.1 en 1.1.1; serif-letter; kopregel met documenttitel en
 * hoofdstuk via veld, voettekst "Pagina X van Y" gecentreerd; ▪-opsommingen, a.-lijst, geneste lijst; een tabel die
 * over een pagina breekt (herhaalde kopregel); bijlagen A (begrippen) en B (GIO-tabel met smalle identificatiekolom).
 * Inhoud bewerkt naar de Friese omgevingsvisie "De romte diele" (provinsje Fryslân; zie o.a. jouregio.nl en
 * cda.nl/fryslan over de ontwerpvisie: landschap, water, natuur, wonen met inbreiding, de "sinneljedder" voor zon).
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'pv21'
const gio = (naam: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-04-08', '2'),
  at,
  size,
})

const doc: Doc = {
  id: 'c11',
  set: 'dev',
  bron:
    'Bewerkt naar de Friese omgevingsvisie "De romte diele" (landschap, water, natuur, wonen, sinneljedder), ingekort; eigen opmaak: Liberation Serif 11 pt, "Hoofdstuk n" uit de outline-nummering, kopregel met titel en hoofdstuk via veld, voettekst "Pagina X van Y" gecentreerd, ▪-opsommingen, a.-lijst, tabel die over een pagina breekt, GIO-tabel met smalle identificatiekolom',
  bevoegdGezag: bg,
  naam: 'Provincie Fryslân',
  title: 'Omgevingsvisie Fryslân',
  style: {
    font: 'Liberation Serif',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 13, 11.5, 11],
    headingColor: '#7A1F2B',
    lineHeight: 115,
    justify: true,
    page: A4(2.2, 2.2, 2.8, 2.4),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blokjes: { kind: 'bullet', levels: [{ char: '▪', font: 'OpenSymbol' }, { char: '◦', font: 'OpenSymbol' }] },
      Letters: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: '1', suffix: ')' }] },
    },
    masters: {
      Besluit: { footer: ['\tPagina {page} van {pages}\t'] },
      Standard: { header: ['Omgevingsvisie Fryslân\t\t{chapter}'], footer: ['\tPagina {page} van {pages}\t'] },
    },
    tableHeaderBg: '#F2DCDB',
    tussenkop: { italic: true, bold: true },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Fryslân tot vaststelling van de Omgevingsvisie Fryslân',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2026-05-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'right', text: 'Kenmerk: PS/2026/31' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Fryslân tot vaststelling van de Omgevingsvisie Fryslân' },
      { t: 'p', text: 'Provinciale Staten van Fryslân,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 27 januari 2026, kenmerk 01928374;' },
      {
        t: 'p',
        text: 'overwegende dat het wenselijk is het provinciale beleid voor de fysieke leefomgeving in één integrale omgevingsvisie vast te leggen, die de omgevingsvisie De romte diele actualiseert;',
      },
      {
        t: 'p',
        text: 'overwegende dat het ontwerp van de omgevingsvisie van 6 oktober tot en met 17 november 2025 ter inzage heeft gelegen, dat daarop 63 zienswijzen zijn ingediend en dat deze zijn beantwoord in de Nota van antwoord;',
      },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUITEN:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      {
        t: 'p',
        text: 'De Omgevingsvisie Fryslân wordt vastgesteld overeenkomstig de bij dit besluit behorende bijlage 1.',
      },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 mei 2026.' },
      { t: 'p', text: 'Leeuwarden, 8 april 2026' },
      { t: 'p', text: 'Provinciale Staten van Fryslân,' },
      { t: 'sign', left: ['voorzitter,', '', '', 'drs. A.K. Hoekstra'], right: ['griffier,', '', '', 'mr. J.T. de Vries'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Fryslân',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage 1 bij het besluit van Provinciale Staten van Fryslân van 8 april 2026, kenmerk PS/2026/31' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Fryslân' },
      { t: 'p', style: 'subtitle', text: 'De romte diele — de ruimte delen' },
      { t: 'p', text: 'Vastgesteld door Provinciale Staten op 8 april 2026' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Ambitie en werkwijze' },
      { t: 'h', l: 2, text: 'De ruimte delen' },
      {
        t: 'p',
        text: 'In de woon- en leefomgeving komen veel belangen samen: landschap, verkeer, water, wonen, natuur, bedrijvigheid en milieu. De naam van deze visie zegt het al: we delen de ruimte. De visie schetst een toekomstbeeld van Fryslân waarin die onderwerpen met elkaar zijn verbonden.',
      },
      { t: 'tk', text: 'Mienskip' },
      {
        t: 'p',
        text: 'Fryslân kent een sterke mienskip. Inwoners, ondernemers en organisaties nemen zelf initiatief. De provincie wil die kracht benutten en ruimte geven aan initiatieven die bijdragen aan de kwaliteit van de leefomgeving.',
      },
      { t: 'tk', text: 'Kwaliteit van het landschap' },
      {
        t: 'p',
        text: 'Het Friese landschap is een van de belangrijkste kwaliteiten van de provincie. Openheid, rust, donkerte en de afwisseling van klei, veen en zand maken Fryslân herkenbaar. Nieuwe ontwikkelingen sluiten aan op die kwaliteiten.',
      },
      { t: 'h', l: 2, text: 'Werkwijze' },
      {
        t: 'p',
        text: 'De provincie gaat over de provinciale belangen en laat ruimte aan gemeenten, Wetterskip Fryslân en maatschappelijke partners. We sturen op drie manieren:',
      },
      {
        t: 'ol',
        list: 'Letters',
        items: [
          '**kaders stellen**: waar het provinciaal belang dat vraagt, in de omgevingsverordening;',
          '**samenwerken**: in gebiedsprocessen met gemeenten en partners;',
          '**stimuleren**: met kennis, subsidies en netwerken.',
        ],
      },
      { t: 'p', text: 'Provinciale Staten stellen de kaders; Gedeputeerde Staten werken ze uit in programma’s en in de omgevingsverordening.' },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Energie' },
      {
        t: 'p',
        text: 'Fryslân wil in 2050 duurzame energie opwekken voor eigen gebruik. Voor zonne-energie volgen we de sinneljedder: zonnepanelen horen eerst op daken, bedrijventerreinen, parkeerterreinen en langs wegen; pas daarna is het vrije veld een optie.',
      },
      {
        t: 'ul',
        list: 'Blokjes',
        items: [
          'windenergie concentreren we in het IJsselmeer en bij bestaande infrastructuur;',
          {
            text: 'zonnevelden in het landelijk gebied zijn mogelijk als:',
            sub: ['zij aansluiten op het landschap;', 'de mienskip heeft kunnen meedenken en meedoen;', 'de netcapaciteit dat toelaat.'],
          },
          'warmte uit water, bodem en restwarmte benutten we waar dat kan.',
        ],
      },
      { t: 'h', l: 2, text: 'Wonen' },
      {
        t: 'p',
        text: 'Woningbouw vindt vooral plaats door inbreiding. Zo voorkomen we verpaupering van kernen en blijven dorpen en steden aantrekkelijk om te wonen. In de regio’s met bevolkingsdaling gaat kwaliteit voor kwantiteit.',
      },
      { t: 'h', l: 2, text: 'Landbouw en bodem' },
      {
        t: 'p',
        text: 'De melkveehouderij is beeldbepalend voor het Friese platteland. We ondersteunen de omslag naar natuurinclusieve en kringlooplandbouw.',
      },
      { t: 'h', l: 3, text: 'Veenweidegebied' },
      {
        t: 'p',
        text: 'In het veenweidegebied daalt de bodem door ontwatering. We werken met boeren en Wetterskip Fryslân aan hogere waterpeilen waar dat kan, en aan nieuwe verdienmodellen.',
      },
      { t: 'h', l: 3, text: 'Schaalvergroting' },
      {
        t: 'p',
        text: 'Schaalvergroting is mogelijk binnen de grenzen die natuur, water en landschap stellen. Nieuwe bouwpercelen in open gebieden staan we niet toe.',
      },
      { t: 'h', l: 2, text: 'Recreatie en evenementen' },
      {
        t: 'p',
        text: 'Het merengebied, de Waddeneilanden en de Elfstedensteden trekken veel bezoekers. Voor evenementen en festivals in het landelijk gebied komen duidelijke regels, zodat organisatoren weten waar zij aan toe zijn.',
      },
      { t: 'h', l: 2, text: 'Water' },
      {
        t: 'p',
        text: 'Het IJsselmeer is de zoetwatervoorraad van het noorden. We zorgen voor veilige dijken langs de Waddenzee en het IJsselmeer en houden water vast in natte perioden.',
      },
      { t: 'h', l: 1, text: 'Landschappen' },
      { t: 'h', l: 2, text: 'Landschapstypen' },
      {
        t: 'p',
        text: 'Fryslân kent een grote afwisseling van landschappen. De tabel geeft per landschapstype de kenmerken en wat we willen; de begrenzing staat in de informatieobjecten van bijlage B.',
      },
      {
        t: 'table',
        cols: [4.2, 5.6, 6.0],
        header: ['Landschap', 'Kenmerken', 'Wat we willen'],
        rows: [
          ['Terpengebied', 'Open kleilandschap met terpen, wierden en kronkelende wegen in het noorden en westen.', 'Openheid en de terpen als cultuurhistorische kern behouden; nieuwe bebouwing bij bestaande erven.'],
          ['Kwelderwallen', 'Iets hoger gelegen oude kwelders langs de voormalige Middelzee.', 'Reliëf en verkaveling zichtbaar houden.'],
          ['Veenweide', 'Laag, nat en open grasland met lange kavels en vaarten.', 'Bodemdaling remmen; ruimte voor natte natuur en nieuwe teelten.'],
          ['Merengebied', 'Meren, vaarten en rietlanden rond Sneek, Grou en Joure.', 'Watersport en natuur in balans; rust op het water buiten de drukke routes.'],
          ['Noardlike Fryske Wâlden', 'Kleinschalig coulisselandschap met elzensingels en dykswâlen.', 'Singels en wallen behouden en herstellen als drager van de landbouw.'],
          ['Zandgronden', 'Bossen, heide en beekdalen in het zuidoosten.', 'Natuur versterken, ruimte voor recreatie in balans.'],
          ['Waddenkust', 'Zeedijk met kwelders en de Waddenzee als werelderfgoed.', 'Veiligheid en natuur samen ontwikkelen; de horizon blijft vrij.'],
          ['Waddeneilanden', 'Duinen, strand en eilanddorpen.', 'Eigen karakter en duisternis beschermen; toerisme binnen grenzen.'],
        ],
      },
      { t: 'h', l: 2, text: 'Steden en dorpen' },
      {
        t: 'p',
        text: 'Leeuwarden, Sneek, Heerenveen en Drachten vormen de stedelijke kernen. Daaromheen liggen vele dorpen met een eigen identiteit. We zetten in op aantrekkelijke centra en goede verbindingen tussen stad en platteland.',
      },
      { t: 'h', l: 2, text: 'Waddengebied' },
      {
        t: 'p',
        text: 'De Waddenzee is werelderfgoed. Ontwikkelingen aan de kust en op de eilanden mogen de openheid, de rust en de duisternis niet aantasten.',
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      {
        t: 'p',
        text: 'De visie wordt uitgevoerd met de omgevingsverordening, programma’s, subsidies en samenwerking in gebiedsprocessen. Voor ieder instrument kiezen we de lichtste vorm die het provinciaal belang borgt.',
      },
      { t: 'h', l: 2, text: 'Monitoring' },
      {
        t: 'p',
        text: 'Gedeputeerde Staten rapporteren jaarlijks over de voortgang. Eens per vier jaar bezien Provinciale Staten of de visie moet worden geactualiseerd.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Begrippen', sep: ' – ' },
      {
        t: 'table',
        cols: [4.5, 11.3],
        header: ['Begrip', 'Omschrijving'],
        rows: [
          ['inbreiding', 'bouwen binnen de bestaande bebouwde kom, op open plekken of door herstructurering'],
          ['mienskip', 'de Friese gemeenschapszin; inwoners die samen verantwoordelijkheid nemen voor hun omgeving'],
          ['sinneljedder', 'voorkeursvolgorde voor de plaatsing van zonnepanelen, van daken naar het vrije veld'],
        ],
      },
    ],
    [
      { t: 'bijlage', label: 'Bijlage B', nummer: 'B', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [8.5, 3.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Terpengebied', [0, 0], 6),
    gio('Veenweidegebied', [10, -12], 6),
    gio('Merengebied', [2, -22], 4),
    gio('Noardlike Fryske Wâlden', [30, 2], 5),
    gio('Waddenkust', [15, 22], 4),
    gio('Zoekgebied windenergie IJsselmeer', [-22, -28], 4),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-fryslan', regeling: 'omgevingsvisie-fryslan', doel: 'omgevingsvisie-fryslan-2026' },
    datums: { vaststelling: '2026-04-08', ondertekening: '2026-04-08', bekendmaking: '2026-04-16', inwerkingtreding: '2026-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880', '/tooi/def/concept/c_f4f1867a'],
    ambtsgebied: 'PV21',
  },
  geo: { origin: [185000, 565000] },
  meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Fryslân\\s+Hoofdstuk \\d+ '],
}
export default doc

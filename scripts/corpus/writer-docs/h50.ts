/**
 * h50 — Waterschap Scheldestromen (ws0661), holdout (session 8): an omgevingsvisie of the algemeen bestuur of a
 * waterschap. Content after the waterschap's public pages about its strategy and its tasks in Zeeland (waterveiligheid
 * along Noordzee, Westerschelde and Oosterschelde, zoetwater and verzilting, kreekruggen and zoetwaterlenzen, schoon
 * water, afvalwaterzuivering, the wegen in the buitengebied, klimaatadaptatie and energie), shortened and in our own
 * words. Layout: Caladea 10.5 pt with Liberation Sans headings in sea blue, Word outline numbering "1.", "1.1." and
 * "1.1.1." (numbers only as Word numbering; a "2.1. Titel" form), numbered lists "1." with "a." items numbered like
 * the chapters, a two-column section, a footnote, a table, header centred, footer "blz. n" right, a besluit of the
 * algemeen bestuur with "gelet op", "b e s l u i t :", Artikel 1–3 (inwerkingtreding the day after bekendmaking), the
 * visie as "Bijlage 1" and the GIO list as plain lines (naam, tab, identificatie) in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0661'
const gio = (naam: string, werk: string, at: [number, number], size = 4) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-04-29', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h50',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van Waterschap Scheldestromen over zijn strategie en taken in Zeeland (waterveiligheid langs Noordzee, Westerschelde en Oosterschelde, zoetwater en verzilting, kreekruggen en zoetwaterlenzen, schoon water, afvalwaterzuivering, wegen in het buitengebied, klimaatadaptatie en energie), hier als omgevingsvisie van het algemeen bestuur, ingekort en in eigen woorden; eigen opmaak: Caladea 10,5 pt met Liberation Sans-koppen in zeeblauw, Word-nummering "1.", "1.1." en "1.1.1." (nummers alleen als Word-nummering), genummerde lijsten "1." met "a."-items genummerd zoals de hoofdstukken, tweekoloms sectie, voetnoot, tabel, kopregel gecentreerd, voettekst "blz. n" rechts, besluit van het algemeen bestuur met "gelet op", "b e s l u i t :", Artikel 1–3 met inwerkingtreding de dag na bekendmaking, visie als "Bijlage 1", GIO-lijst als losse regels (naam, tab, identificatie) in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Scheldestromen',
  title: 'Omgevingsvisie Scheldestromen',
  style: {
    font: 'Caladea',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#005A8C',
    lineHeight: 112,
    spaceAfter: 0.25,
    page: { width: 21, height: 29.7, top: 2.0, bottom: 2.0, left: 2.4, right: 2.4 },
    outline: [
      { format: '1', suffix: '.', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
    },
    masters: {
      Standard: {
        header: ['\twaterschap Scheldestromen · Omgevingsvisie 2050'],
        footer: ['\t\tblz. {page}'],
      },
    },
    tableBorder: '0.5pt solid #005A8C',
    tableHeaderBg: '#DCEBF3',
    tableFontSize: 9.5,
    tussenkop: { italic: true, bold: true, color: '#005A8C' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van waterschap Scheldestromen tot vaststelling van de Omgevingsvisie Scheldestromen 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van waterschap Scheldestromen tot vaststelling van de Omgevingsvisie Scheldestromen 2050' },
      { t: 'p', text: 'Het algemeen bestuur van waterschap Scheldestromen;' },
      { t: 'p', text: 'gezien het voorstel van het dagelijks bestuur van 14 maart 2027, registratienummer AB-2027-031;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Scheldestromen 2050, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na bekendmaking.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit wordt aangehaald als: Besluit omgevingsvisie Scheldestromen.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 29 april 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. P.J. de Kam'], right: ['de dijkgraaf,', '', '', 'mr. drs. H.C. van Dongen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Scheldestromen 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit van het algemeen bestuur van 29 april 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Scheldestromen 2050' },
      { t: 'p', style: 'subtitle', text: 'Veilig, voldoende en schoon water in Zeeland' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Waterschap in een deltaprovincie' },
      { t: 'p', text: 'Zeeland ligt voor een groot deel onder zeeniveau en wordt aan drie kanten omringd door zout water. Waterschap Scheldestromen zorgt voor de dijken, het water in de polders, het zuiveren van afvalwater en de wegen in het buitengebied van de hele provincie.' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'Het waterschap is niet verplicht een omgevingsvisie vast te stellen. Het algemeen bestuur doet dat toch, omdat de opgaven van het waterschap steeds meer samenhangen met die van provincie en gemeenten: wie bouwt, moet rekening houden met water; wie water beheert, moet rekening houden met ruimte.' },
      { t: 'h', l: 2, text: 'Onze kerntaken' },
      { t: 'p', text: 'Het waterschap heeft vijf kerntaken:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: [
          'Waterveiligheid: de primaire en regionale waterkeringen.',
          'Voldoende water: peilbeheer, aan- en afvoer.',
          'Schoon water: de kwaliteit van het oppervlaktewater.',
          { text: 'Afvalwater: transport en zuivering, met:', sub: ['zestien rioolwaterzuiveringen;', 'een netwerk van persleidingen en gemalen.'] },
          'Wegen: de wegen in het buitengebied.',
        ],
      },
      { t: 'h', l: 1, text: 'Zeeland verandert' },
      { t: 'h', l: 2, text: 'Klimaat' },
      { t: 'p', text: 'De zeespiegel stijgt, de zomers worden droger en de buien heviger. Voor Zeeland betekent dat meer druk op de dijken, minder zoet water in de zomer en meer verzilting van het grondwater.' },
      { t: 'h', l: 3, text: 'Zeespiegelstijging' },
      { t: 'p', text: 'Volgens de scenario\'s van het KNMI kan de zeespiegel aan het eind van de eeuw een meter hoger staan.[^KNMI-klimaatscenario\'s 2023; bij hoge uitstoot is de stijging groter.] De Deltawerken en de versterkte dijken langs de Westerschelde geven tot ver in die periode bescherming, maar niet onbeperkt.' },
      { t: 'h', l: 3, text: 'Droogte en verzilting' },
      { t: 'p', text: 'Zeeland heeft geen aanvoer van zoet rivierwater. De landbouw is afhankelijk van neerslag en van zoetwaterlenzen onder de kreekruggen.' },
      { t: 'h', l: 2, text: 'Bodemdaling' },
      { t: 'p', text: 'In de lage polders daalt de bodem langzaam. Dat maakt het peilbeheer duurder en vergroot de kwel van zout grondwater.' },
      { t: 'h', l: 1, text: 'Keuzes tot 2050' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Waterveiligheid voorop' },
          { t: 'p', text: 'Bij elke ontwikkeling op of bij een dijk weegt waterveiligheid het zwaarst. Wij houden ruimte vrij achter de dijken, zodat zij later kunnen worden versterkt.' },
          { t: 'h', l: 2, text: 'Zoet water vasthouden' },
          { t: 'p', text: 'Wij houden zoet water langer vast in de polders en helpen agrariërs met het infiltreren van water in kreekruggen.' },
          { t: 'tk', text: 'Kreekruggen' },
          { t: 'p', text: 'De zandige kreekruggen zijn de natuurlijke voorraadkamers van zoet water. Daar willen wij geen ingrepen die de zoetwaterlens verkleinen.' },
          { t: 'h', l: 2, text: 'Schoon water' },
          { t: 'p', text: 'In 2027 moeten de wateren voldoen aan de Kaderrichtlijn Water. Wij pakken de lozingen aan en richten oevers natuurvriendelijk in.' },
        ],
      },
      { t: 'h', l: 2, text: 'Klimaatbestendig bouwen' },
      { t: 'p', text: 'Wij vragen gemeenten om bij nieuwe wijken uit te gaan van de volgende volgorde:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: ['Regenwater vasthouden op de plek waar het valt.', 'Regenwater bergen in de wijk.', 'Pas daarna afvoeren naar het oppervlaktewater.'],
      },
      { t: 'h', l: 2, text: 'Energie en grondstoffen' },
      { t: 'p', text: 'Onze zuiveringen worden energiefabrieken: wij winnen biogas, fosfaat en warmte uit afvalwater. Op dijken en bij gemalen plaatsen wij zonnepanelen waar dat de waterkering niet schaadt.' },
      { t: 'h', l: 2, text: 'Wegen in het buitengebied' },
      { t: 'p', text: 'Het waterschap beheert ruim 4.000 kilometer weg. Wij maken de wegen veiliger voor fietsers en landbouwverkeer.' },
      {
        t: 'table',
        cols: [4.2, 3.2, 8.8],
        header: ['Gebied', 'Wegen (km)', 'Opgave'],
        rows: [
          ['Walcheren', '640', 'fietsveiligheid, toeristisch verkeer'],
          ['Zuid- en Noord-Beveland', '1.120', 'landbouwverkeer, smalle dijkwegen'],
          ['Schouwen-Duiveland en Tholen', '980', 'recreatieverkeer in de zomer'],
          ['Zeeuws-Vlaanderen', '1.390', 'grensoverschrijdend verkeer\nen landbouwroutes'],
        ],
      },
      { t: 'h', l: 1, text: 'Samenwerken' },
      { t: 'p', text: 'Het waterschap werkt samen met de provincie Zeeland, de dertien Zeeuwse gemeenten, Rijkswaterstaat en de Vlaamse waterbeheerders langs de Schelde. Deze visie werkt door in het waterbeheerprogramma en in de waterschapsverordening.' },
      {
        t: 'ul',
        list: 'Streep',
        items: ['met gemeenten in de watertoets en de gemeentelijke omgevingsplannen;', 'met de provincie in het regionaal waterprogramma;', 'met Vlaanderen in de Vlaams-Nederlandse Scheldecommissie.'],
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden' },
      { t: 'p', text: 'Bij het besluit van het algemeen bestuur van 29 april 2027 tot vaststelling van de Omgevingsvisie Scheldestromen 2050 horen de volgende werkingsgebieden:' },
      { t: 'gio', layout: 'lines' },
    ],
  ],
  gios: [
    gio('Beheergebied Scheldestromen', 'beheergebied-scheldestromen', [0, 0], 30),
    gio('Primaire waterkeringen', 'primaire-waterkeringen', [-5, 5], 20),
    gio('Kreekruggen', 'kreekruggen-zoetwaterlenzen', [5, -3], 8),
    gio('Zoekgebied klimaatbuffers', 'zoekgebied-klimaatbuffers-zvl', [10, -20], 6),
    gio('Verziltingsgevoelig gebied', 'verziltingsgevoelig-gebied', [-8, -6], 10),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-scheldestromen', regeling: 'omgevingsvisie-scheldestromen-2050', doel: 'omgevingsvisie-scheldestromen' },
    datums: { vaststelling: '2027-04-29', ondertekening: '2027-04-29', bekendmaking: '2027-05-10' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0661',
  },
  geo: { origin: [45000, 390000] },
  meubilair: ['^blz\\. \\d+$', '^waterschap Scheldestromen · Omgevingsvisie 2050$'],
}
export default doc

/**
 * c17 — waterschap Hunze en Aa's (ws0646). Holdout. Inhoud bewerkt naar de kerntaken uit waterbeheerplannen
 * (waterveiligheid, voldoende en schoon water, zuivering) en het "leven met water" in de Veenkoloniën, het
 * Drentsche Aa-gebied en het Eems-Dollardgebied.
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'ws0646'
const gio = (naam: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-09-01', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'c17',
  set: 'dev', // held out in session 1, scored once, then developed on
  bron:
    'Bewerkt naar de kerntaken uit waterbeheerplannen van waterschappen (veilig, voldoende en schoon water, zuivering), toegespitst op het gebied van Hunze en Aa’s; eigen opmaak (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Hunze en Aa’s',
  title: 'Omgevingsvisie Hunze en Aa’s',
  style: {
    font: 'Liberation Sans',
    size: 11,
    headingSizes: [15, 12.5, 11, 11],
    headingColor: '#005A9C',
    lineHeight: 140,
    page: A4(2.0, 2.0, 2.0, 3.5),
    outline: decimalOutline(),
    lists: {
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'OpenSymbol' }, { char: '–' }] },
      Abc: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Hunze en Aa’s\t\tseptember 2026'],
        footer: ['{page} | waterschap Hunze en Aa’s'],
      },
    },
    tableHeaderBg: '#CFE2F3',
    tussenkop: { bold: true, color: '#005A9C' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van het waterschap Hunze en Aa’s tot vaststelling van de Omgevingsvisie Hunze en Aa’s',
    artikelen: ['1', '2'],
    inwerkingtreding: '2026-10-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'right', text: 'Veendam, 16 september 2026' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van het waterschap Hunze en Aa’s tot vaststelling van de Omgevingsvisie Hunze en Aa’s' },
      { t: 'p', text: 'Het algemeen bestuur van het waterschap Hunze en Aa’s,' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 18 augustus 2026;' },
      {
        t: 'p',
        text: 'gelet op artikel 56 van de Waterschapswet, artikel 2.1 van de Omgevingswet en artikel 3 van het Reglement voor het waterschap Hunze en Aa’s;',
      },
      {
        t: 'p',
        text: 'overwegende dat het waterschap zijn strategische keuzes voor het waterbeheer tot 2050 wil vastleggen, zodat gemeenten en provincies die kunnen meenemen in hun omgevingsvisies en -plannen;',
      },
      { t: 'p', style: 'bold', text: 'BESLUIT' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Hunze en Aa’s, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 oktober 2026.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van 16 september 2026.' },
      { t: 'sign', left: ['De secretaris-directeur,', '', '', 'ir. A.J. Smit'], right: ['De dijkgraaf,', '', '', 'mr. G.R. Wiersma'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hunze en Aa’s',
    front: [
      { t: 'break' },
      { t: 'p', style: 'label', text: 'BIJLAGE' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hunze en Aa’s' },
      { t: 'p', style: 'subtitle', text: 'Water als basis voor een leefbaar Noorden' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      {
        t: 'p',
        text: 'Het waterschap zorgt in het oosten van Groningen en het noordoosten van Drenthe voor veilige dijken, voldoende en schoon water en het zuiveren van afvalwater. Deze visie beschrijft hoe we dat tot 2050 willen doen, in een veranderend klimaat en in samenhang met de andere opgaven in het gebied.',
      },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      {
        t: 'p',
        text: 'Hoofdstuk 2 beschrijft ons gebied. De hoofdstukken 3 tot en met 5 behandelen onze taken. Hoofdstuk 6 gaat over samenwerking en uitvoering.',
      },
      { t: 'h', l: 1, text: 'Ons gebied' },
      {
        t: 'p',
        text: 'Het beheergebied loopt van de Hondsrug via de Veenkoloniën naar de kust van de Dollard. Beekdalen zoals dat van de Drentsche Aa, veenkoloniale kanalen en zeekleipolders bepalen het beeld.',
      },
      { t: 'tk', text: 'Bodemdaling' },
      {
        t: 'p',
        text: 'Door gaswinning en veenoxidatie daalt de bodem in een deel van het gebied. Dat raakt de afvoer van water en de stabiliteit van kaden.',
      },
      { t: 'h', l: 1, text: 'Veiligheid' },
      { t: 'h', l: 2, text: 'Zeedijken' },
      {
        t: 'p',
        text: 'De Eemsdijk en de Dollarddijk beschermen het achterland tegen de zee. Waar mogelijk versterken we ze met brede, groene dijken en kwelders.',
      },
      { t: 'h', l: 2, text: 'Regionale keringen' },
      {
        t: 'p',
        text: 'Langs de kanalen en het Eemskanaal liggen regionale keringen. We brengen ze op de norm en houden rekening met aardbevingsbestendigheid.',
      },
      { t: 'h', l: 1, text: 'Voldoende en schoon water' },
      { t: 'h', l: 2, text: 'Water vasthouden' },
      {
        t: 'p',
        text: 'We houden water langer vast in de haarvaten van het systeem. Dat helpt tegen droogte en vermindert piekafvoeren. Onze werkwijze:',
      },
      {
        t: 'ul',
        list: 'Vink',
        items: [
          'stuwen in beken en sloten flexibel beheren;',
          {
            text: 'beekdalen herinrichten:',
            sub: ['meer ruimte voor meanders;', 'natte natuur in de laagste delen.'],
          },
          'agrariërs ondersteunen bij peilgestuurde drainage.',
        ],
      },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      {
        t: 'p',
        text: 'Het water in onze beken en kanalen moet schoon genoeg zijn voor planten en dieren en voor de drinkwatervoorziening uit de Drentsche Aa. We nemen maatregelen samen met de landbouw en de drinkwaterbedrijven.',
      },
      {
        t: 'table',
        cols: [4.5, 3.0, 8.0],
        header: ['Waterlichaam', 'Toestand', 'Belangrijkste maatregel'],
        rows: [
          ['Drentsche Aa', 'matig', 'bufferstroken langs beken'],
          ['Hunze', 'ontoereikend', 'hermeandering en vispassages'],
          ['Veenkoloniale kanalen', 'matig', 'natuurvriendelijke oevers'],
        ],
      },
      { t: 'h', l: 1, text: 'Zuiveren' },
      {
        t: 'p',
        text: 'Onze rioolwaterzuiveringen worden energiefabrieken en grondstoffenfabrieken. We gaan op zoek naar mogelijkheden om gezuiverd water opnieuw te gebruiken.',
      },
      {
        t: 'ol',
        list: 'Abc',
        items: ['energie terugwinnen uit slib;', 'fosfaat en cellulose terugwinnen;', 'medicijnresten beter verwijderen.'],
      },
      { t: 'h', l: 1, text: 'Water en ruimte' },
      {
        t: 'p',
        text: 'Water is een van de dragers bij ruimtelijke keuzes. Bij woningbouw, energieprojecten en de omschakeling van de landbouw vragen we gemeenten en provincies om het watersysteem en de bodem als vertrekpunt te nemen.',
      },
      { t: 'h', l: 2, text: 'Veenkoloniën' },
      {
        t: 'p',
        text: 'In de Veenkoloniën zijn de wijken en kanalen de ruggengraat van het landschap. Door bodemdaling en droogte komt het peilbeheer onder druk. We zoeken samen met de landbouw naar een peilbeheer dat de bodem spaart en de teelt van zetmeelaardappelen en suikerbieten mogelijk houdt.',
      },
      { t: 'h', l: 2, text: 'Hondsrug en Drentsche Aa' },
      {
        t: 'p',
        text: 'Het stroomgebied van de Drentsche Aa is een van de gaafste beekdallandschappen van Nederland. Hier staan natuur en drinkwater voorop. Nieuwe functies mogen de kwaliteit van het grondwater en het beekwater niet verslechteren.',
      },
      { t: 'tk', text: 'Grondwaterbescherming' },
      {
        t: 'p',
        text: 'Rond de drinkwaterwinningen bij De Punt en Onnen gelden strenge eisen aan het gebruik van de bodem. We werken met provincie en drinkwaterbedrijf aan een gebiedsdossier per winning.',
      },
      { t: 'h', l: 2, text: 'Kustzone' },
      {
        t: 'p',
        text: 'Langs de Eems en de Dollard werken we aan een brede overgangszone van zout naar zoet, met kwelders, slibvelden en een veilige dijk. Zo groeit de kust mee met de zeespiegel en ontstaat nieuwe natuur.',
      },
      { t: 'h', l: 1, text: 'Samenwerking en uitvoering' },
      {
        t: 'p',
        text: 'We werken samen met gemeenten, provincies, Rijkswaterstaat en het Duitse waterbeheer in het Eems-Dollardgebied. De visie krijgt uitvoering in het waterbeheerprogramma.',
      },
      { t: 'h', l: 2, text: 'Watertoets' },
      {
        t: 'p',
        text: 'Bij ruimtelijke plannen adviseren we vroeg. De gebieden waar we bijzondere aandacht vragen, staan in de informatieobjecten van bijlage II.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I', nummer: 'I', text: 'Begrippen', sep: ': ' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: '**Beekdal** – laaggelegen gebied langs een beek, van nature nat.' },
          { t: 'p', text: '**Kade** – regionale waterkering langs een kanaal of boezem.' },
          { t: 'p', text: '**Kwelder** – begroeid buitendijks gebied dat bij hoogwater overstroomt.' },
          { t: 'p', text: '**Peil** – de waterstand die het waterschap nastreeft.' },
          { t: 'p', text: '**Stuw** – kunstwerk waarmee het waterpeil wordt geregeld.' },
          { t: 'p', text: '**Waterlichaam** – eenheid van oppervlaktewater volgens de Kaderrichtlijn Water.' },
        ],
      },
      { t: 'bijlage', label: 'Bijlage II', nummer: 'II', text: 'Geografische informatieobjecten', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [7.5, 4.5], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Beekdal Drentsche Aa', [0, 0], 3),
    gio('Zeedijken Eems-Dollard', [18, 30], 4),
    gio('Bodemdalingsgebied', [10, 22], 5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2026' },
    datums: { vaststelling: '2026-09-16', ondertekening: '2026-09-16', bekendmaking: '2026-09-23', inwerkingtreding: '2026-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_a71dc533'],
    ambtsgebied: 'WS0646',
  },
  geo: { origin: [225000, 555000] },
  meubilair: ['^Omgevingsvisie Hunze en Aa’s\\s+september 2026$', '^\\d+ \\| waterschap Hunze en Aa’s$'],
}
export default doc

/**
 * h109 — gemeente Roermond (gm0957), holdout (session 12): a Limburg gemeente of about 60.000 inwoners (the binnenstad
 * with the Munsterkerk, the Maasplassen, the Designer Outlet, the kernen Asenray, Maasniel, Herten, Leeuwen, Swalmen
 * and Boukoul). Content after the public texts on the Omgevingsvisie Roermond (adopted by the raad on 12 oktober 2023;
 * made with ketenpartners, stakeholders and inwoners; four central opgaves: de gezonde en veilige stad, de
 * aantrekkelijke woon- en werkstad, de duurzame stad, de stad van drie grote trekkers; the demografische opgave,
 * klimaatadaptatie and energietransitie; the visie as the afwegingskader for initiatives that depart from the
 * omgevingsplan), here as a revised visie of 2027, shortened and partly in our own words. Layout: 17 × 24 cm in
 * Liberation Sans 9 pt; chapters "1" … "7", sections "1.1", a third level LETTERED after the section number ("3.1.a");
 * table of contents of chapters only; header "gemeente Roermond" with the chapter name as a field at the right, footer
 * "Omgevingsvisie Roermond 2040" + "pagina n"; a four-column table; raadsbesluit "De raad van de gemeente Roermond;
 * gelezen …; gelet op …; besluit:" with beslispunten I.–III. (the second withdraws the Omgevingsvisie Roermond of
 * 2023, the third names the date); visie as "Bijlage 1"; GIO table Naam | Identificatie | Toelichting in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0957'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-14', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h109',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Roermond (vastgesteld op 12 oktober 2023; gemaakt met ketenpartners, stakeholders en inwoners; vier centrale opgaves: de gezonde en veilige stad, de aantrekkelijke woon- en werkstad, de duurzame stad, de stad van drie grote trekkers; demografische opgave, klimaatadaptatie en energietransitie; de visie als afwegingskader voor initiatieven), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 17 × 24 cm in Liberation Sans 9 pt, hoofdstukken "1" … "7", paragrafen "1.1", een derde niveau GELETTERD na het paragraafnummer ("3.1.a"), inhoudsopgave van hoofdstukken, kopregel "gemeente Roermond" met de hoofdstuknaam als veld rechts, voettekst "Omgevingsvisie Roermond 2040" + "pagina n", een tabel van vier kolommen, raadsbesluit met "besluit:" en beslispunten I.–III. (intrekking van de visie van 2023, inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Roermond',
  title: 'Omgevingsvisie Roermond 2040',
  style: {
    font: 'Liberation Sans',
    size: 9,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 11.5, 9.5, 9],
    headingColor: '#006B5F',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2, right: 1.8 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: 'a', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['gemeente Roermond\t\t{chaptername}'],
        footer: ['Omgevingsvisie Roermond 2040\t\tpagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #006B5F',
    tableHeaderBg: '#D9EEEB',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Roermond tot vaststelling van de Omgevingsvisie Roermond 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Roermond · raadsvoorstel nr. 2027-0183' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Roermond tot vaststelling van de Omgevingsvisie Roermond 2040' },
      { t: 'p', text: 'De raad van de gemeente Roermond;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 31 augustus 2027, nr. 2027-0183;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en artikel 16.36 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: 'I. de Omgevingsvisie Roermond 2040, opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2 vast te stellen;' },
      { t: 'p', text: 'II. de Omgevingsvisie Roermond, vastgesteld op 12 oktober 2023, in te trekken;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 1 januari 2028.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van 14 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. L.M.J. Huijnen'], right: ['de voorzitter,', '', '', 'drs. R.H.M. Donners'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Roermond 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsvoorstel nr. 2027-0183' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Roermond 2040' },
      { t: 'p', style: 'subtitle', text: 'Stad aan Maas en Roer' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'De omgevingsvisie gaat over alles wat we nodig hebben om in Roermond te kunnen leven, wonen, werken, studeren en recreëren: natuur, wegen, gebouwen, lucht, water, infrastructuur en cultureel erfgoed.' },
      { t: 'h', l: 2, text: 'Waarom een herziening' },
      { t: 'p', text: 'De visie van 2023 was de eerste onder de Omgevingswet. Sindsdien zijn de woningbouwopgave en de netcongestie groter geworden; daarom herzien we de visie.' },
      { t: 'h', l: 2, text: 'Hoe lees je deze visie' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft Roermond nu; de hoofdstukken 3 tot en met 6 beschrijven de vier opgaves; hoofdstuk 7 de uitvoering.' },
      { t: 'h', l: 1, text: 'Roermond nu' },
      { t: 'p', text: 'Roermond is de centrumstad van Midden-Limburg, met een historische binnenstad, de Maasplassen en een sterke positie in de Euregio.' },
      { t: 'h', l: 2, text: 'Karakteristiek' },
      { t: 'p', text: 'Stad aan Maas en Roer, met kernen die elk hun eigen karakter hebben: Asenray, Maasniel, Herten, Leeuwen, Swalmen en Boukoul.' },
      { t: 'h', l: 2, text: 'Trends' },
      { t: 'ul', list: 'Punt', items: ['de bevolking vergrijst en het aantal huishoudens groeit;', 'klimaatverandering brengt hitte, droogte en hoogwater;', { text: 'de energietransitie vraagt ruimte voor', sub: ['zonnevelden;', 'netuitbreiding.'] }] },
      { t: 'h', l: 1, text: 'De gezonde en veilige stad' },
      { t: 'p', text: 'Iedereen in Roermond kan gezond en veilig wonen, werken en recreëren.' },
      { t: 'h', l: 2, text: 'Gezonde leefomgeving' },
      { t: 'h', l: 3, text: 'Beweegvriendelijke wijken' },
      { t: 'p', text: 'Straten en parken nodigen uit tot wandelen, fietsen en spelen.' },
      { t: 'h', l: 3, text: 'Luchtkwaliteit en geluid' },
      { t: 'p', text: 'Langs de A73 en de N280 houden we afstand tussen wonen en verkeer.' },
      { t: 'h', l: 2, text: 'Hoogwaterveiligheid' },
      { t: 'p', text: 'De Maas krijgt de ruimte; binnen de dijkzones bouwen we niet.' },
      { t: 'h', l: 1, text: 'De aantrekkelijke woon- en werkstad' },
      { t: 'p', text: 'Roermond blijft een aantrekkelijke stad om te wonen en te werken, voor jong en oud.' },
      {
        t: 'table',
        cols: [3.4, 2.6, 2.6, 4.2],
        header: ['Kern', 'Woningen nu', 'Erbij tot 2040', 'Accent'],
        rows: [
          ['Roermond-stad', '21.400', '2.100', 'binnenstedelijk'],
          ['Maasniel', '3.900', '350', 'levensloopbestendig'],
          ['Herten', '2.200', '150', 'starters'],
          ['Swalmen', '4.100', '300', 'dorps wonen'],
        ],
      },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'h', l: 3, text: 'Binnenstedelijk bouwen' },
      { t: 'p', text: 'We bouwen eerst op inbreidingslocaties en transformeren leegstaand vastgoed.' },
      { t: 'h', l: 3, text: 'Wonen in de kernen' },
      { t: 'p', text: 'In de kernen bouwen we voor de eigen behoefte.' },
      { t: 'h', l: 2, text: 'Werken' },
      { t: 'p', text: 'De bedrijventerreinen Willem-Alexander en Heide blijven ruimte bieden aan logistiek en maakindustrie.' },
      { t: 'h', l: 1, text: 'De duurzame stad' },
      { t: 'p', text: 'Roermond wordt klimaatbestendig en energieneutraal.' },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'Meer groen en minder steen; regenwater houden we vast in de wijk.' },
      { t: 'h', l: 2, text: 'Energietransitie' },
      { t: 'p', text: 'Zon op daken gaat voor zon in het veld. Grootschalige opwek is alleen mogelijk in de zoekgebieden van bijlage 2, onder de voorwaarden:' },
      { t: 'ol', list: 'Letter', items: ['de landschappelijke inpassing is goed;', 'de omgeving deelt mee in de opbrengst;', 'er is netcapaciteit.'] },
      { t: 'h', l: 1, text: 'De stad van drie grote trekkers' },
      { t: 'p', text: 'De binnenstad, het Designer Outlet en de Maasplassen trekken samen miljoenen bezoekers per jaar.' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'De historische binnenstad rond de Munsterkerk blijft het hart van Roermond.' },
      { t: 'h', l: 2, text: 'Designer Outlet' },
      { t: 'p', text: 'De verbinding tussen het Outlet en de binnenstad versterken we.' },
      { t: 'h', l: 2, text: 'Maasplassen' },
      { t: 'p', text: 'Recreatie op en langs het water, met respect voor natuur.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Samenwerken' },
      { t: 'p', text: 'Heeft u een plan dat afwijkt van het omgevingsplan maar bijdraagt aan de opgaves? Dan denken wij graag met u mee.' },
      { t: 'h', l: 2, text: 'Programma’s' },
      { t: 'p', text: 'We werken de visie uit in programma’s voor wonen, klimaat en de binnenstad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [3.6, 6.4, 3.2], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Roermond', 'gemeente-roermond', 'hele gemeente', [0, 0], 4),
    gio('Historische binnenstad Roermond', 'historische-binnenstad-roermond', 'paragraaf 6.1', [0.2, 0.1], 0.5),
    gio('Maasplassen', 'maasplassen', 'paragraaf 6.3', [-1.5, 1], 1.5),
    gio('Zoekgebieden zonne-energie', 'zoekgebieden-zonne-energie', 'paragraaf 5.2', [2, -2], 1),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-roermond-2040', regeling: 'omgevingsvisie-roermond-2040', doel: 'omgevingsvisie-roermond-2040' },
    datums: { vaststelling: '2027-10-14', ondertekening: '2027-10-14', bekendmaking: '2027-10-21', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0957',
  },
  geo: { origin: [196000, 356000] },
  meubilair: [
    '^gemeente Roermond( (Inleiding|Roermond nu|De gezonde en veilige stad|De aantrekkelijke woon- en werkstad|De duurzame stad|De stad van drie grote trekkers|Uitvoering))?$',
    '^Omgevingsvisie Roermond 2040 pagina \\d+$',
  ],
}
export default doc

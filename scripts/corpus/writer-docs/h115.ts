/**
 * h115 — gemeente Zoeterwoude (gm0638), holdout (session 12): a very small gemeente of about 9.000 inwoners in the
 * Groene Hart (Zoeterwoude-Dorp and Zoeterwoude-Rijndijk, separated from Leiden by the A4; the open veenweide of the
 * Weipoort and the Westeinde; the brouwerij on bedrijventerrein Grote Polder). Content after the public texts on the
 * Zoeterwoudse Omgevingsvisie (a dorpstour, enquêtes of the inwonerpanel and interviews on the kernwaarden in 2021; the
 * ontwerp ter visie from 8 maart to 19 april 2022 with a bakfiets ronde, an inloop in De Eendenkooi and activities at
 * the basisscholen; a Nota van Beantwoording and a logboek; "Zoeterwoude groeit"; the landelijk gebied with
 * bodemdaling, droogte and wateroverlast; a 'ja, mits' attitude), here as a revised visie of 2027, shortened and
 * partly in our own words. Layout: 17 × 24 cm in DejaVu Serif 9 pt with Liberation Sans Narrow headings; chapters
 * "1" … "6", sections "1.1" (two heading levels only); in chapter 2 the PARAGRAPHS OF TEXT ARE NUMBERED "2.1.1",
 * "2.1.2" … (numbered paragraphs, not headings); table of contents of chapters only; no header, footer "Zoeterwoudse
 * Omgevingsvisie | n" right; lists "•" and "1."; a table; "besluit:" with beslispunten 1.–3. (Nota van Beantwoording,
 * the visie, withdrawal of the visie of 2022; no date), signed by "de plv. griffier"; visie as "Bijlage 1"; GIO table
 * Naam | Identificatie | Toelichting in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0638'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-11', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h115',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Zoeterwoudse Omgevingsvisie (dorpstour, enquêtes van het inwonerpanel en interviews over de kernwaarden in 2021; het ontwerp ter visie van 8 maart tot en met 19 april 2022 met een bakfietsronde, een inloop in De Eendenkooi en activiteiten op de basisscholen; een Nota van Beantwoording en een logboek; "Zoeterwoude groeit"; het landelijk gebied met bodemdaling, droogte en wateroverlast; de \'ja, mits\'-gedachte), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 17 × 24 cm in DejaVu Serif 9 pt met Liberation Sans Narrow-koppen, hoofdstukken "1" … "6", paragrafen "1.1" (twee kopniveaus), in hoofdstuk 2 GENUMMERDE ALINEA\'S "2.1.1", "2.1.2" … (tekst, geen koppen), inhoudsopgave van hoofdstukken, geen kopregel, voettekst "Zoeterwoudse Omgevingsvisie | n" rechts, lijsten "•" en "1.", een tabel, "besluit:" met beslispunten 1.–3. (Nota van Beantwoording, de visie, intrekking van de visie van 2022), ondertekend door "de plv. griffier", visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Zoeterwoude',
  title: 'Zoeterwoudse Omgevingsvisie',
  style: {
    font: 'DejaVu Serif',
    size: 9,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [16, 12, 10.5, 9.5],
    headingColor: '#4E7A27',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 2, bottom: 2, left: 2, right: 1.8 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['\t\tZoeterwoudse Omgevingsvisie | {page}'] },
    },
    tableBorder: '0.5pt solid #4E7A27',
    tableHeaderBg: '#E6EFDC',
    tableFontSize: 8,
    tussenkop: { bold: true, color: '#4E7A27', size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Zoeterwoude tot vaststelling van de Zoeterwoudse Omgevingsvisie',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Zoeterwoude · raadsbesluit Z-27-104412' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Zoeterwoude tot vaststelling van de Zoeterwoudse Omgevingsvisie' },
      { t: 'p', text: 'De raad van de gemeente Zoeterwoude;' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 14 september 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en artikel 16.21 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: '1. de Nota van Beantwoording zienswijzen ontwerp-Zoeterwoudse Omgevingsvisie vast te stellen;' },
      { t: 'p', text: '2. de Zoeterwoudse Omgevingsvisie, opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2, vast te stellen;' },
      { t: 'p', text: '3. de Zoeterwoudse Omgevingsvisie, vastgesteld op 8 september 2022, in te trekken.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van de gemeente Zoeterwoude van 11 november 2027.' },
      { t: 'sign', left: ['de plv. griffier,', '', '', 'mr. drs. E.M. van Leeuwen'], right: ['de voorzitter,', '', '', 'drs. L.J. Wilbrink'] },
    ],
  },
  visie: {
    opschrift: 'Zoeterwoudse Omgevingsvisie',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit Z-27-104412' },
      { t: 'p', style: 'title', text: 'Zoeterwoudse Omgevingsvisie' },
      { t: 'p', style: 'subtitle', text: 'Groen, dorps en verbonden' },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Zoeterwoude groeit. Dat vraagt om keuzes op het gebied van wonen en het opwekken van energie, over hoe we omgaan met ons landschap en wat dat betekent voor onze gezondheid. Deze omgevingsvisie beschrijft wat we belangrijk vinden voor het gebied waarin we wonen, werken en recreëren.' },
      { t: 'h', l: 2, text: 'Aanleiding' },
      { t: 'p', text: 'De eerste Zoeterwoudse Omgevingsvisie is in 2022 vastgesteld. Sindsdien zijn de woningbouwopgave en de opgave voor het veenweidegebied groter geworden.' },
      { t: 'h', l: 2, text: 'Hoe we de visie maakten' },
      { t: 'p', text: 'Veel inwoners, ondernemers en organisaties dachten mee:' },
      { t: 'ul', list: 'Punt', items: ['een dorpstour langs Zoeterwoude-Dorp en Zoeterwoude-Rijndijk;', 'twee enquêtes van het inwonerpanel;', 'een ronde met de bakfiets en een inloop in De Eendenkooi;', 'activiteiten met kinderen op de basisscholen.'] },
      { t: 'h', l: 2, text: 'Status van de visie' },
      { t: 'p', text: 'De visie bindt de gemeente zelf. Zij is het kader voor het omgevingsplan en voor de beoordeling van initiatieven.' },
      { t: 'h', l: 1, text: 'Onze kernwaarden' },
      { t: 'p', text: 'In de gesprekken kwamen steeds dezelfde kernwaarden terug. Wij hebben ze per onderwerp uitgeschreven in genummerde alinea’s.' },
      { t: 'h', l: 2, text: 'Groen en open' },
      { t: 'p', text: '2.1.1 Zoeterwoude is een Groene Hart-gemeente. Het open veenweidelandschap rond de kernen is de grootste kwaliteit van de gemeente en blijft open.' },
      { t: 'p', text: '2.1.2 Het groen in de kernen, met de singels en de speelplekken, draagt bij aan de gezondheid van inwoners en aan de biodiversiteit.' },
      { t: 'p', text: '2.1.3 Nieuwe ontwikkelingen aan de randen van de kernen maken de overgang naar het landschap zorgvuldig.' },
      { t: 'h', l: 2, text: 'Dorps en betrokken' },
      { t: 'p', text: '2.2.1 Zoeterwoude-Dorp en Zoeterwoude-Rijndijk houden hun eigen, dorpse karakter: kleinschalig, met voorzieningen dichtbij.' },
      { t: 'p', text: '2.2.2 Inwoners zijn betrokken bij hun omgeving. Wij nodigen hen uit om zelf initiatieven te nemen.' },
      { t: 'h', l: 2, text: 'Verbonden met de regio' },
      { t: 'p', text: '2.3.1 Zoeterwoude ligt naast Leiden en werkt samen in Holland Rijnland. Voor werk, onderwijs en zorg zijn inwoners op de regio aangewezen.' },
      { t: 'p', text: '2.3.2 De A4 en de Rijn verbinden, maar zij scheiden ook. Wij zoeken naar betere fiets- en wandelverbindingen over deze barrières.' },
      { t: 'h', l: 1, text: 'Wonen en leven in de kernen' },
      { t: 'p', text: 'Er is vraag naar woningen voor starters, voor ouderen en voor wie in Zoeterwoude wil blijven wonen.' },
      { t: 'h', l: 2, text: 'Zoeterwoude-Dorp' },
      { t: 'p', text: 'Het Dorp is een langgerekte kern, aan alle kanten omringd door het veenweidegebied. Inbreiding gaat voor uitbreiding.' },
      { t: 'h', l: 2, text: 'Zoeterwoude-Rijndijk' },
      { t: 'p', text: 'Langs de Hoge Rijndijk zijn kansen voor transformatie en voor woningbouw dicht bij het openbaar vervoer.' },
      {
        t: 'table',
        cols: [4.5, 3, 5.7],
        header: ['Locatie', 'Woningen', 'Doelgroep'],
        rows: [
          ['Rijndijk-west', '180', 'starters en senioren'],
          ['Dorp, De Zwethof', '44', 'duurzame grondgebonden woningen'],
          ['Dorp, inbreiding', '60', 'ouderen en jongeren'],
        ],
      },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      { t: 'p', text: 'Scholen, sportvelden en de winkels aan het dorpsplein houden we op peil.' },
      { t: 'h', l: 1, text: 'Het landelijk gebied' },
      { t: 'p', text: 'Het landelijk gebied verandert. Duurzaamheid speelt een steeds grotere rol; agrariërs bereiden zich voor op veranderingen in hun sector. Wij willen een agrarische gemeente blijven.' },
      { t: 'h', l: 2, text: 'Veenweide en bodemdaling' },
      { t: 'p', text: 'Samen met het Hoogheemraadschap van Rijnland en de agrariërs zoeken wij naar een waterpeil dat de bodemdaling remt en de melkveehouderij een toekomst geeft.' },
      { t: 'h', l: 2, text: 'Recreatie en natuur' },
      { t: 'p', text: 'Boerenlandpaden, de Weipoortse Vliet en het recreatiegebied maken het landschap beleefbaar.' },
      { t: 'h', l: 1, text: 'Werken en energie' },
      { t: 'h', l: 2, text: 'Bedrijventerrein Grote Polder' },
      { t: 'p', text: 'De brouwerij en de andere bedrijven in de Grote Polder zijn belangrijk voor de werkgelegenheid in de regio. Wij geven ruimte aan verduurzaming van het terrein.' },
      { t: 'h', l: 2, text: 'Duurzame energie' },
      { t: 'p', text: 'Voor zon en wind volgen wij de voorkeursvolgorde:' },
      { t: 'ol', list: 'Nummer', items: ['daken van woningen, bedrijven en stallen;', 'terreinen langs de A4 en op bedrijventerreinen;', 'het landelijk gebied alleen met een duidelijke meerwaarde voor het landschap.'] },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Ja, mits' },
      { t: 'p', text: 'Wij staan positief tegenover goede initiatieven. Dat noemen we de ‘ja, mits’-gedachte: soms is het nodig voorwaarden te stellen.' },
      { t: 'h', l: 2, text: 'Actualisatie' },
      { t: 'p', text: 'Wij houden in een logboek bij wat er verandert en actualiseren de visie elke vier jaar.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [3.4, 6.6, 3.2], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Zoeterwoude', 'gemeente-zoeterwoude', 'hele grondgebied', [0, 0], 4),
    gio('Veenweidegebied Zoeterwoude', 'veenweidegebied-zoeterwoude', 'paragraaf 4.1', [1.5, -1.5], 2),
    gio('Bedrijventerrein Grote Polder', 'bedrijventerrein-grote-polder', 'paragraaf 5.1', [-1.2, 1], 0.6),
    gio('Transformatiezone Rijndijk', 'transformatiezone-rijndijk', 'paragraaf 3.2', [-0.5, 2], 0.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'zoeterwoudse-omgevingsvisie-2027', regeling: 'zoeterwoudse-omgevingsvisie', doel: 'zoeterwoudse-omgevingsvisie-2027' },
    datums: { vaststelling: '2027-11-11', ondertekening: '2027-11-11', bekendmaking: '2027-11-18' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0638',
  },
  geo: { origin: [96000, 460000] },
  meubilair: ['^Zoeterwoudse Omgevingsvisie \\| \\d+$'],
}
export default doc

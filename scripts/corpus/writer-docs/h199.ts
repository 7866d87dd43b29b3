/**
 * h199 — gemeente Venray (gm0984), holdout (session 13): the Noord-Limburgse gemeente of some 44.000 inwoners, the
 * stad Venray and 13 kerkdorpen (Blitterswijck, Castenray, Geijsteren, Heide, Leunen, Merselo, Oirlo, Oostrum, Smakt,
 * Veulen, Vredepeel, Wanssum en Ysselsteyn) between Peel and Maas. Content after the public texts on the
 * Omgevingsvisie Venray (adopted by the raad on 2 November 2021 as the spatial translation of the Toekomstvisie 2030
 * "Venray loopt voorop"; four hoofdambities "Groen wonen voor iedereen", "Een gezond Venray heeft de toekomst",
 * "Venray bloeit, bruist en boeit" and "Natuurlijk Venray"; per gebied waarden, ambities en thema’s; an
 * Omgevingseffectrapport (OER) and the advice of the Commissie mer), here as a renewed visie of 2028, shortened and
 * partly in our own words. Layout: LibreOffice, a 17 × 24 cm book page, P052 9.5 pt; PARTS "Deel A Visie", "Deel B
 * Gebieden", "Deel C Uitvoering" (level 1, nummer "A" …) with chapters "1" under each part (numbering RESTARTS per
 * part), sections "1.1" and a third level "2.4.1"; table of contents "Inhoud" of two levels; headers that differ on
 * left and right pages ("Gemeente Venray · Omgevingsvisie 2028" / "Venray loopt voorop"), page number in the footer;
 * lists "•" and "1."; a table; raadsbesluit with Artikel 1–3; GIO table Naam | Identificatie | Toelichting in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0984'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-31', '1'),
  toelichting,
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })

const doc: Doc = {
  id: 'h199',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de Omgevingsvisie Venray (op 2 november 2021 door de raad vastgesteld als ruimtelijke vertaling van de Toekomstvisie 2030 "Venray loopt voorop"; vier hoofdambities "Groen wonen voor iedereen", "Een gezond Venray heeft de toekomst", "Venray bloeit, bruist en boeit" en "Natuurlijk Venray"; per gebied waarden, ambities en thema\'s; een Omgevingseffectrapport (OER) en het advies van de Commissie mer; de stad Venray en 13 kerkdorpen), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: boekformaat 17 × 24 cm, P052 9,5 pt, DELEN "Deel A Visie", "Deel B Gebieden", "Deel C Uitvoering" (niveau 1, nummer "A" …) met hoofdstukken "1" onder elk deel (nummering BEGINT PER DEEL OPNIEUW), paragrafen "1.1" en een derde niveau "2.4.1", inhoudsopgave "Inhoud" van twee niveaus, koptekst verschillend op linker- en rechterpagina ("Gemeente Venray · Omgevingsvisie 2028" / "Venray loopt voorop"), paginanummer onderaan, lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Venray',
  title: 'Omgevingsvisie Venray',
  style: {
    font: 'P052',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 10.5, 9.5],
    headingColor: '#2f5d27',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2.0, right: 1.7 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ' },
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tVenray loopt voorop'],
        headerLeft: ['Gemeente Venray · Omgevingsvisie 2028'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.4pt solid #2f5d27',
    tableHeaderBg: '#e4eedf',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Venray tot vaststelling van de Omgevingsvisie Venray',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Venray tot vaststelling van de Omgevingsvisie Venray' },
      p('De raad van de gemeente Venray;'),
      p('gelezen het voorstel van burgemeester en wethouders van 5 september 2028, nummer 2028-0186;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 16.4 van die wet;'),
      p('gezien het Omgevingseffectrapport Omgevingsvisie Venray en het advies van de Commissie mer;'),
      p('gezien het Eindrapport zienswijzen, ambtshalve aanpassingen en advies Commissie mer;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Venray vast te stellen, met de geografische informatieobjecten opgenomen in bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Venray van 2 november 2021 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 januari 2029.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 31 oktober 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'mr. M. Poels'], right: ['de voorzitter,', '', 'L.A.M. Kuypers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Venray',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Venray' },
      { t: 'p', style: 'subtitle', text: 'Groen, natuurlijk, gezond en bruisend' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Visie'),
      h(2, 'Inleiding'),
      h(3, 'Van Toekomstvisie naar Omgevingsvisie'),
      p('De omgevingsvisie is de ruimtelijke vertaling van de Toekomstvisie 2030 "Venray loopt voorop". De verschillende opgaven, zoals klimaatverandering, energietransitie en woningbouw, komen samen in vier integrale hoofdambities voor de komende 10 à 20 jaar.'),
      h(3, 'Status van de visie'),
      p('De Omgevingsvisie is een strategische visie voor de lange termijn en heeft betrekking op de gehele fysieke leefomgeving en het hele grondgebied van de gemeente. Zij bindt alleen de gemeente zelf.'),
      h(3, 'Omgevingseffectrapport'),
      p('Visies die kaderstellend zijn voor toekomstige ontwikkelingen zijn m.e.r.-plichtig. Parallel aan de visie is daarom een Omgevingseffectrapport (OER) opgesteld.'),
      h(2, 'Vier hoofdambities'),
      p('Wij vatten onze koers samen in vier hoofdambities.'),
      h(3, 'Groen wonen voor iedereen'),
      p('Toegankelijk groen in alle woongebieden beperkt hittestress en wateroverlast. Wij bouwen woningen voor starters, gezinnen en ouderen in de stad en in de kerkdorpen.'),
      h(3, 'Een gezond Venray heeft de toekomst'),
      p('Wij zetten in op:'),
      ul(['een goede milieukwaliteit;', 'duurzame energiebronnen;', { text: 'kringlooplandbouw', sub: ['minder uitstoot van stikstof en geur;', 'innovatie in de agrarische sector.'] }]),
      h(3, 'Venray bloeit, bruist en boeit'),
      p('De gemeente moet aantrekkelijk zijn en blijven voor inwoners en bedrijven om zich te vestigen en te ontwikkelen. Het centrum van Venray bruist.'),
      h(3, 'Natuurlijk Venray'),
      p('Wij behouden en versterken de ruimtelijke kwaliteiten van het land tussen Peel en Maas.'),
      h(4, 'Landschap, natuur en water'),
      p('Voor de bestaande natuurgebieden is herstel en versterking van de natuurkwaliteit gericht op het verbeteren van de biodiversiteit van belang.'),
      h(4, 'Cultureel erfgoed'),
      p('Kastelen, kloosters en de Peelontginningen vertellen het verhaal van Venray.'),
      { t: 'break' },
      h(1, 'Gebieden'),
      p('Per gebied werken wij de waarden, ambities en thema’s uit. De tabel geeft een overzicht.'),
      {
        t: 'table',
        cols: [3.4, 5.0, 4.9],
        header: ['Gebied', 'Waarden', 'Ambitie'],
        rows: [
          ['Stad Venray', 'centrum, zorg, onderwijs', 'bruisend centrum'],
          ['Kerkdorpen', 'gemeenschapszin', 'vitale dorpen'],
          ['Maasvallei', 'rivierlandschap', 'natuur en recreatie'],
          ['Peelgebied', 'ontginningslandschap', 'kringlooplandbouw'],
        ],
      },
      h(2, 'Stad Venray'),
      h(3, 'Centrum'),
      p('Het centrum wordt compacter, met meer wonen en groen rond de Grote Markt.'),
      h(3, 'Woonwijken'),
      p('In de wijken vergroenen wij de openbare ruimte en verduurzamen wij de woningen.'),
      h(2, 'Kerkdorpen'),
      h(3, 'Maasdorpen'),
      p('Wanssum, Geijsteren, Blitterswijck en Oostrum liggen aan de Maas. De haven van Wanssum is een economische motor.'),
      h(3, 'Peeldorpen'),
      p('Ysselsteyn, Vredepeel, Heide en Merselo liggen in het jonge ontginningslandschap van de Peel.'),
      h(2, 'Buitengebied'),
      h(3, 'Peelontginningen'),
      p('Hier ligt de opgave voor de transitie van de veehouderij.'),
      h(3, 'Maasvallei'),
      p('In de Maasvallei gaan rivierverruiming, natuur en recreatie samen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Instrumenten'),
      p('Wij werken de visie uit in het omgevingsplan en in programma’s, zoals het programma Landelijk Gebied.'),
      h(2, 'Monitoring'),
      p('Elke raadsperiode beoordelen wij of de visie moet worden bijgesteld.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [3.2, 6.4, 3.7], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Venray', 'gemeente-venray', 'ambtsgebied', [0, 0], 9),
    gio('Centrum Venray', 'centrum-venray', 'Venray bloeit, bruist en boeit', [0.5, 0.5], 0.6),
    gio('Maasvallei', 'maasvallei', 'Natuurlijk Venray', [5, 1], 2),
    gio('Peelgebied', 'peelgebied', 'kringlooplandbouw', [-5, -1], 3),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-venray', regeling: 'omgevingsvisie-venray', doel: 'omgevingsvisie-venray' },
    datums: { vaststelling: '2028-10-31', ondertekening: '2028-10-31', bekendmaking: '2028-11-09', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0984',
  },
  geo: { origin: [195000, 395000] },
  meubilair: ['^Venray loopt voorop$', '^Gemeente Venray · Omgevingsvisie 2028$', '^\\d+$'],
}
export default doc

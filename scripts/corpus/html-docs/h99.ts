/**
 * h99 — gemeente Alkmaar (gm0361), holdout (session 11, fourth set): a middle-sized to large gemeente (about 110.000
 * inwoners; Alkmaar, Oudorp, Koedijk, De Hoef, Overdie, Schermer, Graft-De Rijp, the lintdorp Grootschermer).
 * Content after the public texts on the "Omgevingsvisie Alkmaar 2040" (written in a verhalende manier; Alkmaar and
 * its regio as the link between the Metropoolregio Amsterdam and Noord-Holland Noord; three ambities: Kanaalzone
 * Alkmaar "Hoera, wij hebben een kanaal!" — the Noordhollandsch Kanaal from barrier to verbinder, the stadsdeel van de
 * 21ste eeuw —, Compacte stad Alkmaar — no more growth into the landelijk gebied, verdichten with better quality,
 * duurzaam, klimaatbestendig en gezond —, Toekomstbestendig en innovatief landelijk gebied — keeping the landscape,
 * room for schaalvergroting in de landbouw, recreatieve routes, dorpen with their oorspronkelijke karakter —; the
 * Regionaal Omgevingsbeeld "Diversiteit als Troef"; an open invitation for ambitieuze plannen die hout snijden) and on
 * Alkmaar's besluit wording ("De raad van de gemeente Alkmaar; Gelet op het voorstel …; Gelet op het advies van de
 * commissie: Ruimte; … B e s l u i t"), here as a visie of 2027, shortened and partly in our own words. Layout: 200
 * × 250 mm in Liberation Serif 9.5 pt with Liberation Sans headings; chapters numbered with a LEADING ZERO INLINE
 * before the title ("01 Alkmaar verbreedt de horizon"), sections "1.1" without the zero, "2.1.1"; the footer only on
 * EVEN pages, "Pagina n" at the left; odd pages a running header "gemeente Alkmaar · Omgevingsvisie 2040" at the right; "Gelet
 * op" three times, "B e s l u i t" and beslispunten 1.–3. (inwerkingtreding on a date); visie as "Bijlage 1"; GIO
 * table Naam | Identificatie | Schaal in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0361', '2027', '2027-12-09', '1')
const GIOS = [
  { ...gio('Gemeente Alkmaar', 'gemeente-alkmaar', [0, 0], 5), schaal: '1:50.000' },
  { ...gio('Kanaalzone Alkmaar', 'kanaalzone-alkmaar', [0.5, 0.5], 0.8), schaal: '1:10.000' },
  { ...gio('Bestaand stedelijk gebied', 'bestaand-stedelijk-gebied', [0, 0.2], 2), schaal: '1:25.000' },
  { ...gio('Landelijk gebied Schermer en Graft-De Rijp', 'landelijk-gebied-schermer-graft-de-rijp', [-2, -4], 3), schaal: '1:25.000' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const streep: Marker[] = [{ glyph: '—' }, { glyph: '·' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Alkmaar · raadsbesluit 2027/196</p>
<p class="ttl">Besluit van de raad van de gemeente Alkmaar tot vaststelling van de Omgevingsvisie Alkmaar 2040</p>
<p>De raad van de gemeente Alkmaar;</p>
<p>Gelet op het voorstel van burgemeester en wethouders, d.d. 19-10-2027;</p>
<p>Gelet op het advies van de commissie: Ruimte;</p>
<p>Gelet op het bepaalde in artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">B e s l u i t</p>
<p>1. De Nota van beantwoording zienswijzen ontwerp-Omgevingsvisie Alkmaar 2040 vast te stellen.</p>
<p>2. De Omgevingsvisie Alkmaar 2040, opgenomen in bijlage 1, met de werkingsgebieden in bijlage 2, vast te stellen.</p>
<p>3. Te bepalen dat dit besluit in werking treedt op 1 februari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 9 december 2027.</p>
${handtekeningen(['De griffier,', 'drs. J.C. Bosman'], ['De voorzitter,', 'A.T. Dijkstra'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027/196</p>
<p class="t1">Omgevingsvisie Alkmaar 2040</p>
<p class="t2">Hoera, wij hebben een kanaal!</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '01', 'Alkmaar verbreedt de horizon')
  d.p('Alkmaar geeft een eigentijdse invulling aan zijn centrumfunctie voor Noord-Holland Noord en zijn scharnierfunctie met de Metropoolregio Amsterdam. Op een verhalende manier schetsen we hoe Alkmaar er over zo’n twintig jaar uit kan zien.')
  d.kop(2, '1.1', 'Een open uitnodiging')
  d.p('We zoeken geen risicoloze plannen voor het snelle geld, maar ambitieuze plannen die hout snijden. We laten ons graag verrassen door frisse ideeën.')
  d.kop(2, '1.2', 'Diversiteit als troef')
  d.p('Met Bergen, Castricum, Dijk en Waard, Heiloo en Uitgeest stelden we het Regionaal Omgevingsbeeld vast, met drie regionale ambities:')
  d.list(['het gezonde landschap;', 'de ondernemende regio;', 'kernen met eigen woonkwaliteit.'], letter)
  d.kop(2, '1.3', 'Omgevingskwaliteit')
  d.p('Naast ruimtelijke kwaliteit gaat het om leefbaarheid, concurrentiekracht en milieukwaliteit.')

  d.kop(1, '02', 'Kanaalzone Alkmaar')
  d.p('“Hoera, wij hebben een kanaal!” Het Noordhollandsch Kanaal doorsnijdt de stad, maar kan in de toekomst juist de verbinder worden: de plek waar wonen, werken en recreëren samenkomen.')
  d.kop(2, '2.1', 'Het stadsdeel van de 21ste eeuw')
  d.p('Langs het kanaal ontstaat een gemengd stadsdeel met duizenden woningen.')
  d.kop(3, '2.1.1', 'Wonen aan het water')
  d.p('Hoogbouw op de knooppunten, lagere bebouwing langs de kades.')
  d.kop(3, '2.1.2', 'Werken en leren')
  d.p('Ruimte voor bedrijven, onderwijs en maakindustrie.')
  d.kop(2, '2.2', 'Bruggen en oevers')
  d.p('Nieuwe bruggen verbinden de oevers; de kades worden openbaar.')

  d.kop(1, '03', 'Compacte stad Alkmaar')
  d.p('De stad breidt zich niet langer uit naar het landelijk gebied, maar groeit binnen de bestaande grenzen. Bij het verdichten verbeteren we de kwaliteit.')
  d.kop(2, '3.1', 'Verdichten met kwaliteit')
  d.list(['meer groen in elke straat;', { text: 'klimaatbestendig bouwen, met', sub: ['waterberging;', 'schaduw.'] }, 'voorzieningen op loopafstand.'], streep)
  d.kop(2, '3.2', 'Gezond leven')
  d.p('Iedereen kan gezond leven: schone lucht, beweegvriendelijke wijken en ontmoetingsplekken.')
  d.kop(2, '3.3', 'Duurzame stad')
  d.p('In 2050 is Alkmaar energieneutraal en circulair.')
  d.table(['Wijk', 'Opgave', 'Woningen tot 2040'], [
    ['Binnenstad', 'wonen boven winkels', '800'],
    ['Overstad', 'transformatie', '2.500'],
    ['Alkmaar-Noord', 'vernieuwing', '1.200'],
  ], 'tbl', ['30%', '45%', '25%'])

  d.kop(1, '04', 'Toekomstbestendig en innovatief landelijk gebied')
  d.p('We behouden het landschap en zijn karakteristieken en bieden ruimte voor verandering in de landbouw.')
  d.kop(2, '4.1', 'Landbouw')
  d.p('Schaalvergroting gaat samen met het toegankelijker maken van het gebied.')
  d.kop(2, '4.2', 'Recreatieve routes')
  d.p('Nieuwe wandel- en fietsroutes door de Schermer en langs de dijken.')
  d.kop(2, '4.3', 'Dorpen')
  d.p('Graft-De Rijp, Schermerhorn en Grootschermer ontwikkelen zich met behoud van hun oorspronkelijke karakter.')

  d.kop(1, '05', 'Van visie naar uitvoering')
  d.kop(2, '5.1', 'Programma’s')
  d.p('De ambities zijn gekoppeld aan uitvoeringsprogramma’s.')
  d.kop(2, '5.2', 'Monitoring')
  d.p('Elke vier jaar kijken we of de visie nog past.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 · Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Schaal'], (g) => [g.naam, gidCell(g.identificatie, true), g.schaal], 'gio', ['32%', '52%', '16%'])

  const hd = "font: 8pt 'Liberation Sans'; color: #A6192E;"
  const spec: DocSpec = {
    id: 'h99',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Omgevingsvisie Alkmaar 2040" (verhalend geschreven; Alkmaar als verbinding tussen de Metropoolregio Amsterdam en Noord-Holland Noord; drie ambities: Kanaalzone Alkmaar "Hoera, wij hebben een kanaal!", Compacte stad Alkmaar, Toekomstbestendig en innovatief landelijk gebied; Regionaal Omgevingsbeeld "Diversiteit als Troef"; ambitieuze plannen die hout snijden) en naar de besluitformule van Alkmaar ("Gelet op het voorstel …; Gelet op het advies van de commissie: Ruimte; B e s l u i t"), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 200 × 250 mm in Liberation Serif 9,5 pt met Liberation Sans-koppen, hoofdstukken met een VOORLOOPNUL op dezelfde regel ("01 Alkmaar verbreedt de horizon"), paragrafen "1.1" en "2.1.1", voettekst alleen op EVEN bladzijden: "Pagina n" links, op oneven bladzijden een kopregel "gemeente Alkmaar · Omgevingsvisie 2040" rechts, driemaal "Gelet op", "B e s l u i t" met beslispunten 1.–3. (inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Schaal in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0361',
    naam: 'Gemeente Alkmaar',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Alkmaar tot vaststelling van de Omgevingsvisie Alkmaar 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Alkmaar 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-alkmaar-2040', regeling: 'omgevingsvisie-alkmaar-2040', doel: 'omgevingsvisie-alkmaar-2040' },
      datums: { vaststelling: '2027-12-09', ondertekening: '2027-12-09', bekendmaking: '2027-12-16', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0361',
      oin: '00000001000000361000',
      achtergrondActualiteit: '2027-10-01',
    },
    geo: { origin: [111000, 516000] },
    meubilair: ['^Pagina \\d+$', '^gemeente Alkmaar · Omgevingsvisie 2040$'],
    title: 'Omgevingsvisie Alkmaar 2040',
    css: `
@page { size: 200mm 250mm; margin: 20mm 18mm 20mm 20mm; }
@page visie:left { @bottom-left { content: "Pagina " counter(page); ${hd} } }
@page visie:right { @top-right { content: "gemeente Alkmaar · Omgevingsvisie 2040"; ${hd} } }
@page bijl:left { @bottom-left { content: "Pagina " counter(page); ${hd} } }
@page bijl:right { @top-right { content: "gemeente Alkmaar · Omgevingsvisie 2040"; ${hd} } }
body { font: 9.5pt/1.45 'Liberation Serif', serif; color: #1d1d1d; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'Liberation Sans'; color: #A6192E; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 8.5pt 'Liberation Sans'; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #A6192E; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
h1 { font: bold 18pt 'Liberation Sans'; color: #A6192E; margin: 8mm 0 4mm; break-after: avoid; }
h1 .hn { font-weight: normal; color: #888; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #A6192E; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #A6192E; text-align: left; padding: 1.2mm; font-family: 'Liberation Sans'; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #A6192E; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #A6192E; padding: 1.2mm; font-family: 'Liberation Sans'; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}

/**
 * c07 — gemeente Eindhoven: "Deel A" / "Deel B" parts holding numbered chapters (numbering runs on across the
 * parts), roman-numbered items "i." "ii.", a body paragraph that mentions "Bijlage I bij het Besluit bouwwerken
 * leefomgeving" mid-sentence while the visie's own bijlage is "Bijlage I", running header per part, footer "blz. n".
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Eindhoven'
const gio = (naam: string, at: [number, number], r = 0.8): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0772/2026/${hex32(`c07 ${naam}`)}/nld@2026-02-16;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Binnenstad', [0, 0], 0.6),
  gio('Knoop XL', [-0.4, 0.8], 0.35),
  gio('Brainport Industries Campus', [-5, 3], 0.7),
  gio('Dommeldal', [1, -3], 1.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&#8194;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&#8194;${k.opschrift}</h3>`
const rom: Marker[] = [{ counter: 'i', suffix: '.' }, { glyph: '–' }]
const dot: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="btitel">Raadsbesluit</p>
<p class="onder">Besluit van de raad van de gemeente Eindhoven houdende vaststelling van de Omgevingsvisie Eindhoven 2040</p>
<p>De raad van de gemeente Eindhoven,</p>
<p>gezien het voorstel van burgemeester en wethouders van 20 januari 2026, nummer 26R1102;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gezien het advies van de commissie Ruimte en Mobiliteit van 9 februari 2026;</p>
<p>besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Eindhoven 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Ruimtelijke Visie Eindhoven 2040 en de Structuurvisie Eindhoven 2013 worden ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 april 2026.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 3 maart 2026.</p>
<p>de griffier,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;de voorzitter,</p>
<p class="nm">drs. R.A.J. Dijkstra&#8195;&#8195;&#8195;&#8195;&#8195;J.A. Jorritsma</p>
</div>`)
  d.page('voor').raw(`<div class="intro"><p class="bij">Behorende bij raadsbesluit van 3 maart 2026, nr. 26R1102</p><p class="ttl">Omgevingsvisie Eindhoven 2040</p><p class="sub">Een gezonde, groene en slimme stad voor iedereen</p></div>`)
  d.enter('visie')

  d.page('deelA').kop(1, 'A', 'Koers')
  d.kop(2, '1', 'Inleiding')
  d.kop(3, '1.1', 'Waarom een nieuwe visie')
  d.ps(...alineas('inleiding', 0, 3, P))
  d.kop(3, '1.2', 'Opbouw')
  d.p('Deel A beschrijft de koers: de ambities en de opgaven voor de stad als geheel. Deel B vertaalt die koers naar gebieden en naar de uitvoering. De geometrische informatieobjecten staan in Bijlage I van deze visie.')
  d.kop(2, '2', 'De stad in 2040')
  d.kop(3, '2.1', 'Groei en verdichting')
  d.ps(alinea('wonen', 0, P), alinea('wonen', 3, P))
  d.p('De groei vraagt om keuzes. We hanteren daarbij drie principes:')
  d.list(
    [
      'verdichten rond de knooppunten van openbaar vervoer, zodat nieuwe bewoners niet afhankelijk zijn van de auto;',
      { text: 'groen meegroeien met de stad:', sub: ['iedere nieuwe woning draagt bij aan het groen in de buurt;', 'bestaand groen wordt niet bebouwd zonder compensatie.'] },
      'betaalbaarheid als voorwaarde: in elk plan een mix van prijsklassen.',
    ],
    rom,
  )
  d.kop(3, '2.2', 'Gezonde stad')
  d.ps(...alineas('gezondheid', 0, 3, P))
  d.kop(2, '3', 'Ambities per thema')
  d.kop(3, '3.1', 'Werken en innoveren')
  d.ps(alinea('economie', 0, P), alinea('economie', 2, P))
  d.kop(3, '3.2', 'Energie')
  d.ps(...alineas('energie', 0, 3, P))
  d.kop(3, '3.3', 'Bouwen en erfgoed')
  d.p(
    'Bij het verduurzamen van gebouwen volgen we de landelijke regels. Voor bouwactiviteiten die op grond van Bijlage I bij het Besluit bouwwerken leefomgeving als vergunningvrij gelden, stellen we in het omgevingsplan geen aanvullende eisen aan de welstand, tenzij het gaat om monumenten of beschermde stads- en dorpsgezichten. Zo houden we de regels eenvoudig voor wie zijn huis wil verbeteren.',
  )
  d.ps(...alineas('erfgoed', 0, 2, P))
  d.kop(3, '3.4', 'Mobiliteit')
  d.ps(...alineas('mobiliteit', 0, 3, P))

  d.page('deelB').kop(1, 'B', 'Gebieden en uitvoering')
  d.kop(2, '4', 'Gebieden')
  d.kop(3, '4.1', 'Binnenstad en Knoop XL')
  d.p('De binnenstad en het stationsgebied groeien uit tot een hoogstedelijk centrum met wonen, werken, onderwijs en cultuur. Rond het station ontstaat Knoop XL, een verbindend knooppunt voor trein, bus en fiets.')
  d.list(['een autoluwe binnenstad met meer ruimte voor groen en verblijven;', 'hoogbouw alleen op plekken die in het hoogbouwbeleid zijn aangewezen;', 'een doorlopende groene route van het station naar de Dommel.'], dot)
  d.kop(3, '4.2', 'Wijken')
  d.ps(alinea('wonen', 1, P), alinea('klimaat', 1, P))
  d.kop(3, '4.3', 'Dommeldal en stadsranden')
  d.ps(alinea('natuur', 0, P), alinea('landschap', 1, P))
  d.kop(3, '4.4', 'Brainport-werklocaties')
  d.p('De werklocaties van Brainport, zoals de Brainport Industries Campus en de High Tech Campus, krijgen ruimte om te groeien. We letten op een goede bereikbaarheid per fiets en openbaar vervoer en op de inpassing in het landschap.')
  d.kop(2, '5', 'Uitvoering')
  d.kop(3, '5.1', 'Sturingsfilosofie')
  d.ps(alinea('uitvoering', 3, P), alinea('uitvoering', 2, P))
  d.kop(3, '5.2', 'Instrumenten')
  d.p(alinea('uitvoering', 0, P))
  d.list(['het omgevingsplan Eindhoven;', 'programma\'s voor wonen, mobiliteit, klimaatadaptatie en energie;', 'gebiedsuitwerkingen voor de binnenstad en de stadsranden;', 'monitoring via de jaarlijkse Staat van de Stad.'], rom)
  d.kop(3, '5.3', 'Actualisatie')
  d.p(alinea('uitvoering', 1, P))

  d.page('bijlage')
  d.bijlage('I', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage I&#8194;Geometrische informatieobjecten</h1><p>Deze bijlage bevat de geometrische informatieobjecten waarnaar in deze omgevingsvisie wordt verwezen.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const spec: DocSpec = {
    id: 'c07',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Eindhoven (inhoud omgevingsvisie, ambities, opgaven, samenwerken), ingekort; eigen opmaak: Liberation Serif 10,5 pt, Deel A/Deel B met hoofdstukken 1–3 en 4–5 daarin, romeinse lijstnummers i./ii., ●-lijsten, een zin over "Bijlage I bij het Besluit bouwwerken leefomgeving" in de lopende tekst naast de eigen Bijlage I, kopregel per deel, voettekst "blz. n" rechts',
    bevoegdGezag: 'gm0772',
    naam: 'Gemeente Eindhoven',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Eindhoven houdende vaststelling van de Omgevingsvisie Eindhoven 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Eindhoven 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-2040', regeling: 'omgevingsvisie-2040', doel: 'omgevingsvisie-2040' },
      datums: { vaststelling: '2026-03-03', ondertekening: '2026-03-03', bekendmaking: '2026-03-11', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0772',
      oin: '00000001000000007720',
      achtergrondActualiteit: '2026-01-15',
    },
    geo: { origin: [161500, 383500] },
    meubilair: ['^blz\\. \\d+$', '^Omgevingsvisie Eindhoven 2040 – deel [AB]$'],
    title: 'Omgevingsvisie Eindhoven 2040',
    css: `
@page { size: A4; margin: 24mm 20mm 22mm 20mm;
  @bottom-right { content: "blz. " counter(page); font: 8pt 'Liberation Sans'; } }
@page besluit { @bottom-right { content: none; } }
@page voor { @bottom-right { content: none; } }
@page deelA { @top-left { content: "Omgevingsvisie Eindhoven 2040 – deel A"; font: 8pt 'Liberation Sans'; color: #c8102e; } }
@page deelB { @top-left { content: "Omgevingsvisie Eindhoven 2040 – deel B"; font: 8pt 'Liberation Sans'; color: #c8102e; } }
body { font: 10.5pt/1.45 'Liberation Serif', serif; }
p { margin: 0 0 2.4mm; }
.btitel { font: bold 18pt 'Liberation Sans'; color: #c8102e; }
.onder { font-weight: bold; margin-bottom: 6mm; }
.art { font-weight: bold; margin-top: 4mm; }
.aldus { margin-top: 7mm; }
.nm { margin-top: 14mm; }
.intro { padding-top: 55mm; }
.intro .bij { font: 9pt 'Liberation Sans'; }
.intro .ttl { font: bold 26pt 'Liberation Sans'; color: #c8102e; margin: 6mm 0; }
.intro .sub { font-size: 13pt; }
.deel { break-before: page; padding-top: 40mm; break-after: page; }
.deel .dl { font: 14pt 'Liberation Sans'; color: #c8102e; margin: 0; }
.deel h1 { font: bold 28pt 'Liberation Sans'; margin: 2mm 0; }
h2 { font: bold 16pt 'Liberation Sans'; color: #c8102e; break-before: page; margin: 0 0 4mm; }
.deel + h2 { break-before: auto; }
h3 { font: bold 11pt 'Liberation Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 4mm; } .li .m { min-width: 1.8em; }
h1.bijl { font: bold 15pt 'Liberation Sans'; color: #c8102e; }
table.gio { width: 100%; font: 9pt 'Liberation Sans'; } table.gio th { text-align: left; border-bottom: 1pt solid #c8102e; padding: 1.2mm; } table.gio td { padding: 1.2mm; border-bottom: 0.3pt solid #999; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}

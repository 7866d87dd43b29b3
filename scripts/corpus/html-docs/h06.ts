/**
 * h06 — gemeente Baarle-Nassau (holdout): roman chapters "Hoofdstuk III" with the title on the NEXT line and no
 * numbered sections below them (bold unnumbered tussenkoppen and run-in tussenkoppen instead), an unnumbered
 * "Voorwoord" before chapter I, the body in two columns, –-lists with nested o-items, a body table, the chapters
 * starting mid-page (no page break), the document title as a running header, footer "Pagina n van N", a besluit with "gelet op", "BESLUIT:", Artikel 1/2 and
 * signatures in two columns.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0744', '2025', '2025-07-03', '2', 'h06')
const GIOS: Gio[] = [
  gio('Enclavegebied Baarle', [0, 0], 0.9),
  gio('Kern Ulicoten', [-3, -1], 0.4),
  gio('Landgoed Gorp en Roovert', [4, 2], 1.3),
  gio('Zoekgebied zonne-energie Castelré', [-2, -4], 0.6),
]

const kop = (k: Kop): string => `<h1><span class="hw">Hoofdstuk ${k.nummer}</span><br>${k.opschrift}</h1>`
const dash: Marker[] = [{ glyph: '–' }, { glyph: 'o', font: 'Liberation Sans' }]
const ri = (kop: string, tekst: string) => `<b>${kop}</b> – ${tekst}`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gm">Gemeente Baarle-Nassau</p>
<p class="ttl">Besluit van de raad van de gemeente Baarle-Nassau tot vaststelling van de Omgevingsvisie Baarle-Nassau 2040</p>
<p>De raad van de gemeente Baarle-Nassau,</p>
<p>gezien het voorstel van burgemeester en wethouders van 27 mei 2025;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gehoord het advies van de commissie Ruimte van 16 juni 2025;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Baarle-Nassau 2040 wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Baarle-Nassau 2019 wordt ingetrokken.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 3 juli 2025.</p>
${handtekeningen(['de griffier,', 'M.C.J. van Gils'], ['de voorzitter,', 'J.H.F. Ederveen'])}
</div>`)
  d.page('std').enter('visie')
  d.raw('<div class="cols">')
  d.raw('<div class="vt"><p class="bij">Bijlage bij het raadsbesluit van 3 juli 2025</p><p class="t1">Omgevingsvisie Baarle-Nassau 2040</p></div>')
  d.raw('<p class="vw">Voorwoord</p>')
  d.ps(
    'Voor u ligt de nieuwe omgevingsvisie van Baarle-Nassau. Zij vervangt de omgevingsvisie uit 2019. Over de transitie van het buitengebied, woningbouw, gezondheid, energietransitie en duurzaamheid is veel gebeurd; daarom hebben we onze opvattingen geactualiseerd.',
    'De gemeente ziet de omgevingsvisie ook als een uitnodiging aan initiatiefnemers om nieuwe ontwikkelingen te ontplooien. Wij bedanken iedereen die aan de bijeenkomsten heeft deelgenomen.',
  )

  d.kop(1, 'I', 'Inleiding')
  d.tk('Waarom een nieuwe visie')
  d.p('Deze visie legt de ruimtelijke kwaliteit van de fysieke leefomgeving voor de lange termijn vast. Zij kijkt vooruit naar 2040 en soms naar 2050 en brengt klimaat, wonen, infrastructuur en natuur samen in één beeld.')
  d.p('In een wereld waarin de ruimtelijke druk toeneemt en duurzaamheid centraal staat, streeft Baarle-Nassau naar een leefbare, bruisende en inclusieve gemeente die haar unieke identiteit behoudt en versterkt.')
  d.tk('Leeswijzer')
  d.p('Hoofdstuk II beschrijft de bijzondere ligging van Baarle. De hoofdstukken III tot en met V geven onze koers per thema. Hoofdstuk VI gaat over de uitvoering.')

  d.kop(1, 'II', 'Baarle: één dorp, twee landen')
  d.tk('Enclaves')
  d.p('Het dorp Baarle ligt verweven met de Belgische gemeente Baarle-Hertog. De grenzen zijn voor een deel al aan het eind van de twaalfde eeuw ontstaan en pas in 1995 als rijksgrenzen definitief vastgesteld. Waar de voordeur van een woning staat, bepaalt in welk land de bewoners wonen.')
  d.table(
    ['Soort enclave', 'Aantal', 'Ligging'],
    [
      ['Belgische enclaves in Nederland', '22', 'verspreid in en rond het dorp'],
      ['Nederlandse enclaves in België', '8', 'binnen Belgische enclaves en bij Zondereigen'],
    ],
    'tbl',
    ['46%', '16%', '38%'],
  )
  d.tk('Samenwerking met Baarle-Hertog')
  d.p('Het Gemeenschappelijk Orgaan Baarle coördineert taken die beide gemeenten raken, zoals ruimtelijke ordening, cultuur en riolering. Elektriciteit en telefonie blijven per land geregeld.')

  d.kop(1, 'III', 'Wonen en leefbaarheid')
  d.p(ri('Woningbouw', 'We bouwen voor de eigen behoefte van Baarle-Nassau, Ulicoten en Castelré, met voorrang voor starters en ouderen.'))
  d.p(ri('Voorzieningen', 'Het centrum van Baarle blijft het hart voor winkels, horeca en cultuur voor beide gemeenten.'))
  d.p('Bij nieuwe woningbouwplannen letten we op:')
  d.list(
    [
      'de grens: een plan mag geen nieuwe onduidelijkheid over de nationaliteit van woningen veroorzaken;',
      { text: 'de kwaliteit van de openbare ruimte, met', sub: ['groen en schaduw;', 'veilige routes naar school.'] },
      'levensloopbestendig bouwen.',
    ],
    dash,
  )
  d.p(ri('Gezondheid', 'Een gezonde leefomgeving nodigt uit tot bewegen. We houden afstand tussen veehouderijen en woningen en verbeteren de luchtkwaliteit in het buitengebied.'))

  d.kop(1, 'IV', 'Transitie van het buitengebied')
  d.p('Het buitengebied verandert. Agrarische bedrijven stoppen of schakelen om naar extensievere vormen. Vrijkomende agrarische bebouwing biedt kansen voor wonen en kleinschalige bedrijvigheid, mits de landschappelijke kwaliteit verbetert.')
  d.list(
    [
      'sloop van overtollige stallen in ruil voor een beperkt aantal woningen;',
      { text: 'ruimte voor nieuwe economische dragers:', sub: ['recreatie en zorg;', 'ambachtelijke bedrijven;', 'natuurbeheer.'] },
      'versterking van de natuur rond de landgoederen Gorp en Roovert.',
    ],
    dash,
  )

  d.kop(1, 'V', 'Energie en duurzaamheid')
  d.p(ri('Zon', 'Zonnepanelen horen eerst op daken. Een zonneveld is alleen bespreekbaar in het zoekgebied bij Castelré en als de omgeving meeprofiteert.'))
  d.p(ri('Wind', 'Windturbines passen niet in het kleinschalige landschap rond de enclaves; we werken hiervoor samen in de regionale energiestrategie.'))
  d.p(ri('Klimaat', 'Water vasthouden in de beekdalen en groen in de kernen maken Baarle beter bestand tegen hitte en droogte.'))

  d.kop(1, 'VI', 'Uitvoering')
  d.p('We gebruiken de inzichten uit deze visie om onze ambities te vertalen in programma’s en in het omgevingsplan. Initiatiefnemers nodigen we uit om vroeg met ons en met de buren in gesprek te gaan, ook over de grens.')
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('I', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage I<br>Geometrische informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['36%', '64%'])

  const spec: DocSpec = {
    id: 'h06',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Baarle-Nassau 2025 (voorwoord, inleiding; enclaves en samenwerking met Baarle-Hertog), ingekort; eigen opmaak: Liberation Sans 9,5 pt in twee kolommen, romeinse hoofdstukken "Hoofdstuk III" met de titel op de volgende regel, geen genummerde paragrafen maar tussenkoppen en tussenkoppen in de lopende tekst, ongenummerd voorwoord, –-lijsten met o-items, documenttitel als kopregel, voettekst "Pagina n van N", handtekeningen in twee kolommen (holdout)',
    bevoegdGezag: 'gm0744',
    naam: 'Gemeente Baarle-Nassau',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Baarle-Nassau tot vaststelling van de Omgevingsvisie Baarle-Nassau 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Baarle-Nassau 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2025', besluit: 'omgevingsvisie-2040', regeling: 'omgevingsvisie-2040', doel: 'omgevingsvisie-2040' },
      datums: { vaststelling: '2025-07-03', ondertekening: '2025-07-03', bekendmaking: '2025-07-14' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0744',
      oin: '00000001000000007440',
      achtergrondActualiteit: '2025-06-01',
    },
    geo: { origin: [122000, 382000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Baarle-Nassau 2040 \\(vastgesteld 3 juli 2025\\)$'],
    title: 'Omgevingsvisie Baarle-Nassau 2040',
    css: `
@page { size: A4; margin: 24mm 17mm 22mm 17mm;
  @bottom-left { content: "Pagina " counter(page) " van " counter(pages); font: 7.5pt 'Liberation Sans'; color: #555; } }
@page std { @top-left { content: "Omgevingsvisie Baarle-Nassau 2040 (vastgesteld 3 juli 2025)"; font: 7.5pt 'Liberation Sans'; color: #8a1c2b; } }
@page bijl { @top-left { content: "Omgevingsvisie Baarle-Nassau 2040 (vastgesteld 3 juli 2025)"; font: 7.5pt 'Liberation Sans'; color: #8a1c2b; } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; }
p { margin: 0 0 2mm; }
.gm { font: bold 13pt 'Liberation Serif'; color: #8a1c2b; }
.ttl { font-weight: bold; margin: 5mm 0 6mm; }
.bs { margin-top: 5mm; font-weight: bold; letter-spacing: 0.5pt; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.cols { columns: 2; column-gap: 8mm; }
.vt { column-span: all; border-bottom: 2pt solid #8a1c2b; margin-bottom: 6mm; }
.vt .bij { font-size: 8pt; color: #555; }
.vt .t1 { font: bold 24pt 'Liberation Serif'; color: #8a1c2b; margin: 2mm 0 3mm; }
.vw { column-span: all; font: bold 16pt 'Liberation Serif'; color: #8a1c2b; margin-bottom: 4mm; }
h1 { column-span: all; margin-top: 6mm !important; font: bold 18pt/1.3 'Liberation Serif'; color: #8a1c2b; margin: 0 0 5mm; }
h1 .hw { font: 11pt 'Liberation Sans'; letter-spacing: 1pt; color: #333; }
.tk { font-weight: bold; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; break-inside: avoid; }
table.tbl th { text-align: left; border-bottom: 1pt solid #8a1c2b; padding: 1mm; }
table.tbl td { padding: 1mm; border-bottom: 0.4pt solid #ccc; vertical-align: top; }
h1.bijl { column-span: none; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}

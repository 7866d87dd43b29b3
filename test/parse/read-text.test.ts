import { KOPPEN } from '../support/assen.js'
import { describe, expect, test } from 'vitest'
import { describeSource, type Al, type Divisietekst, type Finding, type Li, type SourceOrigin, type Structuur } from '../../src/model/index.js'
import { readLines } from '../../src/parse/read-text.js'
import { toSourceLines } from '../../src/text/lines.js'
import { readText } from '../../src/parse/index.js'
import { allStrings, divisies, lichaam, seed, seedPath, textValues } from './support.js'

const { document, findings } = readText(seed, { file: seedPath })
const besluit = document.besluit

function text(a: Al): string {
  return a.children.map((c) => ('value' in c ? c.value : '')).join('')
}

function allItems(nodes: readonly Structuur[]): Li[] {
  return nodes.flatMap((n) =>
    n.type === 'divisie' ? allItems(n.children) : n.children.flatMap((b) => (b.type === 'lijst' ? [...b.children] : [])),
  )
}

function allTeksten(nodes: readonly Structuur[]): Divisietekst[] {
  return nodes.flatMap((n) => (n.type === 'divisie' ? allTeksten(n.children) : [n]))
}

describe('the raadsbesluit of the Assen seed', () => {
  test('opschrift, aanhef, considerans and afkondiging', () => {
    expect(besluit.opschrift).toBe('Omgevingsvisie gemeente Assen')
    expect(besluit.aanhef.children.map(text)).toEqual([
      'De gemeenteraad van Gemeente Assen,',
      'gelezen het voorstel van burgemeester en wethouders ”Omgevingsvisie gemeente Assen” 19-02-2026',
    ])
    const c = besluit.aanhef.considerans
    expect(c?.aanhef.map(text)).toEqual(['Overwegende dat:'])
    expect(c?.lijst?.lijsttype).toBe('ongemarkeerd')
    // Five considerans items: "voor zienswijzen" (line 16) is the wrapped end of the item on line 14.
    expect(c?.lijst?.children.map((li) => text(li.children[0] as Al))).toEqual([
      'De omgevingsvisie nog niet voldeed aan de wettelijke vereisten van de Omgevingswet',
      'De omgevingsvisie in overeenstemming is gebracht met de wettelijke vereisten van de Omgevingswet',
      'De omgevingsvisie in de periode van 6 november tot en met 17 december 2025 ter inzage heeft gelegen voor zienswijzen',
      'Er binnen deze periode drie zienswijzen zijn ingediend',
      'Deze zienswijzen niet tot aanpassing van de ontwerp omgevingsvisie hebben geleid',
    ])
    expect(c?.lijst?.children[2]?.position).toEqual({ start: { line: 14, column: 1 }, end: { line: 17, column: 1 } })
    expect(besluit.aanhef.afkondiging.map(text)).toEqual(['Besluit vast te stellen;'])
  })

  test('an adopting artikel that does not name its bijlage points at it by the visie\'s name (LVBB4002), its text unchanged', () => {
    const text = seed.replace('De "Omgevingsvisie gemeente Assen" zoals opgenomen in Bijlage A.', 'De Omgevingsvisie Assen 2040 wordt vastgesteld.')
    const [i] = readText(text, { file: 'x.txt' }).document.besluit.artikelen
    expect(i?.soort).toBe('wijzig')
    expect(i?.children[0]?.children).toMatchObject([
      { type: 'text', value: 'De ' },
      { type: 'intRef', target: 'bijlage:A', value: 'Omgevingsvisie Assen 2040' },
      { type: 'text', value: ' wordt vastgesteld.' },
    ])
  })

  test('Artikel I points at Bijlage A, Artikel II carries the inwerkingtreding', () => {
    const [i, ii] = besluit.artikelen
    expect(besluit.artikelen).toHaveLength(2)
    expect(i?.soort).toBe('wijzig')
    expect(i?.kop).toMatchObject({ label: 'Artikel', nummer: 'I' })
    expect(i?.children[0]?.children).toMatchObject([
      { type: 'text', value: 'De "Omgevingsvisie gemeente Assen" zoals opgenomen in ' },
      { type: 'intRef', target: 'bijlage:A', value: 'Bijlage A' },
      { type: 'text', value: '.' },
    ])
    expect(ii?.soort).toBe('gewoon')
    expect(ii?.kop).toMatchObject({ label: 'Artikel', nummer: 'II' })
    expect(ii?.inwerkingtreding).toBe('2026-02-26')
    expect(i?.position?.start.line).toBe(24)
    expect(ii?.position?.start.line).toBe(28)
  })

  test('sluiting with voorzitter and griffier; the repeated names are signatures', () => {
    const s = besluit.sluiting
    expect(s?.children.map(text)).toEqual(['Aldus vastgesteld door Gemeente Assen,', 'De raad voornoemd,'])
    expect(s?.ondertekening.map(({ functie, naam }) => ({ functie, naam }))).toEqual([
      { functie: 'Voorzitter', naam: 'M.L.J Out' },
      { functie: 'Griffier', naam: 'J. de Jonge' },
    ])
    expect(s?.ondertekening[0]?.position?.start.line).toBe(38)
  })

  test('Bijlage A holds the regeling', () => {
    expect(besluit.wijzigBijlage.kop).toMatchObject({ label: 'Bijlage', nummer: 'A', opschrift: 'Bijlage bij artikel I' })
    expect(besluit.wijzigBijlage.kop.position?.start.line).toBe(51)
    expect(besluit.wijzigBijlage.regeling.opschrift).toBe('Omgevingsvisie gemeente Assen')
  })
})

// Written by hand from the numbered heading lines of the seed (lines 55–2122), in test/support/assen.ts.
const HEADINGS = KOPPEN

describe('the visie (Bijlage A) of the Assen seed', () => {
  test('all 61 numbered headings with their exact titles, nested by their number', () => {
    const found = divisies(lichaam(document))
    expect(HEADINGS).toHaveLength(61)
    expect(found.map((d) => [d.nummer, d.opschrift])).toEqual(HEADINGS)
    for (const d of found) expect(d.depth).toBe(d.nummer.split('.').length)
    expect(lichaam(document).map((n) => n.type)).toEqual(['divisie', 'divisie', 'divisie', 'divisie', 'divisie'])
  })

  test('a Divisie holds Divisies and Divisieteksten only; text before the first run-in heading has no kop', () => {
    const d11 = (lichaam(document)[0] as { children: readonly Structuur[] }).children[0] as Structuur
    expect(d11.type).toBe('divisie')
    if (d11.type !== 'divisie') return
    expect(d11.children.map((c) => (c.type === 'divisietekst' ? c.kop?.opschrift ?? null : c.type))).toEqual([
      null,
      'Assen in een veranderende wereld',
      'Waar staan we nu? Waar willen we naartoe?',
      'Van visie naar uitvoering via omgevingsprogramma’s',
      'Het herijkingsproces van de omgevingsvisie',
    ])
  })

  test('run-in headings head their text blocks (4.5.6: Onderwijs, Economie, Mobiliteit)', () => {
    const koppen = allTeksten(lichaam(document)).map((t) => t.kop?.opschrift).filter((k) => k !== undefined)
    for (const k of ['Assen in een veranderende wereld', 'Wonen in Assen', 'Veranderende woningvraag', 'Onderwijs-bedrijfsleven',
      'Toeristisch,- en recreatieve regiofunctie', 'Hittestress', 'In de wijken', 'De initiatiefnemer betaalt mee', 'Financiële realisatie']) {
      expect(koppen).toContain(k)
    }
    const d456 = findDivisie(lichaam(document), '4.5.6')
    expect(d456?.children.map((c) => (c.type === 'divisietekst' ? c.kop?.opschrift : c.type))).toEqual(['Onderwijs', 'Economie', 'Mobiliteit'])
  })

  test('all 91 bullet items are list items with their full text', () => {
    const items = allItems(lichaam(document))
    const bullets = seed.split('\n').filter((l) => l.includes('•'))
    expect(bullets).toHaveLength(91)
    expect(items).toHaveLength(91)
    items.forEach((li, k) => {
      const start = (bullets[k] as string).replace(/^\s*•\s*/u, '').trim().slice(0, 40)
      expect(text(li.children[0] as Al).startsWith(start)).toBe(true)
    })
    const texts = items.map((li) => text(li.children[0] as Al))
    expect(texts).toContain('Bevorderen van klimaatadaptieve maatregelen op particulier terrein (Operatie Steenbreek, Groene Schoolpleinen, Natuurinclusief ontwikkelen).')
    expect(texts).toContain('Bodem: De grond en het grondwater in Assen is schoon en voldoet aan de achtergrondwaarden. We gaan slim om met de beperkte ruimte in de bodem en houden rekening met ruimtelijke ontwikkeling, klimaatadaptatie en de energietransitie.')
    expect(texts).toContain('Koppelkansen benutten en werk met werk maken voor het aardgasvrij maken van de wijken voor 2030.')
    expect(texts).toContain('Inzetten op de vier krachtsectoren (overheids-, gezondheids-, vrijetijds- en energiesector).')
  })

  test('figure captions become figures', () => {
    const figuren = allTeksten(lichaam(document)).flatMap((t) => t.children.filter((b) => b.type === 'figuur').map((b) => b.titel))
    expect(figuren).toEqual([
      'Ruimtelijke schets: Groene stad van het Noorden',
      'Ruimtelijke schets: Dynamische hoofdstad',
      'Ruimtelijke schets: Verbonden stad',
    ])
  })

  test('paragraphs stay whole across page breaks and footers', () => {
    const paras = allTeksten(lichaam(document)).flatMap((t) => t.children.filter((b): b is Al => b.type === 'al').map(text))
    expect(paras).toContain(
      'Zowel jongeren, ouderen, alleenstaanden, kleine en grote gezinnen en mensen met een zorgvraag wonen in Assen. We willen iedereen een fijne woonomgeving bieden waarbij aandacht is voor ontmoeting en beweging in de openbare ruimte. Assen heeft een goed vestigingsklimaat voor nieuwe bewoners. Dit komt door het aantrekkelijke landschap en het vele groen in en om de stad.',
    )
    expect(paras).toContain(
      'We zien steeds meer beregeningsinstallaties die het schaarse grondwater gebruiken. De beschikbaarheid van grondwatervoorraden en het drinkwater wordt een steeds groter probleem. Toenemende hitteperiodes zorgen ervoor dat de bodemtemperatuur oploopt. Dit kan leiden tot opwarming van drinkwaterleidingen, waardoor het risico op bacteriegroei toeneemt. De temperatuurverhoging en dalende peilen in bijvoorbeeld beeklopen zorgen voor schade aan de natuur. Veel vissen en andere waterdieren en -planten kunnen hier niet tegen. We zien ook planten en dieren oprukken die van oorsprong in warmere gebieden thuishoren; de zogenaamde invasieve exoten. Deze invasieve soorten stellen ons voor nieuwe uitdagingen.',
    )
    // "Toename van ongezonde leefstijl" (966) is followed by a footer and the watermark; its text starts at 983.
    const t = allTeksten(lichaam(document)).find((x) => x.kop?.opschrift === 'Toename van ongezonde leefstijl')
    expect(t?.children[0]?.position?.start.line).toBe(983)
    expect(text(t?.children[0] as Al).startsWith('In Assen zien we een toename van het aantal mensen met een ongezonde leefstijl.')).toBe(true)
  })

  test('no page furniture anywhere in the model', () => {
    const strings = allStrings(document)
    const texts = textValues(document)
    expect(texts.length).toBeGreaterThan(300)
    expect(strings.filter((s) => s.includes('Concept'))).toEqual([])
    expect(texts.filter((s) => /^\s*\d+\s*$/u.test(s))).toEqual([])
    expect(texts.filter((s) => /\s(?:9|13|35)$/u.test(s))).toEqual([])
    expect(strings.filter((s) => ['C', 'on', 'ce', 'pt'].includes(s))).toEqual([])
    expect(strings.filter((s) => /\b(?:C on|on ce|ce pt)\b/u.test(s))).toEqual([])
    expect(strings.filter((s) => /13:49|\b9 C\b/u.test(s))).toEqual([])
  })

  test('typography is kept as it is (curly quotes, dashes, ellipsis, ampersand, diacritics)', () => {
    const all = allStrings(document).join('\n')
    for (const s of ['‘dubbele vergrijzing’', '“blauwdruk milieuregels”', 'Life Sciences & Health', 'twee werelden – het is',
      'Van gehucht naar kloosternederzetting (… > 1259)', 'omgevingsprogramma’s', 'financiële', 'pingoruïnes', 'Cité']) {
      expect(all).toContain(s)
    }
    expect(all).not.toContain('&amp;')
  })

  test('positions are the original line numbers', () => {
    const d422 = findDivisie(lichaam(document), '4.2.2')
    expect(d422?.kop.position?.start.line).toBe(1351)
    const d45 = findDivisie(lichaam(document), '4.5.10')
    expect(d45?.kop.position?.start.line).toBe(2043)
    expect(d45?.position?.end.line).toBe(2064)
  })
})

describe('findings for what the source lacks', () => {
  test('each kind of page furniture is reported once, with its count and an example line (VISIE-110)', () => {
    const furniture = findings.filter((f) => f.code === 'VISIE-110').map((f) => [f.data.voorbeeld, f.data.aantal, f.severity])
    expect(furniture).toEqual([
      ['Concept (van 5-1-2026 13:49)', 3, 'informatie'],
      ['9', 6, 'informatie'],
      ['C', 3, 'informatie'],
      ['on', 3, 'informatie'],
      ['ce', 3, 'informatie'],
      ['pt', 3, 'informatie'],
    ])
  })

  test('5.2 has no body and Bijlage II is only an image caption', () => {
    const lacking = findings.filter((f) => f.code !== 'VISIE-110')
    expect(lacking.map((f) => [f.code, f.severity, f.source?.line])).toEqual([
      ['VISIE-104', 'waarschuwing', 2122],
      ['VISIE-105', 'waarschuwing', 2321],
    ])
    expect(lacking[0]?.data).toMatchObject({ nummer: '5.2' })
    expect(lacking[0]?.message).toContain('5.2 Strategisch gemeentelijk beleid verwerkt in omgevingsvisie')
    expect(lacking[1]?.layer).toBe('bron')
  })
})

function findDivisie(nodes: readonly Structuur[], nummer: string): Extract<Structuur, { type: 'divisie' }> | undefined {
  for (const n of nodes) {
    if (n.type !== 'divisie') continue
    if (n.kop.nummer === nummer) return n
    const inner = findDivisie(n.children, nummer)
    if (inner) return inner
  }
  return undefined
}

describe('a reader of another format enters with lines and origins (readLines)', () => {
  test('the Assen seed read as lines with page origins gives the same document, and findings name the page', () => {
    const lines = toSourceLines(seed)
    const origins: SourceOrigin[] = []
    for (const l of lines) origins[l.line] = { page: l.page + 1, quote: l.text.slice(0, 30) }
    const read = readLines(lines, seedPath, { origins })
    expect(JSON.stringify(read.document.besluit)).toBe(JSON.stringify(document.besluit))
    expect(read.findings.map((f) => f.code)).toEqual(findings.map((f) => f.code))
    const f = read.findings.find((x) => x.source) as Finding
    expect(f.source).toMatchObject({ page: origins[f.source?.line as number]?.page, quote: origins[f.source?.line as number]?.quote })
    expect(describeSource(f.source as NonNullable<Finding['source']>)).toMatch(/, pagina \d+ \("/u)
  })
})

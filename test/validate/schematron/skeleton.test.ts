/**
 * GIO skeletons (skeleton.ts) and pruned geometries (prune-gml.ts): the official rule files give the same findings on
 * them as on the coordinate-reduced full text, for the shared example GIOs, the Assen GIOs and broken variants.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareFindings, type Finding } from '../../../src/model/index.js'
import { buildPackage } from '../../../src/build/index.js'
import {
  applies,
  listRuleFiles,
  loadRuleFile,
  precompileSchematron,
  runRuleFile,
  runSchematron,
  type RuleFile,
} from '../../../src/validate/schematron/index.js'
import { xmlFacts } from '../../../src/validate/schematron/lines.js'
import { prunedOf, WITNESS_RULE_FILES } from '../../../src/validate/schematron/prune-gml.js'
import { reduceCoordinates } from '../../../src/validate/schematron/reduce-gml.js'
import { guardOf, skeletonGuard, skeletonOf, type SkeletonGuard } from '../../../src/validate/schematron/skeleton.js'
import { fixture, sharedDir } from '../../support/shared.js'

const schemas = sharedDir()
const example = (dir: string, name: string): { name: string; text: string } => ({ name, text: readFileSync(sharedDir('stop', 'examples', dir, name), 'utf8') })
const gio1 = example('otst-gm9920-initieel-lvbb120', 'gio-1.gml')
const metropool = example('lvbbtest-omgevingsvisie-pv28', 'Metropool-v1.gml')
const delta = example('lvbbtest-omgevingsvisie-pv28', 'DeltaVisie-v1.gml')

let rules: RuleFile[] = []
let assen: { name: string; text: string }[] = []

beforeAll(async () => {
  expect(precompileSchematron({ schemasDir: schemas })).toEqual([])
  rules = listRuleFiles(schemas).map((f) => loadRuleFile(f.path, f.name, f.layer))
  const built = await buildPackage(fixture('assen'), {})
  const decoder = new TextDecoder()
  assen = built.files.filter((f) => f.path.endsWith('.gml')).map((f) => ({ name: f.path, text: decoder.decode(f.bytes) }))
}, 300_000)

/** Replaces the n-th (from 1) match of `re` by `to` (a function of the match), failing when there is none. */
function replaceNth(text: string, re: RegExp, n: number, to: (m: string) => string): string {
  let i = 0
  const out = text.replace(new RegExp(re.source, 'g'), (m) => (++i === n ? to(m) : m))
  expect(i).toBeGreaterThanOrEqual(n)
  return out
}

/** The text a rule file runs on in the layer, given its own guard: the skeleton, the pruned text, or the full text. */
function reducedFor(rule: RuleFile, full: string): string {
  const guard = skeletonGuard(rule.path)
  if (guard === undefined) return full
  if (!guard.seesGeometry) return skeletonOf(full, guard)
  return WITNESS_RULE_FILES.has(rule.name) ? prunedOf(full, guard) : full
}

/**
 * Per applicable rule file: findings on the full (coordinate-reduced) text and on the reduced form, and whether that
 * form is shorter. imop-geo's pruned form is shorter only where a geometry has two or more coordinate elements (one
 * alone is left as it is: pruning would take out white space only); `prunable` says whether the GIO has such a one.
 */
function compare(doc: { name: string; text: string }): { rule: string; full: Finding[]; reduced: Finding[]; shrunk: boolean; prunable: boolean }[] {
  const full = reduceCoordinates(doc.text)
  const prunable = full.split(/<basisgeo:geometrie[\s>]/).slice(1).some((g) => (g.split('</basisgeo:geometrie>')[0]?.match(/<gml:(?:posList|pos|coordinates)[\s>/]/g)?.length ?? 0) > 1)
  return rules
    .filter((r) => applies(r, xmlFacts(doc.text)))
    .map((rule) => {
      const reduced = reducedFor(rule, full)
      return { rule: rule.name, full: runRuleFile(rule, doc.name, full), reduced: runRuleFile(rule, doc.name, reduced), shrunk: reduced.length < full.length, prunable }
    })
}

/** The rule files whose reduced form did not shrink where it should (imop-geo's only where a geometry is prunable). */
const unshrunk = (results: ReturnType<typeof compare>): string[] =>
  results.filter((r) => !r.shrunk && (r.rule !== 'imop-geo.sch' || r.prunable)).map((r) => r.rule)

/** What runSchematron would report if every rule file ran on the full text (no run problems expected here). */
function reference(doc: { name: string; text: string }): Finding[] {
  return compare(doc)
    .flatMap((c) => c.full)
    .sort(compareFindings)
}

describe('guards read from the official rule files', () => {
  const guard = (name: string) => {
    const file = listRuleFiles(schemas).find((f) => f.name === name)
    return guardOf(readFileSync(file?.path ?? '', 'utf8'))
  }

  it('imop-geo sees geometries and reads srsName; imop-aknjoin does not, and names FRBRWork', () => {
    expect(guard('imop-geo.sch')?.seesGeometry).toBe(true)
    expect([...(guard('imop-geo.sch')?.attributes ?? [])]).toEqual(['srsName'])
    expect(guard('imop-geo.sch')?.elements.has('PriorityLocation')).toBe(true)
    expect(guard('imop-aknjoin.sch')?.seesGeometry).toBe(false)
    expect(guard('imop-aknjoin.sch')?.elements.has('FRBRWork')).toBe(true)
    expect(guard('imop-aknjoin.sch')?.elements.has('Polygon')).toBe(false)
    expect(guard('imop-tekst.sch')?.attributes.has('eId')).toBe(true)
    expect(guard('imop-tekstmutaties.sch')?.attributes.has('wordt')).toBe(true)
  })

  it('a rule file that reaches any node by wildcard or reads any attribute has no guard', () => {
    const sch = (context: string, test: string) =>
      `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><sch:pattern><sch:rule context="${context}"><sch:assert test="${test}">x</sch:assert></sch:rule></sch:pattern></sch:schema>`
    expect(guardOf(sch('a:b', 'true()'))).toBeDefined()
    expect(guardOf(sch('a:b', 'count(//*) gt 0'))).toBeUndefined()
    expect(guardOf(sch('a:b', 'exists(@*)'))).toBeUndefined()
    expect(guardOf(sch('*', 'true()'))).toBeUndefined()
    expect(guardOf(sch('a:*', 'true()'))).toBeUndefined()
    expect(guardOf(sch('a:*[@c]', 'true()'))?.attributes.has('c')).toBe(true)
  })

  it("words in string literals name no element ('/join/id/' in imop-aknjoin), unless the rule file compares names as strings", () => {
    const sch = (test: string) =>
      `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><sch:pattern><sch:rule context="a:b"><sch:assert test="${test}">x</sch:assert></sch:rule></sch:pattern></sch:schema>`
    const literal = guardOf(sch("starts-with(a:c, '/join/id/') and matches(., &quot;^(naam)$&quot;)"))
    expect(['b', 'c', 'id', 'naam'].map((n) => literal?.elements.has(n))).toEqual([true, true, false, false])
    for (const test of ["a:c/*[local-name() = 'naam']", "exists(a:c[name(*) = 'a:naam'])", "node-name(*) = QName('urn:x', 'naam')"]) {
      expect([test, guardOf(sch(test))?.elements.has('naam')]).toEqual([test, true])
    }
    expect(guard('imop-aknjoin.sch')?.elements.has('id')).toBe(false)
    expect(guard('lvbb-aanlevering-io.sch')?.elements.has('id')).toBe(true)
  })
})

describe('skeletonOf and prunedOf keep lines and shrink', () => {
  it('the pv28 GIO: same line count, no gml:Surface left in the skeleton, every srsName kept in the pruned text', () => {
    const full = reduceCoordinates(delta.text)
    const guard = { elements: new Set(['FRBRWork']), attributes: new Set(['eId']), seesGeometry: false }
    const skeleton = skeletonOf(full, guard)
    expect(skeleton.split('\n').length).toBe(full.split('\n').length)
    expect(skeleton).not.toContain('<gml:Surface')
    expect(skeleton.match(/<geo:Locatie>/g)?.length).toBe(4)
    // A rule file that names Locatie keeps the Locaties; their geometries are still emptied.
    const locaties = skeletonOf(full, { ...guard, elements: new Set(['FRBRWork', 'Locatie']) })
    expect(locaties).not.toContain('<gml:Surface')
    expect(locaties.match(/<basisgeo:geometrie/g)?.length).toBe(4)
    const geo = rules.find((r) => r.name === 'imop-geo.sch') as RuleFile
    const pruned = prunedOf(full, skeletonGuard(geo.path) ?? guard)
    expect(pruned.split('\n').length).toBe(full.split('\n').length)
    expect(pruned.match(/srsName=/g)?.length).toBe(full.match(/srsName=/g)?.length)
    expect(pruned.match(/<gml:posList/g)?.length).toBe(4)
    expect(pruned.length).toBeLessThan(full.length / 2)
  })

  it('prunedOf leaves a geometry of one coordinate element as it is, and prunes one of several to one witness', () => {
    const full = reduceCoordinates(delta.text)
    const geo = rules.find((r) => r.name === 'imop-geo.sch') as RuleFile
    const pruned = prunedOf(full, skeletonGuard(geo.path) as SkeletonGuard)
    const geometries = (text: string) => text.split('<basisgeo:geometrie').slice(1).map((g) => g.slice(0, g.indexOf('</basisgeo:geometrie>')))
    const before = geometries(full)
    const after = geometries(pruned)
    const coordinates = (g: string) => g.match(/<gml:posList[\s>]/g)?.length ?? 0
    expect(before.map(coordinates)).toContain(1)
    expect(before.some((g) => coordinates(g) > 1)).toBe(true)
    before.forEach((g, i) => {
      if (coordinates(g) <= 1) expect(after[i]).toBe(g)
      else expect([coordinates(after[i] as string), (after[i] as string).length < g.length]).toEqual([1, true])
    })
  })

  it('each geo:Locatie is emptied too (lines kept) when nothing in it is named; not when its name or a child is', () => {
    const full = reduceCoordinates(metropool.text)
    const guard = { elements: new Set(['FRBRWork']), attributes: new Set<string>(), seesGeometry: false }
    const skeleton = skeletonOf(full, guard)
    expect(skeleton.split('\n').length).toBe(full.split('\n').length)
    expect(skeleton.match(/<geo:Locatie>/g)?.length).toBe(16)
    expect(skeleton).not.toContain('<basisgeo:id>')
    expect(skeleton).not.toContain('<basisgeo:geometrie')
    for (const named of ['Locatie', 'locaties', 'id']) {
      const kept = skeletonOf(full, { ...guard, elements: new Set(['FRBRWork', named]) })
      expect([named, kept.match(/<basisgeo:id>/g)?.length]).toEqual([named, 16])
    }
  })

  it('a geometry with a guarded attribute or element is left whole; the others are still emptied', () => {
    const full = reduceCoordinates(delta.text)
    const planted = replaceNth(full, /<gml:Surface /, 5, (m) => `${m}eId="x" `)
    const guard = { elements: new Set(['FRBRWork']), attributes: new Set(['eId']), seesGeometry: false }
    const skeleton = skeletonOf(planted, guard)
    expect(skeleton).toContain('eId="x"')
    expect(skeleton.match(/<gml:Surface /g)?.length).toBeGreaterThan(0)
    expect(skeleton.length).toBeLessThan(planted.length)
    const named = replaceNth(full, /<gml:exterior>/, 2, (m) => `<gml:FRBRWork>/join/x</gml:FRBRWork>${m}`)
    expect(skeletonOf(named, guard)).toContain('<gml:FRBRWork>')
    const unicode = replaceNth(full, /<gml:exterior>/, 2, (m) => `<Ä:FRBRWork xmlns:Ä="urn:x">/join/x</Ä:FRBRWork>${m}`)
    expect(skeletonOf(unicode, guard)).toContain('<Ä:FRBRWork')
    // A basisgeo:geometrie inside a geometry: the outer one is left whole (the inner one's end would cut its content).
    // (A guard that names Locatie, so that the Locaties themselves are not emptied afterwards.)
    const locaties = { ...guard, elements: new Set(['FRBRWork', 'Locatie']) }
    expect(skeletonOf(full, locaties)).not.toContain('<gml:Surface ')
    const nested = replaceNth(full, /<\/basisgeo:geometrie>/, 2, (m) => `<basisgeo:geometrie></basisgeo:geometrie>${m}`)
    expect(skeletonOf(nested, locaties).match(/<gml:Surface /g)?.length).toBeGreaterThan(0)
  })
})

describe('the official rules find the same on the reduced forms', () => {
  const same = (doc: { name: string; text: string }): Finding[] => {
    const results = compare(doc)
    for (const r of results) expect({ rule: r.rule, findings: r.reduced }).toEqual({ rule: r.rule, findings: r.full })
    // The layer itself (union guard, one skeleton per document) reports what the rules report on the full text.
    const layer = runSchematron([doc], { schemasDir: schemas })
    expect(layer).toEqual(reference(doc))
    return layer
  }

  it('the shared example GIOs (and the reduced forms are smaller for every rule file that runs)', () => {
    for (const doc of [gio1, metropool, delta]) {
      const results = compare(doc)
      expect(results.map((r) => r.rule)).toContain('imop-geo.sch')
      expect(unshrunk(results)).toEqual([])
      expect(same(doc)).toEqual([])
    }
  })

  it('the Assen GIOs', () => {
    expect(assen.length).toBeGreaterThan(0)
    for (const doc of assen) {
      expect(unshrunk(compare(doc))).toEqual([])
      same(doc)
    }
  })

  it('a wrong srsName on a LinearRing inside the third Surface: STOP3020 at the same XPath and line, STOP3021', () => {
    const text = replaceNth(delta.text, /<gml:Surface [^>]*>[\s\S]*?<gml:LinearRing/, 3, (m) => `${m} srsName="urn:ogc:def:crs:EPSG::4326"`)
    const found = same({ name: 'DeltaVisie-v1.gml', text })
    const stop3020 = found.filter((f) => f.code === 'STOP3020')
    expect(stop3020).toHaveLength(1)
    expect(stop3020[0]?.at?.xpath).toMatch(/gml:LinearRing\[1\]$/)
    expect(stop3020[0]?.at?.line).toBeGreaterThan(1)
    expect(found.map((f) => f.code)).toContain('STOP3021')
  })

  it('a wrong srsName in the fourth of several same-named siblings keeps its position in the XPath', () => {
    // DeltaVisie's geometries have 0, 3, 7 and 5 surfaceMembers: the seventh is the fourth of the third geometry.
    const text = replaceNth(delta.text, /<gml:surfaceMember>/, 7, () => '<gml:surfaceMember><gml:Point srsName="EPSG:4326"><gml:pos>1 2</gml:pos></gml:Point>')
    const found = same({ name: 'DeltaVisie-v1.gml', text })
    expect(found.filter((f) => f.code === 'STOP3020').map((f) => f.at?.xpath)).toEqual([expect.stringMatching(/Locatie\[3\]\/.*\/gml:surfaceMember\[4\]\/gml:Point\[1\]$/)])
  })

  it('a forbidden gml:name inside a geometry, and under an element named Locatie there (STOP3090)', () => {
    same({ name: 'gio-1.gml', text: replaceNth(gio1.text, /<gml:exterior>/, 1, (m) => `<gml:name>naam</gml:name>${m}`) })
    const text = replaceNth(gio1.text, /<gml:exterior>/, 1, (m) => `<gml:Locatie><gml:name>naam</gml:name></gml:Locatie>${m}`)
    expect(same({ name: 'gio-1.gml', text }).map((f) => f.code)).toContain('STOP3090')
  })

  it('an empty posList (STOP3019), alone in its geometry and next to one with coordinates', () => {
    const empty = replaceNth(gio1.text, /<gml:posList[^>]*>[^<]*<\/gml:posList>/, 1, () => '<gml:posList srsDimension="2"></gml:posList>')
    expect(same({ name: 'gio-1.gml', text: empty }).map((f) => f.code)).toContain('STOP3019')
    const one = replaceNth(metropool.text, /<gml:posList[^>]*>[^<]*<\/gml:posList>/, 5, () => '<gml:posList>geen</gml:posList>')
    expect(same({ name: 'Metropool-v1.gml', text: one }).filter((f) => f.code === 'STOP3019')).toHaveLength(1)
    // DeltaVisie's first geometry has one posList, its second twelve: empty the first of those twelve.
    const second = replaceNth(delta.text, /<gml:posList[^>]*>[^<]*<\/gml:posList>/, 2, () => '<gml:posList></gml:posList>')
    expect(same({ name: 'DeltaVisie-v1.gml', text: second }).filter((f) => f.code === 'STOP3019')).toEqual([])
  })

  it('an eId planted inside a geometry of a GIO that declares the tekst namespace trips the guard', () => {
    const tekst = replaceNth(metropool.text, /<geo:GeoInformatieObjectVaststelling /, 1, (m) => `${m}xmlns:tekst="https://standaarden.overheid.nl/stop/imop/tekst/" `)
    const text = replaceNth(tekst, /<gml:Surface /, 2, (m) => `${m}eId="geo_1." `)
    const results = compare({ name: 'Metropool-v1.gml', text })
    expect(results.map((r) => r.rule)).toContain('imop-tekst.sch')
    const found = same({ name: 'Metropool-v1.gml', text })
    expect(found.filter((f) => f.code === 'STOP0013' && f.at?.xpath?.endsWith('}Surface[1]') === true).length).toBeGreaterThan(0)
  })

  it('an element a rule file names (FRBRWork) planted in a Locatie beside its geometry is seen as on the full text', () => {
    const text = replaceNth(gio1.text, /<geo:geometrie>/, 1, (m) => `<geo:FRBRWork>geen-join-id</geo:FRBRWork>${m}`)
    const found = same({ name: 'gio-1.gml', text })
    expect(found.filter((f) => f.at?.xpath?.includes('Locatie[1]/geo:FRBRWork') === true).length).toBeGreaterThan(0)
  })

  it('a GIO of 1 200 Locaties with a defect in the 900th and in its own identification: the same findings', () => {
    const locatie = /<geo:Locatie>[\s\S]*?<\/geo:Locatie>/.exec(gio1.text)?.[0] ?? ''
    expect(locatie).not.toBe('')
    const many = Array.from({ length: 1200 }, (_, i) => locatie.replaceAll('882b8f02-4753-4527-8b0f-68b2696043a3', `882b8f02-4753-4527-8b0f-${String(i).padStart(12, '0')}`))
    many[899] = (many[899] as string).replace('<geo:geometrie>', '<geo:FRBRExpression>/akn/nl.x</geo:FRBRExpression><geo:geometrie>')
    const text = gio1.text.replace(/<geo:locaties>[\s\S]*<\/geo:locaties>/, `<geo:locaties>\n${many.join('\n')}\n</geo:locaties>`).replace('<geo:FRBRWork>/join/id/', '<geo:FRBRWork>/join/ix/')
    const found = same({ name: 'gio-1.gml', text })
    expect(found.some((f) => f.at?.xpath?.includes('Locatie[900]/geo:FRBRExpression') === true)).toBe(true)
    expect(found.some((f) => f.at?.xpath?.endsWith('GeoInformatieObjectVersie[1]/geo:FRBRWork[1]') === true)).toBe(true)
  })

  it('a geometry of 600 surfaces: pruned to one witness, and the same findings with a defect in its 450th surface', () => {
    // DeltaVisie's third geometry (its fourth to tenth surfaceMembers) with its surfaces repeated 90 times.
    const members = [...delta.text.matchAll(/<gml:surfaceMember>[\s\S]*?<\/gml:surfaceMember>/g)]
    const from = members[3]?.index as number
    const to = (members[9]?.index as number) + (members[9]?.[0].length as number)
    const grown = delta.text.slice(0, from) + `${delta.text.slice(from, to)}\n`.repeat(90) + delta.text.slice(to)
    expect(grown.match(/<gml:surfaceMember>/g)?.length).toBeGreaterThan(600)
    const geo = rules.find((r) => r.name === 'imop-geo.sch') as RuleFile
    const full = reduceCoordinates(grown)
    const pruned = prunedOf(full, skeletonGuard(geo.path) as SkeletonGuard)
    expect(pruned.split('\n').length).toBe(full.split('\n').length)
    expect(pruned.match(/<gml:posList[\s>]/g)?.length).toBe(4)
    expect(same({ name: 'DeltaVisie-v1.gml', text: grown })).toEqual([])
    // A wrong srsName late in the geometry: kept where it is, with the elements on its path.
    const late = replaceNth(grown, /<gml:Surface /, 451, (m) => `${m}srsName="urn:ogc:def:crs:EPSG::4326" `)
    const found = same({ name: 'DeltaVisie-v1.gml', text: late })
    expect(found.filter((f) => f.code === 'STOP3020').map((f) => f.at?.xpath)).toEqual([expect.stringMatching(/\/gml:surfaceMember\[4\d\d\]\/gml:Surface\[1\]$/)])
    // The rest after the witness is not read (the xsd layer reports a tag there that is not XML: LVBB3004): a geometry
    // with one is still pruned, where reading all of it would leave it whole.
    const unread = replaceNth(full, /<gml:exterior>/, 300, () => '<gml:exterior onleesbaar>')
    expect(prunedOf(unread, skeletonGuard(geo.path) as SkeletonGuard).length).toBe(pruned.length)
  })

  it('an element a rule file names (FRBRWork) planted inside a geometry is seen as on the full text', () => {
    const text = replaceNth(gio1.text, /<gml:exterior>/, 1, (m) => `<gml:FRBRWork>geen-join-id</gml:FRBRWork>${m}`)
    const found = same({ name: 'gio-1.gml', text })
    expect(found.filter((f) => f.at?.xpath?.includes('FRBRWork') === true).length).toBeGreaterThan(0)
  })
})

/**
 * The rules of STOP 1.3.0 imop-metadata.sch in TypeScript (ported.ts says how a port is used and why it reports what
 * the official run reports). Each context, let, test and value-of is the rule file's, evaluated as XPath defines it;
 * the comments quote them. Where XPath would raise an error (a function that takes one item given two elements) the
 * port gives up and the official file runs.
 */
import type { RawFailure } from './report.js'
import { Failures, normalizeSpace, NotPorted, unported, type Message } from './ported.js'
import { allElements, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { DATA } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-metadata.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_METADATA = '3df3885889585cc44e09cdf1c84da144af480f5d6b307016fc10aa3e7ba10a24'

const data = (e: XmlElement | undefined, ...locals: string[]): boolean => e !== undefined && e.ns === DATA && locals.includes(e.local)
const kids = (e: XmlElement, local: string): XmlElement[] => e.children.filter((c) => data(c, local))

/** The one item XPath needs (undefined for none); more than one is a type error. */
function single<T>(seq: readonly T[]): T | undefined {
  if (seq.length > 1) throw new NotPorted('meer dan één waarde')
  return seq[0]
}

const GEMEENTE = /c_2c4e7407|c_28ecfd6d|c_2a7d8663|^$/u
const WATERSCHAP = /c_70c87e3d|c_5cc92c89|c_f70a6113|^$/u
const PROVINCIE = /c_e24d39f6|c_61676cbc|c_411b4e4a|^$/u
const STAAT = /c_bcfb7b4e|c_91fb5e42|c_3aaa4d12|^$/u

/** The failures imop-metadata.sch reports on the document; throws NotPorted where the official file must run. */
export function metadataFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const strs = (e: XmlElement, local: string): string[] => kids(e, local).map(str)
  const out = new Failures(messages)
  const each = (match: (e: XmlElement) => boolean, body: (e: XmlElement) => void): void => {
    for (const e of all) if (match(e)) body(e)
  }
  /** count(x) != count(distinct-values(x)) on string values. */
  const doubles = (values: readonly string[]): boolean => new Set(values).size !== values.length

  // sch_data_004: data:InformatieObjectMetadata; starts-with(./data:officieleTitel/string(), '/join/id/')
  each(
    (e) => data(e, 'InformatieObjectMetadata'),
    (e) => {
      const titels = strs(e, 'officieleTitel')
      out.check('STOP1015', e, !(single(titels) ?? '').startsWith('/join/id/'), (sel) => (sel === './data:officieleTitel' ? titels.join(' ') : unported(sel)))
    },
  )
  // sch_data_005: data:InformatieObjectMetadata; normalize-space(xs:string(…)) of formaat and publicatieinstructie
  each(
    (e) => data(e, 'InformatieObjectMetadata'),
    (e) => {
      const formaat = normalizeSpace(single(strs(e, 'formaatInformatieobject')) ?? '')
      const instructie = normalizeSpace(single(strs(e, 'publicatieinstructie')) ?? '')
      const values = (sel: string): string => {
        if (sel === 'data:officieleTitel') return strs(e, 'officieleTitel').join(' ')
        if (sel === '$formaat') return formaat
        if (sel === 'data:publicatieinstructie') return strs(e, 'publicatieinstructie').join(' ')
        return unported(sel)
      }
      out.check('STOP1073', e, formaat === '/join/id/stop/informatieobject/doc_001' && instructie === 'Informatief', values)
      out.check('STOP1074', e, formaat === '/join/id/stop/informatieobject/gio_002' && (instructie === 'Informatief' || instructie === 'AlleenBekendTeMaken'), values)
    },
  )
  // sch_data_006: data:RegelingVersieMetadata/data:versienummer
  each(
    (e) => data(e, 'versienummer') && data(e.parent, 'RegelingVersieMetadata'),
    (e) => out.check('STOP1016', e, !/^[a-zA-Z0-9\-]{1,32}$/u.test(str(e)), (sel) => (sel === './string()' ? str(e) : unported(sel))),
  )
  // sch_data_007: data:informatieobjectRefs
  each(
    (e) => data(e, 'informatieobjectRefs'),
    (e) => out.check('STOP1018', e, doubles(strs(e, 'informatieobjectRef')), unported),
  )
  // sch_data_008: one rule per container, the first that matches.
  const CONTAINERS: readonly (readonly [string, string, string])[] = [
    ['rechtsgebieden', 'rechtsgebied', 'STOP1019'],
    ['overheidsdomeinen', 'overheidsdomein', 'STOP1030'],
    ['onderwerpen', 'onderwerp', 'STOP1031'],
    ['alternatieveTitels', 'alternatieveTitel', 'STOP1022'],
    ['opvolging', 'opvolgerVan', 'STOP1023'],
  ]
  each(
    (e) => CONTAINERS.some(([c]) => data(e, c)),
    (e) => {
      const [, member, id] = CONTAINERS.find(([c]) => data(e, c)) as readonly [string, string, string]
      out.check(id, e, doubles(strs(e, member)), unported)
    },
  )
  // sch_data_009: data:alternatieveTitel; ./string() = ../../data:heeftCiteertitelInformatie/data:CiteertitelInformatie/data:citeertitel/string()
  each(
    (e) => data(e, 'alternatieveTitel'),
    (e) => {
      const grand = e.parent?.parent
      const citeertitels = grand === undefined ? [] : kids(grand, 'heeftCiteertitelInformatie').flatMap((h) => kids(h, 'CiteertitelInformatie')).flatMap((c) => strs(c, 'citeertitel'))
      out.check('STOP1020', e, citeertitels.includes(str(e)), unported)
    },
  )
  // sch_data_010: data:opvolgerVan
  each(
    (e) => data(e, 'opvolgerVan'),
    (e) => out.check('STOP1024', e, !/^\/akn\/(nl|aw|cw|sx)\/act|^\/join\/id\/regdata\//u.test(str(e)), (sel) => (sel === './string()' ? str(e) : unported(sel))),
  )
  // sch_data_011: data:TekstReferentie
  each(
    (e) => data(e, 'TekstReferentie'),
    (e) => {
      const soort = strs(e, 'soortRef')
      const uris = strs(e, 'uri')
      const uri = (): string => single(uris) ?? ''
      // matches(./data:uri/string(), …) is only evaluated where its `and` needs it.
      const ok = (soort.includes('AKN') && /^\/akn\/(nl|aw|cw|sx)\/act/u.test(uri())) || (soort.includes('JCI') && /^jci/u.test(uri())) || (soort.includes('URL') && /^http[s]?:\/\//u.test(uri()))
      out.check('STOP1021', e, !ok, (sel) => (sel === './data:uri/string()' ? uris.join(' ') : unported(sel)))
    },
  )
  // sch_data_012: data:OfficielePublicatieMetadata[data:soortPublicatie = …_001], then [… = …_002]
  each(
    (e) => data(e, 'OfficielePublicatieMetadata'),
    (e) => {
      const soort = strs(e, 'soortPublicatie')
      if (soort.includes('/join/id/stop/soortpublicatie_001')) out.check('STOP1032', e, kids(e, 'ondertekendOp').length === 0, unported)
      else if (soort.includes('/join/id/stop/soortpublicatie_002')) out.check('STOP1033', e, kids(e, 'ondertekendOp').length > 0, unported)
    },
  )
  // sch_data_013: data:RegelingMetadata[data:eindverantwoordelijke[matches(., 'gemeente|provincie|waterschap')]] | data:BesluitMetadata[…]
  each(
    (e) => data(e, 'RegelingMetadata', 'BesluitMetadata') && strs(e, 'eindverantwoordelijke').some((v) => /gemeente|provincie|waterschap/u.test(v)),
    (e) => {
      const organen = strs(e, 'soortBestuursorgaan')
      out.check('STOP1034', e, organen.length === 0 || organen.includes(''), unported)
    },
  )
  // sch_data_014: data:RegelingMetadata | data:BesluitMetadata
  each(
    (e) => data(e, 'RegelingMetadata', 'BesluitMetadata'),
    (e) => {
      const eind = strs(e, 'eindverantwoordelijke')
      const verantwoordelijke = single(eind) ?? ''
      const orgaan = single(strs(e, 'soortBestuursorgaan')) ?? ''
      const ok =
        (verantwoordelijke.includes('gemeente') && GEMEENTE.test(orgaan)) ||
        (verantwoordelijke.includes('waterschap') && WATERSCHAP.test(orgaan)) ||
        (verantwoordelijke.includes('provincie') && PROVINCIE.test(orgaan)) ||
        (verantwoordelijke.includes('ministerie') && STAAT.test(orgaan)) ||
        eind.length === 0
      out.check('STOP1035', e, !ok, unported)
    },
  )
  // sch_data_015: *:heeftGeboorteregeling
  each(
    (e) => e.local === 'heeftGeboorteregeling',
    (e) => out.check('STOP1060', e, !normalizeSpace(str(e)).startsWith('/akn/nl/act'), (sel) => (sel === '.' ? str(e) : unported(sel))),
  )
  // sch_data_075: data:KennisgevingMetadata
  each(
    (e) => data(e, 'KennisgevingMetadata'),
    (e) => {
      const soort = strs(e, 'soortKennisgeving')
      const ok =
        (kids(e, 'mededelingOver').length > 0 && (soort.includes('KennisgevingBesluittermijnen') || soort.includes('KennisgevingUitspraakRechter') || soort.length === 0)) ||
        soort.includes('KennisgevingVoorgenomenBesluit')
      out.check('STOP1075', e, !ok, (sel) => (sel === 'data:officieleTitel' ? strs(e, 'officieleTitel').join(' ') : sel === 'data:soortKennisgeving' ? soort.join(' ') : unported(sel)))
    },
  )
  return out.list
}

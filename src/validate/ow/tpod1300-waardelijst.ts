/**
 * TPOD1300 "Een attribuut waarvoor een waarde uit een waardelijst moet worden gekozen, moet de uri van die waarde
 * uit de betreffende waardelijst bevatten", reported with the code OZON gives per field (validatiematrix: OZON0076
 * Gebiedsaanwijzing.type, OZON0080 Gebiedsaanwijzing.groep, OZON0120 Tekstdeel.thema, OZON0203 idealisatie), checked
 * against the installed IMOW waardelijsten. A URI that differs from the list's only in upper/lower case is a
 * waarschuwing: the chain accepted such values (pv28 '…/RuimtelijkGebruik/…' for '…/ruimtelijkgebruik/…').
 */
import { defineRule, type Rule } from '../rule.js'
import { owSide } from './objects.js'
import { waardelijstVelden } from './waardelijst-velden.js'
import { loadWaardelijsten } from './waardelijsten.js'

function waardelijstRule(code: string, type: string, veld: string): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: `${type}.${veld} komt niet uit de voorgeschreven waardelijst`,
    message: (d) =>
      d.bedoeld
        ? `${d.type} ${d.identificatie}: ${d.veld} '${d.waarde}' wijkt alleen in hoofdletters af van '${d.bedoeld}' uit waardelijst ${d.lijst}; gebruik de URI precies zoals de waardelijst hem schrijft.`
        : `${d.type} ${d.identificatie}: ${d.veld} '${d.waarde}' staat niet in waardelijst ${d.lijst} (IMOW-waardelijsten ${d.versie}).`,
    check(view, report) {
      const lists = loadWaardelijsten(view.ctx.schemasDir)
      if (!lists) return // VISIE-705 says the lists are missing
      const objects = owSide(view).objects.filter((o) => o.type === type)
      for (const v of waardelijstVelden(objects, lists)) {
        if (v.veld !== veld || lists.byUri.get(v.value)?.lijst === v.lijst) continue
        const data = { type: v.object.type, identificatie: v.object.identificatie, veld: v.veld, waarde: v.value, lijst: v.lijst, versie: lists.versie }
        const bedoeld = lists.byLowerUri.get(v.value.toLowerCase())
        if (bedoeld && bedoeld.lijst === v.lijst) report({ data: { ...data, bedoeld: bedoeld.uri }, at: v.at, severity: 'waarschuwing' })
        else report({ data, at: v.at })
      }
    },
  })
}

export const ozon0076 = waardelijstRule('OZON0076', 'Gebiedsaanwijzing', 'type')
export const ozon0080 = waardelijstRule('OZON0080', 'Gebiedsaanwijzing', 'groep')
export const ozon0120 = waardelijstRule('OZON0120', 'Tekstdeel', 'thema')
export const ozon0203 = waardelijstRule('OZON0203', 'Tekstdeel', 'idealisatie')

/**
 * VISIE-863: the root cause of LVBB3519 + LVBB3518 × GIOs when a definitive besluit's only artikel is the WijzigArtikel
 * that adopts the visie ('Enig artikel'). A Tijdstempel may point only at a plain Artikel (BHKV1010), so such a besluit
 * has no place for its juridischWerkendVanaf; the LVBB then refuses the regelingversie and every informatieobject.
 * One finding at the WijzigArtikel says what to do; the LVBB codes are listed under it (Rule.explains).
 */
import { defineRule } from '../rule.js'
import { besluiten, zonderJuridischWerkend } from './lvbb4032-consolidatie.js'

export const visie863 = defineRule({
  code: 'VISIE-863',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit'],
  explains: { codes: ['LVBB3518', 'LVBB3519'], scope: 'bestand' },
  title: 'Definitief besluit zonder artikel voor de inwerkingtreding (alleen het artikel dat de visie vaststelt)',
  message: (d) =>
    `Het besluit heeft alleen ${d.artikel}, het WijzigArtikel dat de omgevingsvisie vaststelt, en geen gewoon Artikel. ` +
    'Een Tijdstempel juridischWerkendVanaf mag alleen naar een gewoon Artikel verwijzen (BHKV1010), dus de regelingversie en ' +
    `${d.informatieobjecten} informatieobject(en) krijgen geen datum van inwerkingtreding en de LVBB weigert het definitieve besluit. ` +
    "Geef de inwerkingtreding een eigen artikel in het besluit, bijvoorbeeld 'Artikel II Dit besluit treedt in werking op …'; " +
    'een datum in visie.json (datums.inwerkingtreding) alleen is niet genoeg, want ook die heeft zo’n artikel nodig.',
  check(view, report) {
    for (const b of besluiten(view)) {
      const zonder = zonderJuridischWerkend(b)
      const wijzig = b.artikelen.find((a) => a.soort === 'WijzigArtikel')
      if (zonder.length === 0 || !wijzig || b.artikelen.some((a) => a.soort === 'Artikel')) continue
      report({
        data: { artikel: wijzig.label || wijzig.eId, wId: wijzig.wId, informatieobjecten: zonder.filter((x) => x.soort === 'informatieobject').length },
        at: wijzig.at,
      })
    }
  },
})

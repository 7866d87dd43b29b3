/** The visie.json that `visie init` writes: every required field present, placeholders clearly marked. */
import type { VisieConfigInput } from './schema.js'

export function starterConfig(): VisieConfigInput {
  return {
    bevoegdGezag: 'gm0000',
    naam: 'Gemeente …',
    oin: { bevoegdGezag: '00000000000000000000', aanleveraar: '00000000000000000000' },
    idLevering: 'gm0000-omgevingsvisie-1',
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
    datums: { vaststelling: '2026-01-01', ondertekening: '2026-01-01', bekendmaking: '2026-01-08' },
    metadata: {
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      onderwerpen: ['/tooi/def/concept/c_9af4b880'],
      rechtsgebieden: ['/tooi/def/concept/c_638d8062'],
    },
    geo: { achtergrondActualiteit: '2026-01-01', bronnen: [] },
  }
}

/** The document the reader returns when the input holds nothing it can read (the findings say why). */
import type { Document } from '../model/index.js'

export function emptyDocument(file: string): Document {
  return {
    type: 'document',
    file,
    besluit: {
      type: 'besluit',
      opschrift: '',
      aanhef: { children: [], afkondiging: [] },
      artikelen: [],
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: 'A' },
        regeling: { type: 'regelingVrijetekst', opschrift: '', lichaam: [], bijlagen: [] },
      },
    },
    informatieobjecten: [],
  }
}

/**
 * The STOP writer for tables (CALS), expliciet lists with LiNummer and Opmaak, on a hand-built model: two header rows,
 * cells spanning columns, an empty cell, nested lists, every Opmaak element. Checked against lvbb-stop-aanlevering.xsd
 * and the official STOP/LVBB Schematron.
 */
import { describe, expect, test } from 'vitest'
import { assignIds } from '../../../src/ids/index.js'
import type { Al, Divisie, Divisietekst, Document, Inline, Lijst, Tabel } from '../../../src/model/index.js'
import { writeAanleveringBesluit } from '../../../src/stop/besluit/index.js'
import { runSchematron } from '../../../src/validate/schematron/index.js'
import { validateXml } from '../../../src/validate/xsd/index.js'
import { assenContext, sampleDocument } from '../../ids/sample-document.js'
import { schemasDir, sharedDir } from '../../support/shared.js'

const t = (value: string): Inline => ({ type: 'text', value })
const al = (...children: Inline[]): Al => ({ type: 'al', children })
const cel = (text: string, kolommen?: number) => ({ children: text === '' ? [] : [al(t(text))], ...(kolommen ? { kolommen } : {}) })

const tabel: Tabel = {
  type: 'tabel',
  kolommen: 3,
  kop: [{ cellen: [cel('Thema'), cel('Doel', 2)] }, { cellen: [cel(''), cel('2030'), cel('2040')] }],
  rijen: [
    { cellen: [cel('Alle thema’s samen', 3)] },
    { cellen: [{ children: [al({ type: 'opmaak', element: 'b', children: [t('Wonen')] })] }, cel('1.000 & meer'), cel('')] },
  ],
}

const lijst: Lijst = {
  type: 'lijst',
  lijsttype: 'ongemarkeerd',
  children: [
    {
      type: 'li',
      children: [
        al(t('punt met stappen:')),
        { type: 'lijst', lijsttype: 'expliciet', children: [{ type: 'li', nummer: 'a)', children: [al(t('eerste'))] }, { type: 'li', nummer: 'b)', children: [al(t('tweede'))] }] },
      ],
    },
    { type: 'li', children: [al(t('los punt'))] },
  ],
}

const opmaak = al(
  t('H'), { type: 'opmaak', element: 'sub', children: [t('2')] }, t('O, m'), { type: 'opmaak', element: 'sup', children: [t('2')] }, t(', '),
  { type: 'opmaak', element: 'b', children: [t('vet met '), { type: 'opmaak', element: 'i', children: [t('cursief')] }] }, t(' en '),
  { type: 'opmaak', element: 'u', children: [t('onderstreept')] },
)

function document(): Document {
  const doc = sampleDocument()
  const lichaam = doc.besluit.wijzigBijlage.regeling.lichaam
  const first = lichaam[0] as Divisie
  const extra: Divisietekst = { type: 'divisietekst', kop: { opschrift: 'Tabel en lijsten' }, children: [opmaak, tabel, lijst] }
  const inleiding = first.children[0] as Divisie
  return {
    ...doc,
    besluit: {
      ...doc.besluit,
      wijzigBijlage: {
        ...doc.besluit.wijzigBijlage,
        regeling: { ...doc.besluit.wijzigBijlage.regeling, lichaam: [{ ...first, children: [{ ...inleiding, children: [...inleiding.children, extra] }, ...first.children.slice(1)] }, ...lichaam.slice(1)] },
      },
    },
  }
}

describe('tables, expliciet lists and Opmaak in the written besluit', () => {
  const ctx = assenContext()
  const { document: withIds } = assignIds(document(), ctx)
  const besluit = writeAanleveringBesluit(withIds, ctx, []).files[0]!
  const xml = new TextDecoder().decode(besluit.bytes)
  const compact = xml.replace(/>\s+</gu, '><')

  test('valid against the XSD and clean under the official Schematron', async () => {
    expect(await validateXml(besluit.path, besluit.bytes, schemasDir())).toEqual([])
    expect(runSchematron([{ name: 'besluit.xml', text: xml }], { schemasDir: sharedDir() })).toEqual([])
  })

  test('CALS: two thead rows, spanning cells as namest/nameend, an empty cell as an empty entry', () => {
    expect(compact).toMatch(/<tgroup cols="3" align="left"><colspec colname="col1" colnum="1" colwidth="1\*"\/><colspec colname="col2"[^>]*\/><colspec colname="col3"[^>]*\/><thead valign="top"><row>/u)
    expect(compact).toContain('<row><entry colname="col1"><Al>Thema</Al></entry><entry namest="col2" nameend="col3"><Al>Doel</Al></entry></row>')
    expect(compact).toContain('<row><entry colname="col1"/><entry colname="col2"><Al>2030</Al></entry><entry colname="col3"><Al>2040</Al></entry></row></thead>')
    expect(compact).toContain('<tbody valign="top"><row><entry namest="col1" nameend="col3"><Al>Alle thema’s samen</Al></entry></row>')
    expect(compact).toContain('<entry colname="col1"><Al><b>Wonen</b></Al></entry><entry colname="col2"><Al>1.000 &amp; meer</Al></entry><entry colname="col3"/>')
  })

  test('LiNummer only in the expliciet list, first in its Li; the nested list after the Li’s Al', () => {
    const lists = compact.replace(/ (?:eId|wId)="[^"]*"/gu, '')
    expect(lists).toContain(
      '<Lijst type="ongemarkeerd"><Li><Al>punt met stappen:</Al><Lijst type="expliciet"><Li><LiNummer>a)</LiNummer><Al>eerste</Al></Li><Li><LiNummer>b)</LiNummer><Al>tweede</Al></Li></Lijst></Li><Li><Al>los punt</Al></Li></Lijst>',
    )
  })

  test('Opmaak as b, i, u, sup, sub inside Al, nested as in the model', () => {
    expect(compact).toContain('<Al>H<sub>2</sub>O, m<sup>2</sup>, <b>vet met <i>cursief</i></b> en <u>onderstreept</u></Al>')
  })
})

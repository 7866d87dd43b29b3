import { describe, expect, test } from 'vitest'
import { h, raw, renderHtml } from '../../src/preview/html.js'

describe('renderHtml', () => {
  test('escapes text and attribute values exactly once', () => {
    expect(renderHtml(h('p', { title: 'a "b" & <c>' }, 'x < y & z > w', ' &amp;'))).toBe(
      '<p title="a &quot;b&quot; &amp; &lt;c&gt;">x &lt; y &amp; z &gt; w &amp;amp;</p>',
    )
  })

  test('writes void elements without end tag and empty elements with one', () => {
    expect(renderHtml([h('img', { src: 'data:x', alt: '' }), h('div', { hidden: true, id: undefined, x: false })])).toBe(
      '<img src="data:x" alt=""><div hidden></div>',
    )
  })

  test('passes raw markup through untouched', () => {
    expect(renderHtml(h('style', {}, raw('a>b{c:"d"}')))).toBe('<style>a>b{c:"d"}</style>')
  })
})

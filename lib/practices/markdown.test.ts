import { describe, expect, it } from 'vitest'
import { parsePracticeBody, safeHref } from './markdown'

describe('parsePracticeBody', () => {
  it('reads paragraphs, lists, bold and italic', () => {
    expect(parsePracticeBody('Intro **bold** and *it*.\n\n- one\n- two')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Intro ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' and ' },
          { type: 'em', children: [{ type: 'text', text: 'it' }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
    ])
  })

  it('turns http(s) and mailto links into link nodes, and nothing else', () => {
    const [block] = parsePracticeBody('See [the site](https://example.org/a?b=1) or [mail](mailto:a@b.org).')
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'See ' },
        { type: 'link', href: 'https://example.org/a?b=1', children: [{ type: 'text', text: 'the site' }] },
        { type: 'text', text: ' or ' },
        { type: 'link', href: 'mailto:a@b.org', children: [{ type: 'text', text: 'mail' }] },
        { type: 'text', text: '.' },
      ],
    })
    for (const hostile of [
      '[x](javascript:alert(1))',
      '[x](data:text/html,hi)',
      '[x](/relative)',
      '[x](vbscript:msgbox)',
    ]) {
      const [only] = parsePracticeBody(hostile)
      expect(JSON.stringify(only)).not.toContain('"link"')
    }
  })

  it('keeps raw HTML as text', () => {
    const [block] = parsePracticeBody('<script>alert(1)</script> <b>x</b>')
    expect(block).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: '<script>alert(1)</script> <b>x</b>' }],
    })
  })

  it('links inside list items and bold text', () => {
    const [list] = parsePracticeBody('- **[A](https://a.example)** text')
    expect(JSON.stringify(list)).toContain('"href":"https://a.example/"')
  })
})

describe('safeHref', () => {
  it('accepts absolute web and mail targets only', () => {
    expect(safeHref('https://x.org')).toBe('https://x.org/')
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull()
    expect(safeHref('//x.org')).toBeNull()
  })
})

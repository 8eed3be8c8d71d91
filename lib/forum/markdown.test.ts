import { describe, expect, it } from 'vitest'
import { markdownToPlainText, parseInline, parseMarkdown, truncate } from './markdown'

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and joins the lines of one paragraph', () => {
    expect(parseMarkdown('First line\nsame paragraph.\n\nSecond paragraph.\n')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line same paragraph.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second paragraph.' }] },
    ])
  })

  it('reads "- " bullet lists, directly after a paragraph too', () => {
    expect(parseMarkdown('Contact:\n- One\n- Two\n  continued\n\nAfter.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Contact:' }] },
      {
        type: 'list',
        items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two continued' }]],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'After.' }] },
    ])
  })

  it('does not take a paragraph that starts in bold for a bullet', () => {
    expect(parseMarkdown('**Session 2A:** text')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', text: 'Session 2A:' }] },
          { type: 'text', text: ' text' },
        ],
      },
    ])
  })

  it('keeps HTML as text (React escapes it when rendering)', () => {
    expect(parseMarkdown('<script>alert(1)</script> & <b>x</b>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script> & <b>x</b>' }] },
    ])
  })

  it('returns nothing for an empty text', () => {
    expect(parseMarkdown('\n\n  \n')).toEqual([])
  })
})

describe('parseInline', () => {
  it('reads **bold** and *italic*, nested either way', () => {
    expect(parseInline('a **b *c* d** and *e **f** g*')).toEqual([
      { type: 'text', text: 'a ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'b ' },
          { type: 'em', children: [{ type: 'text', text: 'c' }] },
          { type: 'text', text: ' d' },
        ],
      },
      { type: 'text', text: ' and ' },
      {
        type: 'em',
        children: [
          { type: 'text', text: 'e ' },
          { type: 'strong', children: [{ type: 'text', text: 'f' }] },
          { type: 'text', text: ' g' },
        ],
      },
    ])
  })

  it('leaves unmatched or spaced-out markers as text', () => {
    expect(parseInline('2 * 3 = 6, **open')).toEqual([{ type: 'text', text: '2 * 3 = 6, **open' }])
    expect(parseInline('*not closed')).toEqual([{ type: 'text', text: '*not closed' }])
  })
})

describe('plain text helpers', () => {
  it('strips the markup', () => {
    expect(markdownToPlainText('**A** *b*\n\n- c\n- d')).toBe('A b c d')
  })

  it('truncates at a word boundary', () => {
    expect(truncate('one two three four', 12)).toBe('one two…')
    expect(truncate('short', 12)).toBe('short')
  })
})

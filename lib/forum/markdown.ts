// A tiny Markdown reader for the forum's long texts (content/*.yaml block scalars): paragraphs
// separated by blank lines, "- " (or "* ") bullet lists, **bold** and *italic*. Everything else is
// plain text. It builds a tree, never HTML: components/ui/markdown.tsx renders the tree with React,
// which escapes every string.

export type Inline =
  { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'em'; children: Inline[] }

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; items: Inline[][] }

const BULLET = /^\s*[-*]\s+(.*)$/

/** Splits a text into paragraphs and bullet lists. Lines of one paragraph are joined with a space. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: string[] | null = null

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) })
    paragraph = []
  }
  const flushList = () => {
    if (list && list.length > 0) blocks.push({ type: 'list', items: list.map(parseInline) })
    list = null
  }

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim()
    if (line === '') {
      flushParagraph()
      flushList()
      continue
    }
    // "**Bold** text" starts with "*" but is not a bullet: a bullet needs whitespace after its marker.
    const bullet = BULLET.exec(rawLine)
    if (bullet && !line.startsWith('**')) {
      flushParagraph()
      list ??= []
      list.push((bullet[1] ?? '').trim())
    } else if (list && /^\s{2,}/.test(rawLine)) {
      // An indented continuation line of the last bullet.
      list[list.length - 1] = `${list[list.length - 1] ?? ''} ${line}`
    } else {
      flushList()
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushList()
  return blocks
}

/** **bold** and *italic* (one level of nesting each way); unmatched markers stay as text. */
export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = []
  let buffer = ''
  let index = 0

  const pushText = (value: string) => {
    if (value === '') return
    const last = nodes[nodes.length - 1]
    if (last?.type === 'text') last.text += value
    else nodes.push({ type: 'text', text: value })
  }

  while (index < text.length) {
    const span = spanAt(text, index)
    if (span) {
      pushText(buffer)
      buffer = ''
      nodes.push({ type: span.type, children: parseInline(text.slice(index + span.marker, span.end)) })
      index = span.end + span.marker
      continue
    }
    buffer += text[index]
    index += 1
  }
  pushText(buffer)
  return nodes
}

/**
 * The bold ("**") or italic ("*") span that opens at `index`, if it closes and is not empty: its type,
 * its marker's length and where its closing marker starts. An italic "*" is not followed by a space.
 */
function spanAt(text: string, index: number): { type: 'strong' | 'em'; marker: number; end: number } | null {
  if (text.startsWith('**', index)) {
    const end = text.indexOf('**', index + 2)
    return end > index + 2 ? { type: 'strong', marker: 2, end } : null
  }
  if (text[index] === '*' && text[index + 1] !== ' ' && text[index + 1] !== undefined) {
    const end = findClosingStar(text, index + 1)
    return end > index + 1 ? { type: 'em', marker: 1, end } : null
  }
  return null
}

/** The next single "*" (not part of "**") that can close an italic span, or -1. */
function findClosingStar(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] !== '*') continue
    if (text[i + 1] === '*') {
      // Skip a whole **bold** span inside the italic one.
      const end = text.indexOf('**', i + 2)
      if (end === -1) return -1
      i = end + 1
      continue
    }
    if (text[i - 1] !== ' ') return i
  }
  return -1
}

/** The plain text of a Markdown string (for meta descriptions and titles). */
export function markdownToPlainText(source: string): string {
  const inlineText = (nodes: Inline[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('')
  return parseMarkdown(source)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join(' ')))
    .join(' ')
}

/** Cuts a plain text at a word boundary, adding "…" when it was longer than `max` characters. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

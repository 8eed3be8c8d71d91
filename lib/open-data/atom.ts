// Atom 1.0 (RFC 4287) documents. Pure: the feed route gathers the entries, this writes the XML,
// escaping every text and attribute and dropping characters XML 1.0 does not allow.

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

export type AtomLink = { href: string; rel?: string; type?: string; hreflang?: string; title?: string }

export type AtomEntry = {
  id: string
  title: string
  updated: Date
  published?: Date | null
  summary?: string
  links: AtomLink[]
  authors?: string[]
  categories?: { term: string; label?: string; scheme?: string }[]
}

export type AtomFeed = {
  id: string
  title: string
  subtitle?: string
  updated: Date
  language: string
  links: AtomLink[]
  author: string
  entries: AtomEntry[]
}

/** Characters outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

function link(value: AtomLink): string {
  return `<link${attributes({ rel: value.rel, type: value.type, hreflang: value.hreflang, title: value.title, href: value.href })}/>`
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`
}

export function toAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${element('id', feed.id)}`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  ${element('updated', feed.updated.toISOString())}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...feed.links.map((value) => `  ${link(value)}`),
  ]
  for (const entry of feed.entries) {
    lines.push('  <entry>')
    lines.push(`    ${element('id', entry.id)}`)
    lines.push(`    <title type="text">${escapeXml(entry.title)}</title>`)
    lines.push(`    ${element('updated', entry.updated.toISOString())}`)
    if (entry.published) lines.push(`    ${element('published', entry.published.toISOString())}`)
    for (const name of entry.authors ?? []) lines.push(`    <author>${element('name', name)}</author>`)
    for (const category of entry.categories ?? []) {
      lines.push(
        `    <category${attributes({ term: category.term, scheme: category.scheme, label: category.label })}/>`,
      )
    }
    for (const value of entry.links) lines.push(`    ${link(value)}`)
    if (entry.summary) lines.push(`    <summary type="text">${escapeXml(entry.summary)}</summary>`)
    lines.push('  </entry>')
  }
  lines.push('</feed>')
  return `${lines.join('\n')}\n`
}

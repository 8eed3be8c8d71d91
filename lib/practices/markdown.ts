// A practice's body is Markdown (paragraphs, "- " lists, **bold**, *italic*) read by the forum's
// parser (lib/forum/markdown.ts), plus one thing the secretariat may add in the workspace: links,
// [label](https://…). Only http(s) and mailto targets become links; anything else stays text. The
// result is a tree rendered by React (components/ui/markdown.tsx): no HTML is ever
// produced from the text, and links get rel="noopener nofollow".
import { parseMarkdown, type Block as ForumBlock, type Inline as ForumInline } from '../forum/markdown'

export type BodyInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: BodyInline[] }
  | { type: 'em'; children: BodyInline[] }
  | { type: 'link'; href: string; children: BodyInline[] }

export type BodyBlock = { type: 'paragraph'; children: BodyInline[] } | { type: 'list'; items: BodyInline[][] }

const LINK = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g

/** The target of a Markdown link when it is safe to follow: absolute http(s) or mailto; else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null
  } catch {
    return null
  }
}

function linkify(text: string): BodyInline[] {
  const out: BodyInline[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const href = safeHref(match[2] ?? '')
    if (!href) continue
    if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) })
    out.push({ type: 'link', href, children: [{ type: 'text', text: match[1] ?? '' }] })
    last = match.index + match[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

function withLinks(nodes: ForumInline[]): BodyInline[] {
  return nodes.flatMap((node): BodyInline[] =>
    node.type === 'text' ? linkify(node.text) : [{ type: node.type, children: withLinks(node.children) }],
  )
}

export function parsePracticeBody(source: string): BodyBlock[] {
  return parseMarkdown(source).map((block: ForumBlock): BodyBlock =>
    block.type === 'paragraph'
      ? { type: 'paragraph', children: withLinks(block.children) }
      : { type: 'list', items: block.items.map(withLinks) },
  )
}

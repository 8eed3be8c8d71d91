import { Fragment } from 'react'
import { cx } from '@/components/ui'
import { parseMarkdown, type Inline } from '@/lib/forum/markdown'

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, index) =>
        node.type === 'text' ? (
          <Fragment key={index}>{node.text}</Fragment>
        ) : node.type === 'strong' ? (
          <strong key={index} className="font-semibold">
            <InlineNodes nodes={node.children} />
          </strong>
        ) : (
          <em key={index}>
            <InlineNodes nodes={node.children} />
          </em>
        ),
      )}
    </>
  )
}

/**
 * A long text from the database (Markdown: paragraphs, "- " lists, **bold**, *italic*), rendered as
 * React elements: every string is escaped by React, no HTML from the database reaches the page.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = parseMarkdown(source)
  return (
    <div className={cx('space-y-4 [overflow-wrap:anywhere]', className)}>
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>
            <InlineNodes nodes={block.children} />
          </p>
        ) : (
          <ul key={index} className="list-disc space-y-2 pl-6">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineNodes nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}

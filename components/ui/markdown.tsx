import { Fragment } from 'react'
import { cx } from './button'
import { parsePracticeBody, type BodyInline } from '@/lib/practices/markdown'

function InlineNodes({ nodes }: { nodes: BodyInline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        if (node.type === 'text') return <Fragment key={index}>{node.text}</Fragment>
        if (node.type === 'strong')
          return (
            <strong key={index} className="font-semibold">
              <InlineNodes nodes={node.children} />
            </strong>
          )
        if (node.type === 'em')
          return (
            <em key={index}>
              <InlineNodes nodes={node.children} />
            </em>
          )
        return (
          <a
            key={index}
            href={node.href}
            rel="noopener nofollow"
            className="text-primary-700 underline underline-offset-2"
          >
            <InlineNodes nodes={node.children} />
          </a>
        )
      })}
    </>
  )
}

/**
 * A long text from the database or the content files (Markdown: paragraphs, "- " lists, **bold**,
 * *italic*, and [links](https://…) whose target is http(s) or mailto) rendered as React elements:
 * React escapes every string, so no HTML from the text reaches the page; any other link target stays
 * text. The one renderer of the site: practice bodies, the editor's preview and the forum's texts.
 */
export function Markdown({ source, className, lang }: { source: string; className?: string; lang?: string }) {
  return (
    <div className={cx('space-y-4 [overflow-wrap:anywhere]', className)} lang={lang}>
      {parsePracticeBody(source).map((block, index) =>
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

import type { ReactNode } from 'react'
import { cx } from '@/components/ui'

/**
 * A server-drawn SVG inlined in the page, scaled to its container's width (never wider than `maxWidth`),
 * with its download link. The markup comes from lib/glance (escaped there), never from user HTML.
 */
export function PictureFrame({
  svg,
  caption,
  downloadHref,
  downloadLabel,
  className,
  children,
}: {
  svg: string
  caption: ReactNode
  downloadHref: string
  downloadLabel: string
  className?: string
  children?: ReactNode
}) {
  return (
    <figure className="space-y-3">
      <div
        className={cx('w-full [&>svg]:block [&>svg]:h-auto [&>svg]:w-full [&>svg]:max-w-full', className)}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-sm text-neutral-700">{caption}</figcaption>
      {children}
      <p data-print="hide">
        <a
          href={downloadHref}
          download
          className="inline-flex min-h-11 items-center text-primary-700 underline underline-offset-2 hover:text-primary-800"
        >
          {downloadLabel}
        </a>
      </p>
    </figure>
  )
}

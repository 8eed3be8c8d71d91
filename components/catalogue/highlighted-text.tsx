import type { HighlightSegment } from '@/lib/practices/search'

/** A snippet with the matched words marked (<mark>); every string is escaped by React. */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-warning-50 px-0.5 font-semibold text-neutral-900">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  )
}

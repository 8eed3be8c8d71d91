/**
 * The page numbers the pager shows around the current page: the first, the last, the current one and its
 * neighbours, with null for a gap. A gap of a single page shows that page instead: "…" never hides just
 * one page ("1 2 … 4" becomes "1 2 3 4").
 */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | null)[] = []
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1]
    if (previous !== undefined && p - previous === 2) out.push(previous + 1)
    else if (previous !== undefined && p - previous > 2) out.push(null)
    out.push(p)
  })
  return out
}

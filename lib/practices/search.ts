// Pure helpers of the catalogue search: turning what a visitor typed into the safe inputs of the
// SQL in queries.ts, and ts_headline's output into segments (never HTML).

/** Markers ts_headline puts around matched words (control characters: never in the content). */
export const HIGHLIGHT_START = '\u0001'
export const HIGHLIGHT_END = '\u0002'

const MAX_TOKENS = 12
const MAX_TOKEN_LENGTH = 60
/** Trigram (typo) matching needs a few letters to mean anything. */
export const MIN_TRIGRAM_QUERY_LENGTH = 4

/**
 * The words of a query: runs of letters and digits only (accents kept; the database strips them),
 * at most 12, each at most 60 characters. Everything else — quotes, operators, punctuation,
 * emoji — separates words and never reaches the database's query syntax.
 */
export function queryWords(query: string): string[] {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
  return words.slice(0, MAX_TOKENS).map((word) => word.slice(0, MAX_TOKEN_LENGTH))
}

/**
 * Whether the visitor used web-search syntax: a "quoted phrase", a -excluded word or OR. Then the
 * query goes through websearch_to_tsquery (which accepts any string); otherwise every word is
 * matched as a prefix ("fonat" finds FONATT).
 */
export function usesWebSearchSyntax(query: string): boolean {
  return /"/.test(query) || /(^|\s)-[\p{L}\p{N}]/u.test(query) || /\s(or|OR|Or)\s/.test(query)
}

/** The trigram input: letters, digits and single spaces, when long enough to be worth matching. */
export function trigramQuery(query: string): string | null {
  const text = queryWords(query).join(' ')
  return Array.from(text.replace(/\s/g, '')).length >= MIN_TRIGRAM_QUERY_LENGTH ? text : null
}

export type HighlightSegment = { text: string; match: boolean }

/** ts_headline output (with the markers above) → text segments, matched ones flagged. */
export function parseHighlight(value: string): HighlightSegment[] {
  const segments: HighlightSegment[] = []
  const push = (text: string, match: boolean) => {
    if (text === '') return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += text
    else segments.push({ text, match })
  }
  let match = false
  let buffer = ''
  for (const char of value) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      push(buffer, match)
      buffer = ''
      match = char === HIGHLIGHT_START
    } else {
      buffer += char
    }
  }
  push(buffer, match)
  return segments
}

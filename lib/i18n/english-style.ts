// The variants docs/english-style.md rules out of English text: one definition, checked against the source
// files (lib/i18n/english-style.test.ts) and against rendered English pages (tests/e2e/english-style.spec.ts).

export type ForbiddenVariant = { pattern: RegExp; use: string }

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'

export const FORBIDDEN_ENGLISH_VARIANTS: readonly ForbiddenVariant[] = [
  { pattern: /\bCRM\b/, use: 'RCM (the body’s English acronym)' },
  { pattern: /\bRNCOM\b/, use: 'RROCM' },
  { pattern: /\b1st Regional Forum\b/, use: 'First Regional Forum of Champion Countries of the Americas' },
  {
    pattern: /\bFirst Regional Forum\b(?! of Champion Countries of the Americas)/,
    use: 'First Regional Forum of Champion Countries of the Americas',
  },
  {
    pattern: /\bFirst Forum of Champion Countries\b|\bChampion Countries in the Americas\b/,
    use: 'First Regional Forum of Champion Countries of the Americas',
  },
  { pattern: /\borganis(e|es|ed|ing|ation|ations)\b/i, use: 'organiz- (UN style, Oxford spelling)' },
  { pattern: /\bregularis(e|es|ed|ing|ation|ations)\b/i, use: 'regulariz-' },
  {
    pattern: /\b(recognis|specialis|harmonis|prioritis|mobilis|criminalis|emphasis)(e|es|ed|ing|ation)\b/i,
    use: '-ize',
  },
  { pattern: /\bBeta Groups?\b|\bBETA groups?\b/, use: 'Grupo Beta' },
  { pattern: /\bUnlocated Migrants\b/i, use: 'Missing Migrants' },
  { pattern: /\bGlobal Compact on Migration\b/, use: 'Global Compact for Migration' },
  { pattern: /\bin good faith\b/i, use: 'goodwill ("de buena voluntad")' },
  { pattern: new RegExp(`\\b(${MONTHS}) \\d{1,2}(–\\d{1,2})?, \\d{4}\\b`), use: 'day month year: 28 September 2023' },
]

/** The forbidden variants found in an English text, with what to write instead. */
export function findForbiddenEnglishVariants(text: string): { found: string; use: string }[] {
  return FORBIDDEN_ENGLISH_VARIANTS.flatMap(({ pattern, use }) => {
    const match = pattern.exec(text)
    return match ? [{ found: match[0], use }] : []
  })
}

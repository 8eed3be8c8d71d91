// How a proposal becomes practice content: one definition for the conversion, the correction's pending
// draft and the moderation's preview of the difference. Pure (no database).
import type { PracticeInput, PracticeSnapshot } from '../practices/editing-schemas'
import type { PracticeKind } from '../generated/prisma/enums'

export type ProposalContent = {
  reference: string
  locale: string
  kind: PracticeKind
  title: string
  actorId: number | null
  objectiveNumbers: number[]
  summary: string
  description: string
  results: string | null
  lessons: string | null
  link: string | null
}

const HEADINGS = {
  es: { results: 'Resultados', lessons: 'Lecciones aprendidas' },
  en: { results: 'Results', lessons: 'Lessons learned' },
} as const

/**
 * The practice record has one Markdown body: the description, then the results and the lessons learned
 * under their own headings (in the proposal's language).
 */
export function proposalBody(
  proposal: Pick<ProposalContent, 'locale' | 'description' | 'results' | 'lessons'>,
): string {
  const headings = proposal.locale === 'en' ? HEADINGS.en : HEADINGS.es
  const parts = [proposal.description]
  if (proposal.results) parts.push(`## ${headings.results}\n\n${proposal.results}`)
  if (proposal.lessons) parts.push(`## ${headings.lessons}\n\n${proposal.lessons}`)
  return parts.join('\n\n')
}

/**
 * A new practice's draft. The proposer wrote in one language: that one is the source. A proposal in
 * English still fills the Spanish columns (the record requires them) marked MISSING, so the editors
 * see it needs translating before it is published.
 */
export function newPracticeInput(proposal: ProposalContent): PracticeInput {
  const body = proposalBody(proposal)
  const english = proposal.locale === 'en'
  return {
    kind: proposal.kind,
    slug: null,
    titleEs: proposal.title,
    titleEn: english ? proposal.title : null,
    summaryEs: proposal.summary,
    summaryEn: english ? proposal.summary : null,
    bodyEs: body,
    bodyEn: english ? body : null,
    reportTitle: null,
    sourceSectionEs: null,
    sourceSectionEn: null,
    externalUrl: proposal.link,
    translationStatusEs: english ? 'MISSING' : 'SOURCE',
    translationStatusEn: english ? 'SOURCE' : 'MISSING',
    actorIds: proposal.actorId ? [proposal.actorId] : [],
    objectiveNumbers: proposal.objectiveNumbers,
    sessionIds: [],
    note: `proposal:${proposal.reference}`,
  }
}

/**
 * A correction applied to a practice's current content: the proposal's language's title, summary and
 * body, its kind, link and objectives (when it names any); actors, sessions and the other language stay.
 */
export function correctionInput(current: PracticeSnapshot, proposal: ProposalContent): PracticeInput {
  const english = proposal.locale === 'en'
  const body = proposalBody(proposal)
  return {
    kind: proposal.kind,
    slug: current.slug,
    titleEs: english ? current.titleEs : proposal.title,
    titleEn: english ? proposal.title : current.titleEn,
    summaryEs: english ? current.summaryEs : proposal.summary,
    summaryEn: english ? proposal.summary : current.summaryEn,
    bodyEs: english ? current.bodyEs : body,
    bodyEn: english ? body : current.bodyEn,
    reportTitle: current.reportTitle,
    sourceSectionEs: current.sourceSectionEs,
    sourceSectionEn: current.sourceSectionEn,
    externalUrl: proposal.link ?? current.externalUrl,
    translationStatusEs: current.translationStatusEs,
    translationStatusEn:
      english && current.translationStatusEn === 'MISSING' ? 'TRANSLATED' : current.translationStatusEn,
    actorIds: current.actorIds,
    objectiveNumbers: proposal.objectiveNumbers.length > 0 ? proposal.objectiveNumbers : current.objectiveNumbers,
    sessionIds: current.sessions.map((session) => session.id),
    note: `proposal:${proposal.reference}`,
  }
}

/** What the correction form starts from: the practice as the public sees it, in the page's language. */
export function correctionDefaults(current: PracticeSnapshot, locale: string) {
  const english = locale === 'en'
  return {
    title: (english ? current.titleEn : current.titleEs) ?? current.titleEs,
    kind: current.kind,
    actor: current.actorIds[0] ? String(current.actorIds[0]) : '',
    summary: (english ? current.summaryEn : current.summaryEs) ?? current.summaryEs,
    description: (english ? current.bodyEn : current.bodyEs) ?? current.bodyEs ?? '',
    link: current.externalUrl ?? '',
    objectiveNumbers: current.objectiveNumbers,
  }
}

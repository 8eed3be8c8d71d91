import { describe, expect, it } from 'vitest'
import { practiceSnapshot } from '@/tests/fixtures/practice-snapshot'
import { correctionInput, newPracticeInput, proposalBody, type ProposalContent } from './to-practice'

const proposal: ProposalContent = {
  reference: 'P-2026-000001',
  locale: 'es',
  kind: 'POLICY',
  title: 'Ventanilla única',
  actorId: 7,
  objectiveNumbers: [4, 15],
  summary: 'Resumen.',
  description: 'Descripción.',
  results: 'Menos espera.',
  lessons: null,
  link: 'https://example.org',
}

const current = practiceSnapshot({
  slug: 'ventanilla',
  kind: 'GOOD_PRACTICE',
  titleEs: 'Título actual',
  titleEn: 'Current title',
  summaryEs: 'Resumen actual.',
  summaryEn: 'Current summary.',
  reportTitle: 'Título del informe',
  translationStatusEn: 'TRANSLATED',
  actorIds: [3, 9],
  objectiveNumbers: [1],
  sessions: [{ id: 2, listedKind: 'GOOD_PRACTICE' }],
})

describe('proposal → practice', () => {
  it('puts the results and lessons under headings in the proposal’s language', () => {
    expect(proposalBody(proposal)).toBe('Descripción.\n\n## Resultados\n\nMenos espera.')
    expect(proposalBody({ ...proposal, locale: 'en', lessons: 'Start small.' })).toBe(
      'Descripción.\n\n## Results\n\nMenos espera.\n\n## Lessons learned\n\nStart small.',
    )
  })

  it('makes a draft in the proposer’s language, the other one marked missing', () => {
    expect(newPracticeInput(proposal)).toMatchObject({
      titleEs: 'Ventanilla única',
      titleEn: null,
      translationStatusEs: 'SOURCE',
      translationStatusEn: 'MISSING',
      actorIds: [7],
      externalUrl: 'https://example.org',
    })
    expect(newPracticeInput({ ...proposal, locale: 'en' })).toMatchObject({
      titleEs: 'Ventanilla única',
      titleEn: 'Ventanilla única',
      translationStatusEs: 'MISSING',
      translationStatusEn: 'SOURCE',
    })
  })

  it('a correction changes only its language’s texts, keeping actors, sessions and the report’s title', () => {
    const english = correctionInput(current, {
      ...proposal,
      locale: 'en',
      title: 'Corrected title',
      objectiveNumbers: [],
    })
    expect(english).toMatchObject({
      titleEs: 'Título actual',
      titleEn: 'Corrected title',
      actorIds: [3, 9],
      sessionIds: [2],
      reportTitle: 'Título del informe',
      objectiveNumbers: [1],
    })
    expect(correctionInput(current, proposal)).toMatchObject({
      titleEs: 'Ventanilla única',
      titleEn: 'Current title',
      objectiveNumbers: [4, 15],
      kind: 'POLICY',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { REPORT_DATE, practiceDates } from './dates'

describe('practiceDates', () => {
  it('gives a practice nobody edited the report’s date, never the day the database was loaded', () => {
    const loaded = new Date('2026-11-30T10:00:00Z')
    expect(practiceDates({ reportTitle: 'Grupo Beta - México', editedAt: null, publishedAt: loaded })).toEqual({
      reportDate: REPORT_DATE,
      editedAt: null,
      lastModified: REPORT_DATE,
    })
    expect(REPORT_DATE.toISOString().slice(0, 10)).toBe('2023-09-28')
  })

  it('dates an edited practice by the secretariat’s change, and keeps its report date', () => {
    const edited = new Date('2026-12-02T09:30:00Z')
    expect(practiceDates({ reportTitle: 'Grupo Beta - México', editedAt: edited, publishedAt: edited })).toEqual({
      reportDate: REPORT_DATE,
      editedAt: edited,
      lastModified: edited,
    })
  })

  it('gives a practice the secretariat added no report date', () => {
    const edited = new Date('2026-12-02T09:30:00Z')
    expect(practiceDates({ reportTitle: null, editedAt: edited, publishedAt: edited })).toEqual({
      reportDate: null,
      editedAt: edited,
      lastModified: edited,
    })
  })
})

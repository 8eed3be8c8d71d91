import { describe, expect, it } from 'vitest'
import { REPORT_DATE, practiceDates } from './dates'

const loaded = new Date('2026-11-30T10:00:00Z')
const edited = new Date('2026-12-02T09:30:00Z')

describe('practiceDates', () => {
  // Each case: a practice's report title and its two dates → the dates the public pages show.
  it.each([
    {
      name: 'gives a practice nobody edited the report’s date, never the day the database was loaded',
      practice: { reportTitle: 'Grupo Beta - México', editedAt: null, publishedAt: loaded },
      dates: { reportDate: REPORT_DATE, editedAt: null, lastModified: REPORT_DATE },
    },
    {
      name: 'dates an edited practice by the secretariat’s change, and keeps its report date',
      practice: { reportTitle: 'Grupo Beta - México', editedAt: edited, publishedAt: edited },
      dates: { reportDate: REPORT_DATE, editedAt: edited, lastModified: edited },
    },
    {
      name: 'gives a practice the secretariat added no report date',
      practice: { reportTitle: null, editedAt: edited, publishedAt: edited },
      dates: { reportDate: null, editedAt: edited, lastModified: edited },
    },
  ])('$name', ({ practice, dates }) => {
    expect(practiceDates(practice)).toEqual(dates)
  })

  it('dates the report by the forum’s closing day, 2023-09-28', () => {
    expect(REPORT_DATE.toISOString().slice(0, 10)).toBe('2023-09-28')
  })
})

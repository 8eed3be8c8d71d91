// Two dates a practice has, kept apart (docs/decisions/013-report-and-editorial-dates.md): the report's, for a practice as the forum
// report gives it, and the secretariat's editorial date (Practice.editedAt), set only when they publish a
// change. The database's own timestamps (createdAt, updatedAt, publishedAt) say when rows were loaded or
// written, which the public must not read as an editorial date.

/**
 * The forum report's date. The report carries only the forum's dates ("27 y 28 septiembre del 2023",
 * report line 11); its closing day stands for it, shown as a month ("September 2023").
 */
export const REPORT_DATE = new Date('2023-09-28T00:00:00.000Z')

export type PracticeDates = {
  /** The report's date when the practice comes from the report (it has the title the report prints). */
  reportDate: Date | null
  /** When the secretariat last published a change; null when nobody has edited it. */
  editedAt: Date | null
  /** When what the public sees last changed: the editorial date, else the report's. */
  lastModified: Date
}

/** The dates of a practice from its columns: reportTitle marks a practice that comes from the report. */
export function practiceDates(row: {
  reportTitle: string | null
  editedAt: Date | null
  publishedAt: Date | null
}): PracticeDates {
  const reportDate = row.reportTitle ? REPORT_DATE : null
  return {
    reportDate,
    editedAt: row.editedAt,
    // A practice the secretariat added has an editedAt once published; publishedAt covers rows from before it.
    lastModified: row.editedAt ?? reportDate ?? row.publishedAt ?? REPORT_DATE,
  }
}

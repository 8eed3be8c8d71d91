// The text fields of the workspace forms (the practice editor, the follow-up form), as zod schemas
// whose errors are message codes that every form's "errors" namespace has. The text is cleaned
// (lib/input-text.ts) before its length is checked.
import { z } from 'zod'
import { cleanText } from '../input-text'

/** An optional text: an empty one becomes null. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'invalidChoice' })
    .optional()
    .nullable()
    .transform((value) => {
      const cleaned = cleanText(value ?? '')
      return cleaned === '' ? null : cleaned
    })
    .pipe(z.string().max(max, { error: 'tooLong' }).nullable())

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .transform(cleanText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }))

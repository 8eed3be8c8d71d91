// PostgreSQL text cannot hold a NUL character (a write or a query with one was a 500), and no field
// of the portal means any other C0 control character (tabs and line ends aside). Forms, imports and
// search boxes drop them at the boundary, before validation, so a dry run and its apply agree.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '')
}

/** A form's text as it is stored: control characters out, one kind of line end, no surrounding space. */
export function cleanText(value: string): string {
  return withoutControlCharacters(value).replace(/\r\n?/g, '\n').trim()
}

// One participant's role and institution as one line. Annex 1 sometimes repeats the role at the start of
// the institution ("Director General of Consular Affairs" · "Director General of Consular Affairs, Ministry
// of Foreign Affairs…"): the line then says it once.
export function participantDetails(role: string | null, institution: string | null): string {
  const parts = [role?.trim(), institution?.trim()].filter((part): part is string => Boolean(part))
  if (parts.length === 2 && parts[1]!.toLowerCase().startsWith(parts[0]!.toLowerCase())) return parts[1]!
  if (parts.length === 2 && parts[0]!.toLowerCase().startsWith(parts[1]!.toLowerCase())) return parts[0]!
  return parts.join(' · ')
}

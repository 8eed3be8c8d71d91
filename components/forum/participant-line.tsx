import type { Locale } from 'next-intl'
import { participantDetails } from '@/lib/forum/participant-details'
import type { Participant } from '@/lib/forum/delegations-queries'

/**
 * A participant's role and institution, as annex 1 prints them (not translated): marked with their own
 * language when it is not the page's (WCAG 3.1.2, language of parts).
 */
export function ParticipantLine({ participant, locale }: { participant: Participant; locale: Locale }) {
  const details = participantDetails(participant.role, participant.institution)
  if (!details) return null
  return (
    <p className="text-sm text-neutral-700" lang={participant.lang === locale ? undefined : participant.lang}>
      {details}
    </p>
  )
}

/** A delegation's participants: each one's name, with their role and institution under it. */
export function ParticipantList({ participants, locale }: { participants: Participant[]; locale: Locale }) {
  return (
    <ul className="divide-y divide-neutral-200 border-y border-neutral-200">
      {participants.map((participant, position) => (
        <li key={position} className="py-2 [overflow-wrap:anywhere]">
          <p className="font-medium">{participant.name}</p>
          <ParticipantLine participant={participant} locale={locale} />
        </li>
      ))}
    </ul>
  )
}

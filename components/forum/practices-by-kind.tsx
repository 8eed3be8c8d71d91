import { useTranslations } from 'next-intl'
import { Section } from '@/components/ui/section'
import type { PracticeKind } from '@/lib/generated/prisma/enums'
import type { PracticeCard } from '@/lib/forum/refs'
import { PracticeList } from './practice-list'

/** Practices under one h3 per kind, each heading with its count; `idPrefix` names the sections' ids. */
export function PracticesByKind({
  groups,
  idPrefix,
  showSessions,
}: {
  groups: { kind: PracticeKind; items: PracticeCard[] }[]
  idPrefix: string
  showSessions?: boolean
}) {
  const t = useTranslations('Forum')
  return groups.map((group) => (
    <Section
      key={group.kind}
      id={`${idPrefix}-${group.kind}`}
      heading={
        <>
          {t(`kindPlural.${group.kind}`)} ({group.items.length})
        </>
      }
      level={3}
      className="space-y-2"
    >
      <PracticeList practices={group.items} showSessions={showSessions} />
    </Section>
  ))
}

import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Section } from '@/components/ui/section'

type Heading = 'sectionHeading' | 'mapHeading' | 'objectivesHeading' | 'sessionsHeading' | 'kindsHeading'

/** A page section holding pictures of "the forum at a glance", side by side on wide screens. */
export async function GlanceSection({ id, heading, children }: { id: string; heading: Heading; children: ReactNode }) {
  const t = await getTranslations('Glance')
  return (
    <Section
      id={id}
      heading={t(heading)}
      headingClassName="scroll-mt-4 text-2xl font-semibold text-neutral-900"
      className="space-y-4"
    >
      <div className="grid items-start gap-8 lg:grid-cols-2 [&>*]:min-w-0">{children}</div>
    </Section>
  )
}

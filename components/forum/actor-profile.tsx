import type { ReactNode } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Badge, Link } from '@/components/ui'
import type { ActorDetail } from '@/lib/forum/actors-queries'
import type { ObjectiveRef, SessionRef } from '@/lib/forum/refs'
import { actorHref, catalogueHref, objectiveHref, sessionHref } from './hrefs'
import { ParticipantList } from './participant-line'
import { PracticeList } from './practice-list'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Practice = ActorDetail['practices'][number]

function byObjective(practices: Practice[]): { objective: ObjectiveRef; practices: Practice[] }[] {
  const groups = new Map<number, { objective: ObjectiveRef; practices: Practice[] }>()
  for (const practice of practices) {
    for (const objective of practice.objectives) {
      const group = groups.get(objective.number) ?? { objective, practices: [] }
      group.practices.push(practice)
      groups.set(objective.number, group)
    }
  }
  return [...groups.values()].sort((a, b) => a.objective.number - b.objective.number)
}

function bySession(practices: Practice[]): { session: SessionRef | null; practices: Practice[] }[] {
  const groups = new Map<string, { session: SessionRef | null; practices: Practice[] }>()
  for (const practice of practices) {
    const sessions = practice.sessions.length > 0 ? practice.sessions : [null]
    for (const session of sessions) {
      const key = session?.slug ?? ''
      const group = groups.get(key) ?? { session, practices: [] }
      group.practices.push(practice)
      groups.set(key, group)
    }
  }
  return [...groups.values()].sort((a, b) => (a.session?.position ?? Infinity) - (b.session?.position ?? Infinity))
}

/** "Organización Internacional para las Migraciones (OIM)"; a name alone when there is no other acronym. */
/** One group of the actor's practices (an objective's, a session's), under its own h4. */
function PracticeGroup({ id, heading, practices }: { id: string; heading: ReactNode; practices: Practice[] }) {
  return (
    <Section
      id={id}
      heading={heading}
      level={4}
      headingClassName="font-semibold [overflow-wrap:anywhere]"
      className="space-y-2"
    >
      <PracticeList practices={practices} showKind showSessions={false} />
    </Section>
  )
}

export function actorDisplayName(actor: Pick<ActorDetail, 'name' | 'acronym'>): string {
  return actor.acronym && actor.acronym !== actor.name ? `${actor.name} (${actor.acronym})` : actor.name
}

/** A country's or organisation's page: its practices by objective and by session, and its delegation. */
export function ActorProfile({ actor }: { actor: ActorDetail }) {
  const locale = useLocale()
  const t = useTranslations('Actors')
  const tForum = useTranslations('Forum')
  const displayName = actorDisplayName(actor)

  return (
    <div className="space-y-10">
      <Breadcrumbs
        items={[
          {
            label: t('breadcrumb'),
            href: actor.type === 'COUNTRY' ? '/countries' : { pathname: '/countries', hash: 'organizations' },
          },
          { label: actor.name, href: actorHref(actor) },
        ]}
      />
      <PageHeader
        badges={<Badge variant="primary">{tForum(`group.${actor.group}`)}</Badge>}
        title={displayName}
        wrap
        lead={tForum('practiceCount', { count: actor.practices.length })}
      />

      <Section id="actor-practices" heading={t('practicesHeading')} className="space-y-6">
        {actor.practices.length === 0 ? (
          <p className="text-neutral-700">{t('noPractices', { name: actor.name })}</p>
        ) : (
          <>
            <Section id="actor-by-objective" heading={t('byObjective')} level={3} className="space-y-4">
              {byObjective(actor.practices).map(({ objective, practices }) => (
                <PracticeGroup
                  key={objective.number}
                  id={`objective-${objective.number}`}
                  heading={
                    <Link href={objectiveHref(objective.number)}>
                      {tForum('objectiveNumber', { number: objective.number })}:{' '}
                      {objective.shortLabel ?? objective.title}
                    </Link>
                  }
                  practices={practices}
                />
              ))}
            </Section>
            <Section id="actor-by-session" heading={t('bySession')} level={3} className="space-y-4">
              {bySession(actor.practices).map(({ session, practices }) => (
                <PracticeGroup
                  key={session?.slug ?? 'none'}
                  id={`session-${session?.slug ?? 'none'}`}
                  heading={
                    session ? (
                      <Link href={sessionHref(session.slug)}>
                        {tForum('sessionCode', { code: session.code })}: {session.title}
                      </Link>
                    ) : (
                      t('notInSession')
                    )
                  }
                  practices={practices}
                />
              ))}
            </Section>
          </>
        )}
        <p>
          <Link href={catalogueHref({ actor: actor.slug })} variant="button" buttonVariant="secondary">
            {t('catalogueLink', { name: actor.name })}
          </Link>
        </p>
      </Section>

      <Section id="actor-delegation" heading={t('delegationHeading')} className="space-y-4">
        {actor.delegations.length === 0 ? (
          <p className="text-neutral-700">{t('noDelegation', { name: actor.name })}</p>
        ) : (
          actor.delegations.map((delegation) => (
            <Section
              key={delegation.key}
              id={`delegation-${delegation.key}`}
              heading={delegation.name}
              level={3}
              headingClassName="text-xl font-semibold [overflow-wrap:anywhere]"
              className="space-y-2"
            >
              <p className="text-sm text-neutral-700">
                {delegation.list} · {t('participantCount', { count: delegation.participants.length })}
              </p>
              <ParticipantList participants={delegation.participants} locale={locale} />
            </Section>
          ))
        )}
        <p>
          <Link href="/delegations" className="inline-flex min-h-11 items-center">
            {t('allDelegations')}
          </Link>
        </p>
      </Section>
    </div>
  )
}

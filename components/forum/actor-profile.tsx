import { useLocale, useTranslations } from 'next-intl'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Badge, Link } from '@/components/ui'
import type { ActorDetail } from '@/lib/forum/actors-queries'
import type { ObjectiveRef, SessionRef } from '@/lib/forum/refs'
import { actorHref, catalogueHref, objectiveHref, sessionHref } from './hrefs'
import { ParticipantLine } from './participant-line'
import { PracticeList } from './practice-list'
import { PageHeader } from '@/components/ui/page-header'

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

      <section aria-labelledby="actor-practices" className="space-y-6">
        <h2 id="actor-practices" className="text-2xl font-semibold">
          {t('practicesHeading')}
        </h2>
        {actor.practices.length === 0 ? (
          <p className="text-neutral-700">{t('noPractices', { name: actor.name })}</p>
        ) : (
          <>
            <section aria-labelledby="actor-by-objective" className="space-y-4">
              <h3 id="actor-by-objective" className="text-xl font-semibold">
                {t('byObjective')}
              </h3>
              {byObjective(actor.practices).map(({ objective, practices }) => (
                <section key={objective.number} aria-labelledby={`objective-${objective.number}`} className="space-y-2">
                  <h4 id={`objective-${objective.number}`} className="font-semibold [overflow-wrap:anywhere]">
                    <Link href={objectiveHref(objective.number)}>
                      {tForum('objectiveNumber', { number: objective.number })}: {objective.shortLabel ?? objective.title}
                    </Link>
                  </h4>
                  <PracticeList practices={practices} showKind showSessions={false} />
                </section>
              ))}
            </section>
            <section aria-labelledby="actor-by-session" className="space-y-4">
              <h3 id="actor-by-session" className="text-xl font-semibold">
                {t('bySession')}
              </h3>
              {bySession(actor.practices).map(({ session, practices }) => (
                <section key={session?.slug ?? 'none'} aria-labelledby={`session-${session?.slug ?? 'none'}`} className="space-y-2">
                  <h4 id={`session-${session?.slug ?? 'none'}`} className="font-semibold [overflow-wrap:anywhere]">
                    {session ? (
                      <Link href={sessionHref(session.slug)}>
                        {tForum('sessionCode', { code: session.code })}: {session.title}
                      </Link>
                    ) : (
                      t('notInSession')
                    )}
                  </h4>
                  <PracticeList practices={practices} showKind showSessions={false} />
                </section>
              ))}
            </section>
          </>
        )}
        <p>
          <Link href={catalogueHref({ actor: actor.slug })} variant="button" buttonVariant="secondary">
            {t('catalogueLink', { name: actor.name })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="actor-delegation" className="space-y-4">
        <h2 id="actor-delegation" className="text-2xl font-semibold">
          {t('delegationHeading')}
        </h2>
        {actor.delegations.length === 0 ? (
          <p className="text-neutral-700">{t('noDelegation', { name: actor.name })}</p>
        ) : (
          actor.delegations.map((delegation) => (
            <section key={delegation.key} aria-labelledby={`delegation-${delegation.key}`} className="space-y-2">
              <h3 id={`delegation-${delegation.key}`} className="text-xl font-semibold [overflow-wrap:anywhere]">
                {delegation.name}
              </h3>
              <p className="text-sm text-neutral-700">
                {delegation.list} · {t('participantCount', { count: delegation.participants.length })}
              </p>
              <ul className="divide-y divide-neutral-200 border-y border-neutral-200">
                {delegation.participants.map((participant, index) => (
                  <li key={index} className="py-2 [overflow-wrap:anywhere]">
                    <p className="font-medium">{participant.name}</p>
                    <ParticipantLine participant={participant} locale={locale} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
        <p>
          <Link href="/delegations" className="inline-flex min-h-11 items-center">
            {t('allDelegations')}
          </Link>
        </p>
      </section>
    </div>
  )
}

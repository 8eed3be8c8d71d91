import { useTranslations } from 'next-intl'
import { actorHref, practiceHref, sessionHref } from '@/components/forum/hrefs'
import { Badge, Card, CardTitle, Link } from '@/components/ui'
import type { CatalogueItem } from '@/lib/practices/catalogue-types'
import { SLUG_BY_KIND } from '@/lib/practices/schemas'
import { HighlightedText } from './highlighted-text'

/** One result: title, kind, actors, objectives, sessions and the highlighted summary snippet. */
export function ResultCard({ item }: { item: CatalogueItem }) {
  const t = useTranslations('Catalogue')
  return (
    <Card as="li" className="space-y-3 [overflow-wrap:anywhere]">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="primary">{t(`kind.${SLUG_BY_KIND[item.kind]}`)}</Badge>
        {item.title.untranslated ? <Badge variant="warning">{t('untranslated')}</Badge> : null}
      </div>
      <CardTitle level={3}>
        <Link href={practiceHref(item.slug)} lang={item.title.untranslated ? 'es' : undefined}>
          {item.title.text}
        </Link>
      </CardTitle>
      <p className="text-neutral-800" lang={item.snippetUntranslated ? 'es' : undefined}>
        <HighlightedText segments={item.snippet} />
        {item.snippetUntranslated ? (
          <span className="ml-2 text-sm text-neutral-700">({t('untranslatedSnippet')})</span>
        ) : null}
      </p>
      <dl className="grid gap-x-3 gap-y-1 text-sm text-neutral-700 sm:grid-cols-[auto_1fr]">
        {item.actors.length > 0 ? (
          <>
            <dt className="font-semibold">{t('actors')}</dt>
            <dd>
              {item.actors.map((actor, index) => (
                <span key={actor.slug}>
                  {index > 0 ? ', ' : null}
                  <Link href={actorHref(actor)} className="inline-block py-0.5">
                    {actor.acronym ? <abbr title={actor.name}>{actor.acronym}</abbr> : actor.name}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {item.objectives.length > 0 ? (
          <>
            <dt className="font-semibold">{t('objectives')}</dt>
            <dd>
              {item.objectives.map((objective, index) => (
                <span key={objective.number}>
                  {index > 0 ? ', ' : null}
                  <abbr title={objective.title}>{t('objectiveShort', { number: objective.number })}</abbr>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {item.sessions.length > 0 ? (
          <>
            <dt className="font-semibold">{t('sessions')}</dt>
            <dd>
              {item.sessions.map((session, index) => (
                <span key={session.slug}>
                  {index > 0 ? ', ' : null}
                  <Link href={sessionHref(session.slug)} className="inline-block py-0.5">
                    {session.title}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  )
}

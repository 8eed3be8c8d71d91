import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { actorHref, catalogueHref, practiceHref, sessionHref } from '@/components/forum/hrefs'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'
import { PrintButton } from '@/components/practice/print-button'
import { ProvenanceLine } from '@/components/proposals/provenance-line'
import { Badge, Link, LinkList } from '@/components/ui'
import { truncate } from '@/lib/forum/markdown'
import { pageLocale } from '@/lib/i18n/page-locale'
import { formatDate, formatMonth, isoDay } from '@/lib/i18n/dates'
import { absoluteUrl, pageMetadata } from '@/lib/i18n/metadata'
import { findRelatedPractices, getPublishedPractice } from '@/lib/practices/queries'
import { PracticeSlugSchema } from '@/lib/practices/schemas'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = PracticeSlugSchema.safeParse((await params).slug)
  const practice = slug.success ? await getPublishedPractice(locale, slug.data) : null
  if (!practice) notFound()
  return { locale, practice }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, practice } = await load(params)
  const base = await pageMetadata({
    locale,
    pathname: { pathname: '/practices/[slug]', params: { slug: practice.slug } },
    title: practice.title.text,
    description: truncate(practice.summary.text, 160),
  })
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      // The report's date and the secretariat's change, never the day the database was loaded.
      modifiedTime: practice.dates.lastModified.toISOString(),
      ...(practice.dates.reportDate ? { publishedTime: practice.dates.reportDate.toISOString() } : {}),
    },
  }
}

export default async function PracticePage({ params }: Props) {
  const { locale, practice } = await load(params)
  const [t, tCatalogue, tProposals, related] = await Promise.all([
    getTranslations('Practice'),
    getTranslations('Catalogue'),
    getTranslations('Proposals'),
    findRelatedPractices(locale, practice.slug),
  ])
  const untranslatedLang = (value: { untranslated: boolean }) => (value.untranslated ? 'es' : undefined)
  const { reportDate, editedAt } = practice.dates
  const url = absoluteUrl(locale, { pathname: '/practices/[slug]', params: { slug: practice.slug } })
  const actorNames = practice.actors.map((actor) => actor.name).join('; ')
  const anyUntranslated =
    practice.title.untranslated || practice.summary.untranslated || Boolean(practice.body?.untranslated)

  return (
    <article className="space-y-8 [overflow-wrap:anywhere]">
      <Breadcrumbs
        items={[
          { label: t('breadcrumb'), href: '/practices' },
          { label: practice.title.text, href: practiceHref(practice.slug), lang: untranslatedLang(practice.title) },
        ]}
      />
      <PageHeader
        badges={
          <>
            <Badge variant="primary">{tCatalogue(`kind.${practice.kindSlug}`)}</Badge>
            {anyUntranslated ? <Badge variant="warning">{t('untranslated')}</Badge> : null}
          </>
        }
        title={practice.title.text}
        titleLang={untranslatedLang(practice.title)}
      >
        {anyUntranslated ? <p className="text-sm text-warning-700">{t('untranslatedNote')}</p> : null}
        {/* The source (the report) for a practice nobody edited; an "updated" date only for the secretariat's changes. */}
        {reportDate ? (
          <p className="text-sm text-neutral-700">
            <time dateTime={isoDay(reportDate).slice(0, 7)}>
              {t('sourceDate', { date: formatMonth(locale, reportDate) })}
            </time>
          </p>
        ) : null}
        {editedAt ? (
          <p className="text-sm text-neutral-700">
            <time dateTime={editedAt.toISOString()}>{t('editedDate', { date: formatDate(locale, editedAt) })}</time>
          </p>
        ) : null}
        <ProvenanceLine locale={locale} slug={practice.slug} />
      </PageHeader>

      <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('actors')}</dt>
        <dd>
          <LinkList
            className="flex flex-wrap gap-x-4"
            links={practice.actors.map((actor) => ({
              key: actor.slug,
              href: actorHref(actor),
              label: actor.acronym && actor.acronym !== actor.name ? `${actor.name} (${actor.acronym})` : actor.name,
            }))}
          />
        </dd>
        <dt className="font-semibold">{t('objectives')}</dt>
        <dd>
          <LinkList
            links={practice.objectives.map((objective) => ({
              key: objective.number,
              href: catalogueHref({ objective: objective.number }),
              label: t('objectiveLink', { number: objective.number, title: objective.title }),
            }))}
          />
        </dd>
        <dt className="font-semibold">{t('sessions')}</dt>
        <dd>
          <LinkList
            links={practice.sessions.map((session) => ({
              key: session.slug,
              href: sessionHref(session.slug),
              label: session.title,
            }))}
          />
        </dd>
      </dl>

      <section aria-labelledby="practice-summary" className="max-w-3xl space-y-3">
        <h2 id="practice-summary" className="text-2xl font-semibold">
          {t('summary')}
        </h2>
        <p className="text-lg" lang={untranslatedLang(practice.summary)}>
          {practice.summary.text}
        </p>
        {practice.externalUrl ? (
          <p>
            <a
              href={practice.externalUrl}
              rel="noopener nofollow"
              className="text-primary-700 underline underline-offset-2 print:after:content-['_('_attr(href)_')']"
            >
              {t('externalLink')}
            </a>
          </p>
        ) : null}
      </section>

      {practice.body ? (
        <section aria-labelledby="practice-body" className="max-w-3xl space-y-3">
          <h2 id="practice-body" className="text-2xl font-semibold">
            {t('body')}
          </h2>
          <Markdown source={practice.body.text} lang={untranslatedLang(practice.body)} />
        </section>
      ) : null}

      {practice.sourceSection || practice.reportTitle ? (
        <section aria-labelledby="practice-source" className="max-w-3xl space-y-2">
          <h2 id="practice-source" className="text-2xl font-semibold">
            {t('source')}
          </h2>
          {practice.sourceSection ? (
            <p lang={untranslatedLang(practice.sourceSection)}>{practice.sourceSection.text}</p>
          ) : null}
          {practice.reportTitle ? (
            <p className="text-sm text-neutral-700">
              {t('reportTitle')}: <q lang="es">{practice.reportTitle}</q>
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="practice-citation" className="max-w-3xl space-y-2">
        <h2 id="practice-citation" className="text-2xl font-semibold">
          {t('citationHeading')}
        </h2>
        <p className="rounded-md border border-neutral-200 bg-neutral-50 p-4 text-sm" data-testid="citation">
          {t('citation', {
            actors: actorNames,
            title: practice.title.text,
            url,
            edited: editedAt ? formatDate(locale, editedAt) : 'none',
          })}
        </p>
        <PrintButton label={t('print')} />
      </section>

      <section aria-labelledby="practice-related" className="max-w-3xl space-y-3" data-print="hide">
        <h2 id="practice-related" className="text-2xl font-semibold">
          {t('related')}
        </h2>
        {related.length > 0 ? (
          <ul className="space-y-2">
            {related.map((item) => (
              <li key={item.slug}>
                <Link
                  href={practiceHref(item.slug)}
                  className="inline-block py-1 font-medium"
                  lang={untranslatedLang(item.title)}
                >
                  {item.title.text}
                </Link>{' '}
                <span className="text-sm text-neutral-700">
                  (
                  {tCatalogue(
                    `kind.${item.kind === 'GOOD_PRACTICE' ? 'good-practice' : item.kind === 'POLICY' ? 'policy' : 'tool'}`,
                  )}
                  {' · '}
                  {t('relatedReason', {
                    actors: item.sharedActors,
                    objectives: item.sharedObjectives,
                    both: item.sharedActors > 0 && item.sharedObjectives > 0 ? 'yes' : 'no',
                  })}
                  )
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noRelated')}</p>
        )}
      </section>

      <p data-print="hide" className="flex flex-wrap gap-x-6">
        <Link href="/practices" className="inline-flex min-h-11 items-center">
          {t('backToCatalogue')}
        </Link>
        <Link
          href={{ pathname: '/propose', query: { practice: practice.slug } }}
          className="inline-flex min-h-11 items-center"
        >
          {tProposals('suggestCorrection')}
        </Link>
      </p>
    </article>
  )
}

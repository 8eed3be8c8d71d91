import { getTranslations } from 'next-intl/server'
import { objectiveHref, practiceHref } from '@/components/forum/hrefs'
import { ScrollTable } from '@/components/ui/scroll-table'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Button, Link, LinkList, Select } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { ACTOR_GROUP_ORDER } from '@/lib/forum/refs'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { findActorOptions, getComparison } from '@/lib/insight/queries'
import { MAX_COMPARED, parseCompareActors } from '@/lib/insight/schemas'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Depends on its search parameters: rendered per request, from cached data (searchPractices and
// the other public queries are cached by their arguments; docs/decisions/010-public-cache.md).
export const dynamic = 'force-dynamic'

export const generateMetadata = messagesMetadata('Compare', '/compare')

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const selection = parseCompareActors((await searchParams).actors)
  const [t, tForum, options] = await Promise.all([
    getTranslations('Compare'),
    getTranslations('Forum'),
    findActorOptions(locale),
  ])
  const known = new Set(options.map((o) => o.slug))
  const chosen = selection.slugs.filter((slug) => known.has(slug))
  const unknown = [...selection.slugs.filter((slug) => !known.has(slug)), ...selection.malformed]
  const comparison = chosen.length >= 2 ? await getComparison(locale, chosen) : null
  const withPractices = comparison
    ? comparison.objectives.filter((o) =>
        comparison.actors.some((a) => (comparison.practices[o.number]?.[a.slug]?.length ?? 0) > 0),
      )
    : []
  const withoutPractices = comparison ? comparison.objectives.filter((o) => !withPractices.includes(o)) : []

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/compare' }]} />
      <PageHeader title={t('title')} lead={t('intro')} />

      <Section
        id="compare-form"
        heading={t('formHeading')}
        headingClassName="text-xl font-semibold"
        className="space-y-3"
        data-print="hide"
      >
        <form
          method="get"
          action={getPathname({ locale, href: '/compare' })}
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
        >
          {Array.from({ length: MAX_COMPARED }, (_, index) => (
            <Select
              key={index}
              name="actors"
              label={t('actorLabel', { number: index + 1 })}
              defaultValue={chosen[index] ?? ''}
            >
              <option value="">{t('none')}</option>
              {ACTOR_GROUP_ORDER.map((group) => {
                const members = options.filter((o) => o.group === group)
                return members.length > 0 ? (
                  <optgroup key={group} label={tForum(`group.${group}`)}>
                    {members.map((o) => (
                      <option key={o.slug} value={o.slug}>
                        {o.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null
              })}
            </Select>
          ))}
          <div className="sm:col-span-2 lg:col-span-4">
            <Button type="submit">{t('submit')}</Button>
          </div>
        </form>
      </Section>

      {unknown.length > 0 || selection.tooMany || !comparison ? (
        <div role="status" className="space-y-1 rounded border-l-4 border-warning-700 bg-warning-50 p-4">
          {unknown.length > 0 ? <p>{t('unknown', { count: unknown.length, slugs: unknown.join(', ') })}</p> : null}
          {selection.tooMany ? <p>{t('tooMany')}</p> : null}
          {!comparison ? <p>{t('needTwo')}</p> : null}
        </div>
      ) : null}

      {comparison ? (
        <>
          <ScrollTable label={t('tableRegion')}>
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <caption className="p-2 text-left font-semibold">
                {t('caption', { actors: comparison.actors.map((a) => a.name).join(', ') })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="w-48 border border-neutral-200 bg-neutral-50 p-2 text-left">
                    {t('objectiveColumn')}
                  </th>
                  {comparison.actors.map((actor) => (
                    <th key={actor.slug} scope="col" className="border border-neutral-200 bg-neutral-50 p-2 text-left">
                      {actor.name}
                      <span className="block font-normal text-neutral-700">
                        {t('actorTotal', { count: comparison.totals[actor.slug] ?? 0 })}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {withPractices.map((objective) => (
                  <tr key={objective.number}>
                    <th scope="row" className="border border-neutral-200 p-2 text-left align-top font-normal">
                      <Link href={objectiveHref(objective.number)}>
                        <span className="font-semibold">{objective.number}.</span>{' '}
                        {objective.shortLabel ?? objective.title}
                      </Link>
                    </th>
                    {comparison.actors.map((actor) => {
                      const items = comparison.practices[objective.number]?.[actor.slug] ?? []
                      return (
                        <td key={actor.slug} className="border border-neutral-200 p-2 align-top">
                          {items.length > 0 ? (
                            <ul className="space-y-1">
                              {items.map((item) => (
                                <li key={item.slug}>
                                  <Link
                                    href={practiceHref(item.slug)}
                                    lang={item.title.untranslated ? 'es' : undefined}
                                  >
                                    {item.title.text}
                                  </Link>
                                  {item.title.untranslated ? (
                                    <span className="text-neutral-700"> ({tForum('untranslated')})</span>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <span className="text-neutral-600">{t('noPractice')}</span>
                          )}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Section
            id="compare-empty"
            heading={t('emptyObjectivesHeading')}
            headingClassName="text-xl font-semibold"
            className="space-y-2"
          >
            {withoutPractices.length > 0 ? (
              <LinkList
                className="flex flex-wrap gap-x-4 gap-y-1"
                links={withoutPractices.map((objective) => ({
                  key: objective.number,
                  href: objectiveHref(objective.number),
                  label: tForum('objectiveNumber', { number: objective.number }),
                }))}
              />
            ) : (
              <p>{t('noEmptyObjectives')}</p>
            )}
          </Section>
        </>
      ) : null}

      <p data-print="hide">
        <Link href="/coverage">{t('coverageLink')}</Link>
      </p>
    </div>
  )
}

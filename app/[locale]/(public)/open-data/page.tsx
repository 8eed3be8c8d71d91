import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { env } from '@/lib/env'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { ScrollTable } from '@/components/ui/scroll-table'
import { TableHead } from '@/components/ui/table-head'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

const ENDPOINTS = [
  ['practices', '/api/v1/practices'],
  ['practice', '/api/v1/practices/{slug}'],
  ['objectives', '/api/v1/objectives'],
  ['actors', '/api/v1/actors'],
  ['sessions', '/api/v1/sessions'],
  ['recommendations', '/api/v1/recommendations'],
  ['communique', '/api/v1/communique'],
  ['exportCsv', '/api/v1/export/practices.csv'],
  ['exportJson', '/api/v1/export/practices.json'],
  ['feed', '/api/v1/feed/practices'],
  ['openapi', '/api/v1/openapi.json'],
] as const

const PARAMS = ['q', 'objective', 'actor', 'session', 'kind', 'sort', 'page', 'pageSize', 'locale'] as const

export const generateMetadata = messagesMetadata('OpenData', '/open-data')

function Code({ children }: { children: string }) {
  return (
    <pre className="whitespace-pre-wrap rounded bg-neutral-100 p-3 text-sm [overflow-wrap:anywhere]">
      <code>{children}</code>
    </pre>
  )
}

/** One of the page's two-column reference tables (endpoints, parameters); it scrolls on its own on phones. */
function ReferenceTable({
  caption,
  columns,
  children,
}: {
  caption: string
  columns: [string, string]
  children: ReactNode
}) {
  return (
    <ScrollTable label={caption} framed={false}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={columns} cellClassName="border-b border-neutral-500 p-2 text-left" />
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  )
}

export default async function OpenDataPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('OpenData')
  const origin = env().SITE_URL.replace(/\/$/, '')
  const localeQuery = locale === 'es' ? '' : `?locale=${locale}`
  const feedExample = `/api/v1/feed/practices?objective=21&actor=mx${locale === 'es' ? '' : `&locale=${locale}`}`

  // The quick links: the API's description, the two exports (downloaded), the feed.
  const quickLinks: {
    label: 'openapiLink' | 'csvLink' | 'jsonLink' | 'feedLink'
    href: string
    type: string
    download?: boolean
  }[] = [
    { label: 'openapiLink', href: '/api/v1/openapi.json', type: 'application/json' },
    { label: 'csvLink', href: `/api/v1/export/practices.csv${localeQuery}`, type: 'text/csv', download: true },
    {
      label: 'jsonLink',
      href: `/api/v1/export/practices.json${localeQuery}`,
      type: 'application/json',
      download: true,
    },
    { label: 'feedLink', href: `/api/v1/feed/practices${localeQuery}`, type: 'application/atom+xml' },
  ]

  return (
    <div className="max-w-4xl space-y-10">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/open-data' }]} />
      <PageHeader className="space-y-3" title={t('title')} lead={t('intro')} />

      <Section id="open-data-quick" heading={t('quickHeading')} className="space-y-2">
        <ul className="space-y-1">
          {quickLinks.map((file) => (
            <li key={file.label}>
              <a href={file.href} type={file.type} download={file.download} className="inline-block py-1">
                {t(file.label)}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="open-data-api" heading={t('apiHeading')} className="space-y-3">
        <p>{t('apiIntro')}</p>
        <ReferenceTable caption={t('endpointsCaption')} columns={[t('endpointColumn'), t('descriptionColumn')]}>
          {ENDPOINTS.map(([key, path]) => (
            <tr key={key} className="border-b border-neutral-200 align-top">
              <td className="p-2 font-mono [overflow-wrap:anywhere]">GET {path}</td>
              <td className="p-2">{t(`endpoints.${key}`)}</td>
            </tr>
          ))}
        </ReferenceTable>
      </Section>

      <Section id="open-data-params" heading={t('paramsHeading')} className="space-y-3">
        <p>{t('paramsIntro')}</p>
        <ReferenceTable caption={t('paramsCaption')} columns={[t('paramColumn'), t('valuesColumn')]}>
          {PARAMS.map((name) => (
            <tr key={name} className="border-b border-neutral-200 align-top">
              <th scope="row" className="p-2 text-left font-mono font-normal">
                {name}
              </th>
              <td className="p-2">{t(`params.${name}`)}</td>
            </tr>
          ))}
        </ReferenceTable>
      </Section>

      <Section id="open-data-examples" heading={t('examplesHeading')} className="space-y-3">
        <p>{t('exampleSearch')}</p>
        <Code>{`curl '${origin}/api/v1/practices?objective=21&actor=mx&locale=en'`}</Code>
        <p>{t('exampleDetail')}</p>
        <Code>{`curl '${origin}/api/v1/practices/programa-bienestar-imss${localeQuery}'`}</Code>
        <p>{t('exampleCsv')}</p>
        <Code>{`curl -o practices.csv '${origin}/api/v1/export/practices.csv?kind=tool'`}</Code>
        <p>{t('exampleConditional')}</p>
        <Code>{`curl -i -H 'If-None-Match: "<ETag>"' '${origin}/api/v1/objectives'`}</Code>
      </Section>

      <Section id="open-data-behaviour" heading={t('behaviourHeading')} className="space-y-2">
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('errors')}</li>
          <li>{t('caching')}</li>
          <li>{t('cors')}</li>
        </ul>
      </Section>

      <Section id="open-data-feeds" heading={t('feedsHeading')} className="space-y-2">
        <p>{t('feedsIntro')}</p>
        <p>
          <a href={feedExample} type="application/atom+xml">
            {t('feedExample')}
          </a>
        </p>
      </Section>
    </div>
  )
}

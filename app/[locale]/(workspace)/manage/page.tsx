import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { SignOutForms } from '@/components/auth/sign-out-forms'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Card, CardTitle, Link } from '@/components/ui'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { workspaceSections } from '@/lib/auth/workspace-sections'
import { pageLocale } from '@/lib/i18n/page-locale'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Workspace' })
  return privatePageMetadata({ locale, pathname: '/manage', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function WorkspaceHomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const user = await requireUserOrRedirect(locale)
  const t = await getTranslations('Workspace')

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/manage' }]} />
      <PageHeader
        as="div"
        className="space-y-2"
        title={t('title')}
        lead={t('signedInAs', { name: user.name, email: user.email })}
      >
        <p className="text-neutral-700">{t('yourRole', { role: t(`roles.${user.role}`) })}</p>
      </PageHeader>

      <Section id="workspace-sections" heading={t('sectionsHeading')} className="space-y-4">
        <ul className="grid gap-4 sm:grid-cols-2">
          {workspaceSections(user.role).map((section) => (
            <Card as="li" key={section.key} className="space-y-2">
              <CardTitle level={3}>
                <Link href={section.href}>{t(section.key)}</Link>
              </CardTitle>
              <p className="text-neutral-700">{t(`${section.key}Description`)}</p>
            </Card>
          ))}
        </ul>
      </Section>

      <Section id="workspace-session" heading={t('sessionHeading')} className="space-y-4">
        <SignOutForms />
      </Section>
    </div>
  )
}

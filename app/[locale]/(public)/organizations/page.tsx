import { redirect } from 'next/navigation'
import { getPathname } from '@/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page-locale'

type Props = { params: Promise<{ locale: string }> }

// The organisations are listed on the countries index, in its "organizations" section.
export default async function OrganizationsPage({ params }: Props) {
  const locale = await pageLocale(params)
  redirect(`${getPathname({ locale, href: '/countries' })}#organizations`)
}

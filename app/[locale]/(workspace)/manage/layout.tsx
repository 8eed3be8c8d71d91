import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/ui'
import { getCurrentUser } from '@/lib/auth/session'
import { workspaceSections } from '@/lib/auth/workspace-sections'
import { pageLocale } from '@/lib/i18n/page-locale'
import { ProposalCountBadge } from '@/components/proposals/proposal-count-badge'
import { countNewProposals } from '@/lib/proposals/queries'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Depends on the session: never prerendered, never stored in a shared cache (Cache-Control:
// private, no-store from next.config.js).
export const dynamic = 'force-dynamic'

/**
 * The workspace's frame: who is signed in and the sections they may open. Not a security boundary:
 * every page and action below checks the session and role itself.
 */
export default async function WorkspaceLayout({ children, params }: Props) {
  await pageLocale(params)
  const user = await getCurrentUser()
  if (!user) return children
  const t = await getTranslations('Workspace')
  const newProposals = user.role === 'admin' || user.role === 'editor' ? await countNewProposals(user) : 0
  return (
    <div className="space-y-6">
      <nav
        aria-label={t('navLabel')}
        className="rounded-md border border-neutral-200 bg-neutral-50 px-4 py-2"
        data-print="hide"
      >
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <li>
            <Link href="/manage" className="inline-flex min-h-11 items-center">
              {t('breadcrumb')}
            </Link>
          </li>
          {workspaceSections(user.role).map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="inline-flex min-h-11 items-center gap-2">
                {t(section.key)}
                {section.key === 'proposals' && newProposals > 0 ? <ProposalCountBadge count={newProposals} /> : null}
              </Link>
            </li>
          ))}
          <li className="ml-auto text-sm text-neutral-700">
            {user.name} · {t(`roles.${user.role}`)}
          </li>
        </ul>
      </nav>
      {children}
    </div>
  )
}

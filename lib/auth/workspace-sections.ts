// The workspace's sections, for its home page and navigation. A section appears once its route
// exists in i18n/routing.ts (the practices and follow-up pages are built separately).
import { routing, type AppPathname } from '@/i18n/routing'
import type { Role } from './session'

/** A pathname without dynamic segments. */
type StaticPathname = Exclude<AppPathname, `${string}[${string}`>

export type WorkspaceSection = {
  key: 'practices' | 'proposals' | 'users' | 'audit' | 'followUp' | 'import' | 'outbox'
  href: StaticPathname
  roles: readonly Role[]
}

const SECTIONS: ReadonlyArray<{ key: WorkspaceSection['key']; href: string; roles: readonly Role[] }> = [
  { key: 'practices', href: '/manage/practices', roles: ['admin', 'editor'] },
  { key: 'proposals', href: '/manage/proposals', roles: ['admin', 'editor'] },
  { key: 'users', href: '/manage/users', roles: ['admin'] },
  { key: 'audit', href: '/manage/audit', roles: ['admin'] },
  { key: 'followUp', href: '/manage/follow-up', roles: ['admin'] },
  { key: 'import', href: '/manage/import', roles: ['admin'] },
  { key: 'outbox', href: '/manage/outbox', roles: ['admin'] },
]

export function workspaceSections(role: Role): WorkspaceSection[] {
  return SECTIONS.filter((section) => section.roles.includes(role) && section.href in routing.pathnames).map(
    (section) => ({
      ...section,
      href: section.href as StaticPathname,
    }),
  )
}

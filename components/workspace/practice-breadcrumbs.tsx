import { useTranslations } from 'next-intl'
import { WorkspaceBreadcrumbs, type BreadcrumbItem } from '@/components/layout/breadcrumbs'

/**
 * The trail of a workspace page about practices: the workspace, the practices, then the practice `id`
 * (when the page is about one) and `current`, a page below it (its history, or a new practice).
 */
export function PracticeBreadcrumbs({ id, current }: { id?: number; current?: BreadcrumbItem }) {
  const t = useTranslations('PracticeEditor')
  const items: BreadcrumbItem[] = [{ label: t('breadcrumb'), href: '/manage/practices' }]
  if (id !== undefined) {
    items.push({ label: `#${id}`, href: { pathname: '/manage/practices/[id]', params: { id: String(id) } } })
  }
  if (current) items.push(current)
  return <WorkspaceBreadcrumbs items={items} />
}

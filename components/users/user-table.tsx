import { getFormatter, getTranslations } from 'next-intl/server'
import { Link } from '@/components/ui'
import type { UserListItem } from '@/lib/users/queries'
import { UserBadges } from './user-badges'

/** The accounts, as a list of rows that stack on narrow screens. */
export async function UserTable({ users, currentUserId }: { users: UserListItem[]; currentUserId: string }) {
  const t = await getTranslations('Users')
  const format = await getFormatter()
  return (
    <ul className="divide-y divide-neutral-200 rounded-md border border-neutral-200">
      {users.map((user) => (
        <li key={user.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold text-neutral-900">
              {user.name}{' '}
              {user.id === currentUserId ? <span className="font-normal text-neutral-600">{t('you')}</span> : null}
            </p>
            <p className="break-all text-neutral-700">{user.email}</p>
            <p className="flex flex-wrap gap-2 text-sm">
              <UserBadges user={user} />
              <span className="text-neutral-600">
                {t('columns.created')}: {format.dateTime(user.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}
              </span>
            </p>
          </div>
          <Link
            href={{ pathname: '/manage/users/[id]', params: { id: user.id } }}
            variant="button"
            buttonVariant="secondary"
            buttonSize="sm"
            aria-label={t('manageUser', { name: user.name })}
          >
            {t('manage')}
          </Link>
        </li>
      ))}
    </ul>
  )
}

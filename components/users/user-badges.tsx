import { useTranslations } from 'next-intl'
import { Badge } from '@/components/ui'
import type { UserListItem } from '@/lib/users/queries'

/** An account's role and whether it is active, as two badges (the list and the account's page). */
export function UserBadges({ user }: { user: Pick<UserListItem, 'role' | 'disabledAt'> }) {
  const t = useTranslations('Users')
  return (
    <>
      <Badge variant={user.role === 'admin' ? 'primary' : 'neutral'}>
        {user.role ? t(`roles.${user.role}`) : t('noRole')}
      </Badge>
      <Badge variant={user.disabledAt ? 'danger' : 'success'}>{user.disabledAt ? t('disabled') : t('active')}</Badge>
    </>
  )
}

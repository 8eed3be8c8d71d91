import { getFormatter, getTranslations } from 'next-intl/server'
import type { AuditEntryView } from '@/lib/audit/queries'
import { AuditDiff } from './audit-diff'

/** "auth.sign-in.failed" → the message key "auth_sign_in_failed". */
export function actionKey(action: string): string {
  return action.replace(/[.-]/g, '_')
}

export async function AuditEntries({ entries }: { entries: AuditEntryView[] }) {
  const t = await getTranslations('Audit')
  const format = await getFormatter()
  const label = (action: string) => {
    const key = `actions.${actionKey(action)}` as Parameters<typeof t>[0]
    return t.has(key) ? t(key) : action
  }
  const targetLabel = (type: string) => {
    const key = `targetTypes.${actionKey(type)}` as Parameters<typeof t>[0]
    return t.has(key) ? t(key) : type
  }
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-3 rounded-md border border-neutral-200 p-4">
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold text-neutral-700">{t('columns.time')}</dt>
            <dd>
              <time dateTime={entry.createdAt.toISOString()}>
                {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC
              </time>
            </dd>
            <dt className="font-semibold text-neutral-700">{t('columns.action')}</dt>
            <dd>
              {label(entry.action)} <code className="text-neutral-600">({entry.action})</code>
            </dd>
            <dt className="font-semibold text-neutral-700">{t('columns.actor')}</dt>
            <dd className="break-all">
              {entry.actorEmail ?? (entry.action.startsWith('auth.') ? t('anonymous') : t('system'))}
              {entry.ip ? <span className="text-neutral-600"> · {t('ip', { ip: entry.ip })}</span> : null}
            </dd>
            <dt className="font-semibold text-neutral-700">{t('columns.target')}</dt>
            <dd className="break-all">
              {targetLabel(entry.targetType)}
              {entry.targetId ? <code className="text-neutral-600"> {entry.targetId}</code> : null}
            </dd>
          </dl>
          <div className="overflow-x-auto">
            <AuditDiff before={entry.before} after={entry.after} />
          </div>
        </li>
      ))}
    </ol>
  )
}

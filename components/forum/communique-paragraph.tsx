import { useTranslations } from 'next-intl'
import { CopyLinkButton } from './copy-link-button'
import { Markdown } from '@/components/ui/markdown'
import styles from './communique.module.css'

/**
 * One paragraph of the communiqué: an <article> whose id is its stable anchor (from the database), a
 * plain link to that anchor (works without JavaScript) and a "copy link" button.
 */
export function CommuniqueParagraph({ anchor, number, text }: { anchor: string; number: number; text: string }) {
  const t = useTranslations('Communique')
  return (
    <article
      id={anchor}
      aria-label={t('paragraphLink', { number })}
      className={`${styles.paragraph} scroll-mt-4 rounded-md border-l-4 border-transparent py-1 pl-3 target:border-primary-700 target:bg-primary-50`}
    >
      <Markdown source={text} />
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm" data-print="hide">
        <a href={`#${anchor}`} className="inline-flex min-h-11 items-center text-neutral-700">
          <span aria-hidden="true">§&nbsp;</span>
          {t('paragraphLink', { number })}
        </a>
        <CopyLinkButton anchor={anchor} label={t('copyLinkLabel', { number })} />
      </p>
    </article>
  )
}

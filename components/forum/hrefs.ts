// Internal hrefs of the forum pages, typed against i18n/routing.ts.
import type { LinkProps } from '@/components/ui'
import type { ActorType } from '@/lib/generated/prisma/enums'

export type Href = LinkProps['href']

export function practiceHref(slug: string): Href {
  return { pathname: '/practices/[slug]', params: { slug } }
}

export function objectiveHref(number: number): Href {
  return { pathname: '/objectives/[number]', params: { number: String(number) } }
}

export function sessionHref(slug: string): Href {
  return { pathname: '/sessions/[slug]', params: { slug } }
}

export function actorHref(actor: { type: ActorType; slug: string }): Href {
  return actor.type === 'COUNTRY'
    ? { pathname: '/countries/[code]', params: { code: actor.slug } }
    : { pathname: '/organizations/[slug]', params: { slug: actor.slug } }
}

/** The practice catalogue filtered by one objective, actor or session. */
export function catalogueHref(filter: { objective: number } | { actor: string } | { session: string }): Href {
  const query = 'objective' in filter ? { objective: String(filter.objective) } : filter
  return { pathname: '/practices', query }
}

export function recommendationHref(key: string): Href {
  return { pathname: '/recommendations', hash: key }
}

// Which messages reach the browser. A client component translates with the messages its provider was
// given, and those travel in every page's RSC payload: the public layout gives only the namespaces its
// own client components use, and a page with a client component of its own (the proposal form) wraps it
// in a provider of just that namespace, so other pages do not carry it.
import { getMessages } from 'next-intl/server'

/** The public layout's client namespaces: site header, language switcher, copy link, error page. */
export const PUBLIC_CLIENT_NAMESPACES = ['Nav', 'Metadata', 'LanguageSwitcher', 'Communique', 'Error'] as const

type Messages = Awaited<ReturnType<typeof getMessages>>

/** These namespaces of the request's messages. */
export async function clientMessages<K extends keyof Messages>(namespaces: readonly K[]): Promise<Pick<Messages, K>> {
  const messages = await getMessages()
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, K>
}

import type { ReactNode } from 'react'
import { NextIntlClientProvider } from 'next-intl'

// The sign-in and password-reset forms are client components with many messages: give them all of
// them (the locale layout sends public pages only a few namespaces).
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>
}

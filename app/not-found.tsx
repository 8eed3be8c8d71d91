import type { Metadata } from 'next'
import NextLink from 'next/link'
import { PageHeader } from '@/components/ui/page-header'

// Paths outside a locale that the proxy does not handle (e.g. /missing.txt); unknown paths under a
// locale get app/[locale]/not-found.tsx instead. There is no locale here, so the page is bilingual,
// and it carries its own document because app/layout.tsx renders none.
export const metadata: Metadata = {
  title: 'Página no encontrada · Page not found',
}

export default function RootNotFound() {
  return (
    <html lang="es">
      <body className="bg-white font-sans text-neutral-900 antialiased">
        <main id="main" tabIndex={-1} className="mx-auto max-w-2xl space-y-8 px-4 py-16">
          <section className="space-y-3">
            <PageHeader as="fragment" eyebrow="404" title="Página no encontrada" />
            <p>La dirección puede estar mal escrita o la página puede haberse movido.</p>
            <p>
              <NextLink href="/es">Ir al Portal de buenas prácticas de la CRM</NextLink>
            </p>
          </section>
          <section lang="en" className="space-y-3 border-t border-neutral-200 pt-8">
            <h2 className="text-2xl font-bold leading-tight text-primary-900">Page not found</h2>
            <p>The address may be mistyped, or the page may have moved.</p>
            <p>
              <NextLink href="/en">Go to the RCM Good Practice Portal</NextLink>
            </p>
          </section>
        </main>
      </body>
    </html>
  )
}

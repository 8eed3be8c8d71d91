'use client'

import { useEffect } from 'react'
import '@fontsource-variable/inter'
import './globals.css'
import { PageHeader } from '@/components/ui/page-header'

// Errors in the layouts themselves. It replaces the whole document, has no locale and no messages,
// so it is bilingual.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])

  const buttonClass =
    'inline-flex min-h-11 items-center justify-center rounded-md border border-primary-700 bg-primary-700 px-4 py-2 font-semibold text-white hover:bg-primary-800'

  return (
    <html lang="es">
      <body className="bg-white font-sans text-neutral-900 antialiased">
        <title>Error · Portal de buenas prácticas de la CRM</title>
        <main id="main" tabIndex={-1} className="mx-auto max-w-2xl space-y-8 px-4 py-16">
          <section className="space-y-3">
            <PageHeader as="fragment" title="Algo salió mal" />
            <p>No pudimos mostrar esta página. Vuelva a intentarlo; si el problema continúa, inténtelo más tarde.</p>
            <button type="button" onClick={() => retry()} className={buttonClass}>
              Reintentar
            </button>
          </section>
          <section lang="en" className="space-y-3 border-t border-neutral-200 pt-8">
            <h2 className="text-2xl font-bold leading-tight text-primary-900">Something went wrong</h2>
            <p>We couldn’t display this page. Please try again; if the problem persists, try later.</p>
            <button type="button" onClick={() => retry()} className={buttonClass}>
              Try again
            </button>
          </section>
        </main>
      </body>
    </html>
  )
}

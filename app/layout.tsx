import type { ReactNode } from 'react'
import './globals.css'

// The document (<html lang>) is rendered by app/[locale]/layout.tsx, which knows the locale; this
// root layout only carries the global styles. Paths outside a locale get app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}

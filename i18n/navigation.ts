import { createNavigation } from 'next-intl/navigation'
import { routing } from './routing'

// Locale-aware wrappers around Next's navigation APIs; use these instead of next/link and
// next/navigation so hrefs are localised.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)

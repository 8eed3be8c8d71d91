import type { routing } from './routing'
import type messages from '../messages/es.json'

// Spanish is the source locale: its message file is the type of every message key.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}

import { defineRouting } from 'next-intl/routing'

// Locales and localised pathnames. Keys are the internal pathnames (the folder names under
// app/[locale]); values are what the visitor sees in each locale.
export const routing = defineRouting({
  locales: ['es', 'en'],
  defaultLocale: 'es',
  localePrefix: 'always',
  // hreflang alternates come from pageMetadata() (lib/i18n/metadata.ts), absolute against SITE_URL;
  // the middleware's Link header would repeat them with the request's host.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: the locale is always in the URL, and a public page must be the same bytes
  // for everyone, with no Set-Cookie, to be stored by a shared cache (docs/decisions/010-public-cache.md).
  // `/` still negotiates from Accept-Language.
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/practices': { es: '/practicas', en: '/practices' },
    '/practices/[slug]': { es: '/practicas/[slug]', en: '/practices/[slug]' },
    '/objectives': { es: '/objetivos', en: '/objectives' },
    '/objectives/[number]': { es: '/objetivos/[number]', en: '/objectives/[number]' },
    '/sessions': { es: '/sesiones', en: '/sessions' },
    '/sessions/[slug]': { es: '/sesiones/[slug]', en: '/sessions/[slug]' },
    '/countries': { es: '/paises', en: '/countries' },
    '/countries/[code]': { es: '/paises/[code]', en: '/countries/[code]' },
    '/organizations': { es: '/organizaciones', en: '/organizations' },
    '/organizations/[slug]': { es: '/organizaciones/[slug]', en: '/organizations/[slug]' },
    '/communique': { es: '/comunicado', en: '/communique' },
    '/recommendations': { es: '/recomendaciones', en: '/recommendations' },
    '/delegations': { es: '/delegaciones', en: '/delegations' },
    '/about': { es: '/el-foro', en: '/the-forum' },
    '/coverage': { es: '/cobertura', en: '/coverage' },
    '/compare': { es: '/comparar', en: '/compare' },
    '/open-data': { es: '/datos-abiertos', en: '/open-data' },
    '/briefing': { es: '/informe', en: '/briefing' },
    '/sign-in': { es: '/acceso', en: '/sign-in' },
    '/manage': { es: '/gestion', en: '/manage' },
    '/manage/users': { es: '/gestion/usuarios', en: '/manage/users' },
    '/manage/users/[id]': { es: '/gestion/usuarios/[id]', en: '/manage/users/[id]' },
    '/manage/audit': { es: '/gestion/auditoria', en: '/manage/audit' },
    '/manage/practices': { es: '/gestion/practicas', en: '/manage/practices' },
    '/manage/practices/new': { es: '/gestion/practicas/nueva', en: '/manage/practices/new' },
    '/manage/practices/[id]': { es: '/gestion/practicas/[id]', en: '/manage/practices/[id]' },
    '/manage/practices/[id]/history': { es: '/gestion/practicas/[id]/historial', en: '/manage/practices/[id]/history' },
    '/manage/follow-up': { es: '/gestion/seguimiento', en: '/manage/follow-up' },
    '/manage/import': { es: '/gestion/importar', en: '/manage/import' },
    '/reset-password/[token]': { es: '/restablecer-contrasena/[token]', en: '/reset-password/[token]' },
    '/propose': { es: '/proponer', en: '/propose' },
    '/proposal/[token]': { es: '/propuesta/[token]', en: '/proposal/[token]' },
    '/manage/proposals': { es: '/gestion/propuestas', en: '/manage/proposals' },
    '/manage/proposals/[id]': { es: '/gestion/propuestas/[id]', en: '/manage/proposals/[id]' },
    '/manage/outbox': { es: '/gestion/correo', en: '/manage/outbox' },
  },
})

export type AppLocale = (typeof routing.locales)[number]
export type AppPathname = keyof typeof routing.pathnames

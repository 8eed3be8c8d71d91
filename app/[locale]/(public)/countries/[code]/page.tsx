import { actorRoute } from '@/components/forum/actor-page'

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

// One URL per country: /es/paises/mx, never /es/paises/MX (loadActor redirects).
const route = actorRoute('COUNTRY')
export const generateMetadata = route.generateMetadata
export default route.Page

// The forum in the portal (issue 5): home, objectives, sessions, countries and organisations, the joint
// communiqué, recommendations and cooperation ideas, delegations and the forum's narrative, in both locales.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'

type Locale = 'es' | 'en'

/** One page of each type, in each locale (the localised pathnames of i18n/routing.ts). */
const PAGES = {
  es: {
    home: '/es',
    objectives: '/es/objetivos',
    objective: '/es/objetivos/7',
    sessions: '/es/sesiones',
    session: '/es/sesiones/sesion-1',
    actors: '/es/paises',
    country: '/es/paises/mx',
    organization: '/es/organizaciones/oim',
    communique: '/es/comunicado',
    recommendations: '/es/recomendaciones',
    delegations: '/es/delegaciones',
    about: '/es/el-foro',
  },
  en: {
    home: '/en',
    objectives: '/en/objectives',
    objective: '/en/objectives/7',
    sessions: '/en/sessions',
    session: '/en/sessions/sesion-1',
    actors: '/en/countries',
    country: '/en/countries/mx',
    organization: '/en/organizations/oim',
    communique: '/en/communique',
    recommendations: '/en/recommendations',
    delegations: '/en/delegations',
    about: '/en/the-forum',
  },
} as const satisfies Record<Locale, Record<string, string>>

async function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings
        .filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('details') !== null)
        .map((h) => Number(h.tagName[1])),
    )
}

for (const locale of ['es', 'en'] as const) {
  test.describe(`forum pages (${locale})`, () => {
    for (const [type, path] of Object.entries(PAGES[locale])) {
      test(`${type}: served, titled, one h1, breadcrumb, canonical and hreflang, headings in order`, async ({
        page,
      }) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.locator('h1')).toHaveCount(1)
        await expect(page).toHaveTitle(/\S/)
        const description = await page.locator('meta[name="description"]').getAttribute('content')
        expect(description?.length ?? 0).toBeGreaterThan(20)
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          new RegExp(`${path.replace(/\//g, '\\/')}$`),
        )
        await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveCount(1)
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1)
        if (type !== 'home') {
          await expect(
            page.getByRole('navigation', { name: locale === 'es' ? 'Ruta de navegación' : 'Breadcrumb' }),
          ).toBeVisible()
        }
        const levels = await headingLevels(page)
        expect(levels[0]).toBe(1)
        for (let i = 1; i < levels.length; i += 1) {
          expect(levels[i]!, `heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`).toBeLessThanOrEqual(
            levels[i - 1]! + 1,
          )
        }
      })

      test(`${type}: no axe violations`, async ({ page }) => {
        // The longest pages (a country with many practices) take axe a while on a 2-core machine.
        test.setTimeout(90_000)
        await page.goto(path)
        await expectNoAxeViolations(page)
      })

      test(`${type}: no horizontal scrolling at 360 px`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 800 })
        await page.goto(path)
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(scrollWidth).toBeLessThanOrEqual(360)
      })
    }
  })
}

test.describe('home', () => {
  test('shows the forum, its key figures, the 23 objectives with counts and gaps, and no "recently updated" list', async ({
    page,
  }) => {
    await page.goto('/en')
    const main = page.getByRole('main')
    await expect(main).toContainText('82')
    await expect(main).toContainText('17')
    const figures = page.locator('section[aria-labelledby="home-figures"] li')
    expect(await figures.count()).toBeGreaterThan(3)
    // The sentence a figure comes from is one click away.
    const firstFigure = figures.first()
    await firstFigure.locator('summary').click()
    await expect(firstFigure.locator('details p')).toBeVisible()

    const objectives = page.locator('section[aria-labelledby="home-objectives"] ol > li')
    await expect(objectives).toHaveCount(23)
    // Objective 13 has no practice in the report: it is shown as a gap, in words.
    await expect(objectives.nth(12)).toContainText('Gap')
    await expect(objectives.nth(6)).toContainText(/\d+ practices?/)

    // On a fresh database nobody has edited anything: there is no "recently updated" list (ADR 013).
    await expect(page.locator('section[aria-labelledby="home-recent"]')).toHaveCount(0)
  })
})

test.describe('dates on a practice page', () => {
  test('a practice nobody edited shows the report as its source, no "updated" date', async ({ page }) => {
    await page.goto('/es/practicas/grupo-beta-proteccion-migrantes')
    await expect(page.locator('time[datetime="2023-09"]')).toHaveText(
      'Fuente: informe del I Foro Regional de Países Precursores de las Américas (septiembre de 2023)',
    )
    await expect(page.getByText(/Actualizada|Última actualización/)).toHaveCount(0)
    await expect(page.getByTestId('citation')).not.toContainText('actualizad')
    await page.goto('/en/practices/grupo-beta-proteccion-migrantes')
    await expect(page.locator('time[datetime="2023-09"]')).toContainText('(September 2023)')
    await expect(page.getByText(/Updated|Last updated/)).toHaveCount(0)
  })
})

test.describe('links between the forum pages', () => {
  for (const locale of ['es', 'en'] as const) {
    test(`objective → practice → session → communiqué → back (${locale})`, async ({ page }) => {
      const sessionsPath = locale === 'es' ? '/es/sesiones/' : '/en/sessions/'
      const practicesPath = locale === 'es' ? '/es/practicas/' : '/en/practices/'
      await page.goto(PAGES[locale].objective)

      // The objective links its practices; follow the first one.
      const practiceLink = page
        .locator(`section[aria-labelledby="objective-practices"] a[href^="${practicesPath}"]`)
        .first()
      await practiceLink.click()
      await expect(page).toHaveURL(new RegExp(`${practicesPath}[a-z0-9-]+$`))
      await expect(page.locator('h1')).toHaveCount(1)

      // The practice links the sessions it was presented in.
      await page.getByRole('main').locator(`a[href^="${sessionsPath}"]`).first().click()
      await expect(page).toHaveURL(new RegExp(`${sessionsPath}[a-z0-9-]+$`))
      const sessionUrl = page.url()

      // The session links back to its objectives and to practices.
      await expect(page.locator('section[aria-labelledby="session-objectives"] a').first()).toBeVisible()

      // The main navigation reaches the communiqué.
      await page
        .getByRole('navigation', { name: locale === 'es' ? 'Navegación principal' : 'Main navigation' })
        .getByRole('link', { name: locale === 'es' ? 'Comunicado conjunto' : 'Joint communiqué' })
        .last()
        .click()
      await expect(page).toHaveURL(locale === 'es' ? /\/es\/comunicado$/ : /\/en\/communique$/)
      await expect(page.locator('article[id^="p-"]').first()).toBeVisible()

      await page.goBack()
      await expect(page).toHaveURL(sessionUrl)
    })
  }

  test('a session lists its practices, its working table’s ideas and links to the filtered catalogue', async ({
    page,
  }) => {
    await page.goto('/en/sessions/sesion-1')
    await expect(
      page.locator('section[aria-labelledby="session-practices"] a[href^="/en/practices/"]').first(),
    ).toBeVisible()
    await expect(page.locator('section[aria-labelledby="session-ideas"] li').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'See these practices in the catalogue' })).toHaveAttribute(
      'href',
      '/en/practices?session=sesion-1',
    )
  })

  test('an objective links to the catalogue filtered by it', async ({ page }) => {
    await page.goto('/es/objetivos/7')
    await expect(page.getByRole('link', { name: 'Ver el catálogo filtrado por el objetivo 7' })).toHaveAttribute(
      'href',
      '/es/practicas?objective=7',
    )
  })

  test('a country shows its practices by objective and session and its delegation', async ({ page }) => {
    await page.goto('/en/countries/mx')
    await expect(page.locator('h1')).toHaveText('Mexico')
    await expect(
      page.locator('section[aria-labelledby="actor-by-objective"] a[href^="/en/objectives/"]').first(),
    ).toBeVisible()
    await expect(
      page.locator('section[aria-labelledby="actor-by-session"] a[href^="/en/sessions/"]').first(),
    ).toBeVisible()
    await expect(page.locator('section[aria-labelledby="actor-delegation"] li').first()).toBeVisible()
  })

  test('recommendations are grouped by kind and cooperation ideas by working table, with their links', async ({
    page,
  }) => {
    await page.goto('/en/recommendations')
    for (const heading of [
      'Final recommendations',
      'Post-test results: concrete recommendations',
      'Conclusions and final remarks',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
    }
    const tables = page.locator('section[aria-labelledby="cooperation-ideas"] h3')
    await expect(tables).toHaveCount(6)
    await expect(tables.first().locator('a[href^="/en/sessions/"]')).toBeVisible()
  })
})

test.describe('countries and organisations', () => {
  test('the index groups actors by region with practice counts', async ({ page }) => {
    await page.goto('/es/paises')
    for (const heading of [
      'Países Miembros de la CRM',
      'Países precursores de Sudamérica',
      'Países precursores extrarregionales',
      'Organizaciones internacionales',
    ]) {
      await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible()
    }
    await expect(page.locator('#organizations')).toBeVisible()
    await expect(page.getByRole('link', { name: 'México', exact: true })).toHaveAttribute('href', '/es/paises/mx')
  })

  test('other casings of a country code redirect permanently to the lower-case URL', async ({ page, request }) => {
    const response = await request.get('/en/countries/MX', { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(response.headers()['location']).toMatch(/\/en\/countries\/mx$/)
    await page.goto('/es/paises/Mx')
    await expect(page).toHaveURL(/\/es\/paises\/mx$/)
  })

  test('the organisations index leads to the organisations section', async ({ page }) => {
    await page.goto('/es/organizaciones')
    await expect(page).toHaveURL(/\/es\/paises#organizations$/)
  })
})

test.describe('unknown objectives, sessions and actors', () => {
  const unknown = [
    '/en/objectives/0',
    '/en/objectives/24',
    '/es/objetivos/abc',
    '/es/objetivos/1.5',
    '/en/objectives/07',
    '/es/sesiones/no-existe',
    '/en/sessions/SESION-1',
    '/es/paises/zz',
    '/en/countries/mex',
    '/en/countries/oim',
    '/es/organizaciones/no-existe',
    '/en/organizations/mx',
  ]
  for (const path of unknown) {
    test(`${path} is the localised 404`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/es') ? 'es' : 'en')
      await expect(page.locator('h1')).toHaveText(path.startsWith('/es') ? 'No encontramos esta página' : /\S/)
    })
  }
})

test.describe('joint communiqué', () => {
  test('shows both dates, the place, no signatories and a link to the other language', async ({ page }) => {
    await page.goto('/es/comunicado')
    await expect(page.locator('time[datetime="2023-09-27/2023-09-28"]')).toHaveText('27–28 de septiembre de 2023')
    // The communiqué has no signature block (report lines 667-730): the page invents none.
    await expect(page.getByText(/firmantes/i)).toHaveCount(0)
    const other = page.getByRole('link', { name: 'Read in English' })
    await expect(other).toHaveAttribute('href', '/en/communique')
    await other.click()
    await expect(page).toHaveURL(/\/en\/communique$/)
    await expect(page.locator('time[datetime="2023-09-27/2023-09-28"]')).toHaveText('27–28 September 2023')
    await expect(page.getByText(/signator/i)).toHaveCount(0)
  })

  test('an anchor in the URL scrolls to its paragraph', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/en/communique#p-9')
    await expect(page.locator('#p-9')).toBeInViewport()
    await expect(page.locator('#p-1')).not.toBeInViewport()
    // The paragraph's own link works without JavaScript: it is a plain #anchor.
    await page
      .locator('#p-2')
      .getByRole('link', { name: /Paragraph 2/ })
      .click()
    await expect(page).toHaveURL(/#p-2$/)
    await expect(page.locator('#p-2')).toBeInViewport()
  })

  test('"copy link" copies the paragraph URL and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto('/en/communique')
    await page.getByRole('button', { name: 'Copy link to paragraph 3' }).click()
    await expect(page.locator('#p-3').getByRole('status')).toHaveText('Link copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(/\/en\/communique#p-3$/)
  })

  test('the print stylesheet hides the header, navigation, footer and buttons', async ({ page }) => {
    await page.goto('/es/comunicado')
    await expect(page.getByRole('banner')).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('banner')).toBeHidden()
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('button')).toHaveCount(0)
    await expect(page.locator('#p-1')).toBeVisible()
    await expect(page.locator('h1')).toBeVisible()
  })
})

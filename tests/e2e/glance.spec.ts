// The forum at a glance (issue 16): the map and charts are in the server HTML, every country link
// leads to its country page, nothing overflows at 360 px, axe finds nothing, and the SVG downloads
// answer with the same figures, in both locales.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'

const PAGES = {
  es: {
    home: '/es',
    coverage: '/es/cobertura',
    countries: '/es/paises',
    objective: '/es/objetivos/7',
    session: '/es/sesiones/sesion-1',
    country: '/es/paises/mx',
    objectives: '/es/objetivos',
    sessions: '/es/sesiones',
  },
  en: {
    home: '/en',
    coverage: '/en/coverage',
    countries: '/en/countries',
    objective: '/en/objectives/7',
    session: '/en/sessions/sesion-1',
    country: '/en/countries/mx',
    objectives: '/en/objectives',
    sessions: '/en/sessions',
  },
} as const

test.describe('the forum at a glance', () => {
  test('the pictures are in the server HTML, without JavaScript', async ({ request }) => {
    for (const path of [PAGES.es.home, PAGES.es.coverage, PAGES.es.countries, PAGES.es.objective, PAGES.es.session]) {
      const html = await (await request.get(path)).text()
      expect(html, path).toMatch(/<svg [^>]*class="glance-map"/)
      expect(html, path).toMatch(
        /<a href="\/es\/paises\/[a-z]{2}" aria-label="[^"]+: \d+ prácticas?" data-country="\d+">/,
      )
    }
    const home = await (await request.get(PAGES.en.home)).text()
    expect(home).toMatch(/aria-label="Mexico: \d+ practices" data-country="484"/)
    expect(home).toMatch(/<svg [^>]*class="glance-chart"/)
    const country = await (await request.get(PAGES.es.country)).text()
    expect(country).toMatch(/<svg [^>]*class="glance-chart"/)
  })

  test('each country link of the map leads to that country page (keyboard)', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto(PAGES.es.countries)
    const links = await page.locator('svg.glance-map a[data-country]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        id: node.getAttribute('data-country')!,
        href: node.getAttribute('href')!,
        label: node.getAttribute('aria-label')!,
      })),
    )
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) {
      await page.goto(PAGES.es.countries)
      const anchor = page.locator(`svg.glance-map a[data-country="${link.id}"]`)
      await anchor.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.pathname === link.href)
      await expect(page.locator('h1')).toHaveText(link.label.split(':')[0]!)
    }
  })

  test('a country link can also be clicked in the inset', async ({ page }) => {
    await page.goto(PAGES.es.countries)
    // Costa Rica is small on the main pane: its link is the enlarged one, below.
    await page.locator('svg.glance-map a[data-country="188"]').click()
    await expect(page).toHaveURL(/\/es\/paises\/cr$/)
    await expect(page.locator('h1')).toHaveText('Costa Rica')
  })

  for (const locale of ['es', 'en'] as const) {
    for (const [name, path] of Object.entries(PAGES[locale])) {
      test(`${name} (${locale}): no overflow at 360 px, pictures full width, no axe violations`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 800 })
        await page.goto(path)
        await expect(page.locator('[data-glance]').first()).toBeVisible()
        // The tables open too, so their content is checked as well.
        await page
          .locator('[data-glance] details')
          .evaluateAll((nodes) => nodes.forEach((node) => ((node as HTMLDetailsElement).open = true)))
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(scrollWidth).toBeLessThanOrEqual(360)
        const widths = await page
          .locator('[data-glance] svg')
          .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width))
        for (const width of widths) expect(width).toBeGreaterThan(300)
        await expectNoAxeViolations(page)
      })
    }
  }

  test('an objective without practices shows an empty map and says so', async ({ page, request }) => {
    const objectives = (await (await request.get('/api/v1/objectives?locale=es')).json()) as {
      items: { number: number; practiceCount: number }[]
    }
    const gap = objectives.items.find((objective) => objective.practiceCount === 0)
    expect(gap).toBeDefined()
    await page.goto(`/es/objetivos/${gap!.number}`)
    await expect(page.locator('[data-glance="empty"]')).toHaveText(/Ningún país presenta prácticas publicadas/)
    await expect(page.locator('svg.glance-map a[aria-label]')).toHaveCount(0)
    await expect(page.locator('svg.glance-map')).toBeVisible()
    // Objective 7 has practices: no such sentence there.
    await page.goto(PAGES.es.objective)
    await expect(page.locator('[data-glance="empty"]')).toHaveCount(0)
  })

  test('downloads: standalone SVG files with the page figures; unknown parameters fall back, unknown pictures are 404', async ({
    request,
    page,
  }) => {
    await page.goto(PAGES.en.home)
    const pageLabel = await page.locator('svg.glance-map a[data-country="484"]').getAttribute('aria-label')
    const map = await request.get('/api/v1/glance/map.svg?locale=en')
    expect(map.status()).toBe(200)
    expect(map.headers()['content-type']).toContain('image/svg+xml')
    expect(map.headers()['content-disposition']).toContain('map-en.svg')
    const body = await map.text()
    expect(body).toContain(`aria-label="${pageLabel}"`)
    expect(body).toContain('Natural Earth')
    expect(body).toMatch(/<a href="https?:\/\/[^"]+\/en\/countries\/mx"/)

    for (const query of [
      'objective=99&locale=xx',
      'session=%3Cscript%3E',
      'kind=nope&kind=tool',
      'objective=abc&foo=bar',
    ]) {
      const response = await request.get(`/api/v1/glance/map.svg?${query}`)
      expect(response.status(), query).toBe(200)
      expect(await response.text()).toContain('<svg')
    }
    for (const chart of ['objectives', 'sessions', 'kinds']) {
      const response = await request.get(`/api/v1/glance/${chart}.svg?locale=es&actor=zz`)
      expect(response.status(), chart).toBe(200)
      expect(await response.text()).toMatch(/data-value="\d+"/)
    }
    expect((await request.get('/api/v1/glance/nope.svg')).status()).toBe(404)

    // The page's download link is the file for the same filter.
    await page.goto(PAGES.es.objective)
    const href = await page.locator('[data-glance="map"] a[download]').getAttribute('href')
    expect(href).toBe('/api/v1/glance/map.svg?locale=es&objective=7')
    const objectiveMap = await (await request.get(href!)).text()
    const pageMap = await page
      .locator('svg.glance-map')
      .evaluate((svg) => [...svg.querySelectorAll('[data-country]')].map((n) => n.getAttribute('aria-label')))
    for (const label of pageMap) expect(objectiveMap).toContain(`aria-label="${label}"`)
  })
})

// The app shell: locales, language switcher, skip link, localised 404, health, security headers, axe.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { afterHydration } from './support/hydration'

test.describe('app shell', () => {
  test('serves both locales with the right <html lang>', async ({ page }) => {
    for (const locale of ['es', 'en']) {
      const response = await page.goto(`/${locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('banner')).toBeVisible()
      await expect(page.getByRole('contentinfo')).toContainText(
        /CRM|Conferencia Regional sobre Migración|Regional Conference on Migration/,
      )
    }
  })

  test('the root redirects to the browser language', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
  })

  test.describe('in Spanish', () => {
    test.use({ locale: 'es-ES' })
    test('the root redirects to Spanish', async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(/\/es$/)
    })
  })

  test('the language switcher keeps the current page', async ({ page }) => {
    await page.goto('/es')
    const switcher = page.locator('a[hreflang="en"]').first()
    await expect(switcher).toHaveAttribute('href', /\/en$/)
    await afterHydration(page)
    await switcher.click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('the skip link is the first focusable element and moves focus to the main content', async ({ page }) => {
    await page.goto('/es')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Saltar al contenido' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)
  })

  test('unknown pages get the localised 404', async ({ page }) => {
    const es = await page.goto('/es/esta-pagina-no-existe')
    expect(es?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const en = await page.goto('/en/this-page-does-not-exist')
    expect(en?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('a 404 still has its language, a "not found" title, a heading and ways on (vercel/next.js#62228)', async ({
      page,
    }) => {
      for (const [path, lang, title, heading, link] of [
        [
          '/es/practicas/no-existe',
          'es',
          'Página no encontrada',
          'No encontramos esta página',
          'Ver las buenas prácticas',
        ],
        ['/es/objetivos/24', 'es', 'Página no encontrada', 'No encontramos esta página', 'Volver al inicio'],
        ['/en/nope', 'en', 'Page not found', 'We couldn’t find this page', 'Browse the good practices'],
      ] as const) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(404)
        await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
        await expect(page, path).toHaveTitle(new RegExp(`^${title} · `))
        await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible()
        await expect(page.getByRole('link', { name: link }), path).toBeVisible()
      }
    })
  })

  test('health reports the database and migrations', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ status: 'ok', database: { reachable: true }, migrations: { upToDate: true } })
    expect(['postgresql', 'pglite']).toContain(body.database.engine)
  })

  test('sends security headers', async ({ request }) => {
    const response = await request.get('/es')
    const headers = response.headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-powered-by']).toBeUndefined()
  })

  test('the home page has no axe violations in either locale and fits 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    for (const locale of ['es', 'en']) {
      await page.goto(`/${locale}`)
      await expectNoAxeViolations(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
  })
})

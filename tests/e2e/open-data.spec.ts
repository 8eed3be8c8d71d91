// Open data and insight (issue 7): the coverage matrix leads to the same count in the catalogue,
// the comparison page, the open-data page, the briefing, and the Atom feed announced on the catalogue.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'

test.describe('coverage matrix', () => {
  test('a cell leads to the catalogue filtered by its objective and actor, with the same count', async ({ page }) => {
    await page.goto('/en/coverage')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coverage of the GCM objectives')
    const table = page.getByRole('table')
    await expect(table.locator('caption')).toContainText('Published practices by GCM objective')
    // The cell with the most practices of Mexico.
    const cells = page.locator('td[data-actor="mx"] a')
    const counts = await cells.evaluateAll((links) => links.map((a) => Number.parseInt(a.textContent ?? '0', 10)))
    expect(counts.length).toBeGreaterThan(0)
    const index = counts.indexOf(Math.max(...counts))
    const cell = cells.nth(index)
    const objective = await cell.locator('xpath=..').getAttribute('data-objective')
    await cell.click()
    await expect(page).toHaveURL(new RegExp(`/en/practices\\?(?=.*objective=${objective})(?=.*actor=mx)`), {
      timeout: 20_000,
    })
    const expected = counts[index]!
    await expect(page.getByTestId('result-count')).toContainText(`${expected} practice${expected === 1 ? '' : 's'}`)
  })

  test('filters by kind, calls out gaps, and is accessible', async ({ page }) => {
    await page.goto('/en/coverage')
    await expect(page.getByRole('heading', { name: 'Objectives without practices' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Tool' }).check()
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/kind=tool/)
    await expect(page.getByRole('checkbox', { name: 'Tool' })).toBeChecked()
    const firstLink = page.locator('td[data-objective] a').first()
    await expect(firstLink).toHaveAttribute('href', /kind=tool/)
    await expectNoAxeViolations(page)
  })

  test.describe('on a phone, in Spanish', () => {
    test.use({ viewport: { width: 360, height: 740 }, locale: 'es-ES' })
    test('the matrix scrolls inside its own box, not the page', async ({ page }) => {
      await page.goto('/es/cobertura')
      const region = page.getByRole('region', { name: /Matriz de cobertura/ })
      await expect(region).toBeVisible()
      const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(sizes.scroll).toBeGreaterThan(sizes.client)
      const page360 = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
      }))
      expect(page360.scroll).toBeLessThanOrEqual(page360.width)
      await expectNoAxeViolations(page)
    })
  })
})

test.describe('comparison', () => {
  test('two countries side by side by objective', async ({ page }) => {
    await page.goto('/en/compare?actors=mx,cr')
    const headers = page.getByRole('columnheader')
    await expect(headers.nth(1)).toContainText('Mexico')
    await expect(headers.nth(2)).toContainText('Costa Rica')
    await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible()
    await expect(page.getByLabel('Country or organization 1')).toHaveValue('mx')
    await expectNoAxeViolations(page)
  })

  test('the form picks the actors; one actor or an unknown one gets a friendly message', async ({ page }) => {
    await page.goto('/es/comparar?actors=mx,zz')
    await expect(page.getByRole('status')).toContainText('zz')
    await expect(page.getByRole('status')).toContainText('al menos dos')
    await page.getByLabel('País u organización 2').selectOption('gt')
    await page.getByRole('button', { name: 'Comparar' }).click()
    await expect(page).toHaveURL(/actors=mx&actors=gt/)
    await expect(page.getByRole('columnheader', { name: /Guatemala/ })).toBeVisible()
  })
})

test.describe('feeds and open data', () => {
  test('the catalogue announces its Atom feed, and the feed is Atom', async ({ page, request }) => {
    await page.goto('/en/practices?objective=21&actor=mx')
    const alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    await expect(alternate).toHaveCount(1)
    const href = await alternate.getAttribute('href')
    expect(href).toContain('/api/v1/feed/practices?')
    expect(href).toContain('objective=21')
    await expect(page.getByRole('link', { name: 'Subscribe (Atom feed)' })).toBeVisible()
    const feed = await request.get(href!)
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toContain('application/atom+xml')
    const xml = await feed.text()
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
    expect(xml).toContain('Objective 21')
  })

  test('the open-data page documents the API and links to the OpenAPI document', async ({ page, request }) => {
    await page.goto('/es/datos-abiertos')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datos abiertos')
    await expect(page.getByText("curl '").first()).toBeVisible()
    const link = page.getByRole('link', { name: /OpenAPI 3.1/ })
    const response = await request.get((await link.getAttribute('href'))!)
    expect(response.status()).toBe(200)
    expect((await response.json()).openapi).toBe('3.1.0')
    await expectNoAxeViolations(page)
  })

  test('the printable briefing states its filters and date', async ({ page }) => {
    await page.goto('/en/briefing?objective=21&actor=mx')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good-practice briefing')
    await expect(page.getByText(/^Objectives: 21\./)).toBeVisible()
    await expect(page.getByText('Countries and organizations: Mexico')).toBeVisible()
    await expect(page.getByText(/^Date: /)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('sitemap and robots', async ({ request }) => {
    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.status()).toBe(200)
    const xml = await sitemap.text()
    expect(xml).toContain('/es/cobertura</loc>')
    expect(xml).toContain('hreflang="en"')
    const robots = await request.get('/robots.txt')
    expect(await robots.text()).toContain('Sitemap: ')
  })
})

// The public catalogue and the practice page (issue 4), in both locales: search, facets and the URL,
// reload and back, the page without JavaScript, keyboard-only use, and axe-core scans.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'

const CATALOGUE = { es: '/es/practicas', en: '/en/practices' } as const
const TEXT = {
  es: {
    search: 'Buscar prácticas',
    objective7: /^7\. Abordar y reducir/,
    mexico: /^México/,
    beta: 'Grupo Beta de Protección a Migrantes',
    count: /prácticas? para «/,
    corrected: /resultados de «grupo beta»/,
  },
  en: {
    search: 'Search practices',
    objective7: /^7\. Address and reduce/,
    mexico: /^Mexico/,
    beta: 'Grupo Beta for Migrant Protection',
    count: /practices? for “/,
    corrected: /results for “grupo beta”/,
  },
} as const

/** Waits until the catalogue form is hydrated (it then updates the URL without reloading). */
async function gotoEnhanced(page: Page, url: string) {
  await page.goto(url)
  await expect(page.locator('form[data-enhanced="true"]')).toBeAttached({ timeout: 30_000 })
}

function resultTitles(page: Page) {
  return page.getByRole('list', { name: /Resultados|Results/ }).getByRole('heading', { level: 3 })
}

for (const locale of ['es', 'en'] as const) {
  const text = TEXT[locale]

  test.describe(`catalogue (${locale})`, () => {
    test('search, tick facets, reload, open a practice and come back with the filters', async ({ page }) => {
      await gotoEnhanced(page, CATALOGUE[locale])

      // Typing updates the URL after a pause, without a full reload.
      await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1))
      await page.getByLabel(text.search).fill('grupo veta')
      await expect(page).toHaveURL(/[?&]q=grupo\+veta/)
      await expect(resultTitles(page).first()).toHaveText(text.beta)
      await expect(page.getByTestId('result-count')).toContainText(text.count)
      // The misspelt word was corrected, and the page says so.
      await expect(page.getByTestId('corrected-query')).toContainText(text.corrected)

      // Ticking facets (OR within, AND across) changes the URL at once.
      await page.getByLabel(text.search).fill('')
      await expect(page).not.toHaveURL(/q=/)
      await page.getByRole('checkbox', { name: text.objective7 }).check()
      await expect(page).toHaveURL(/objective=7/)
      await page.getByRole('checkbox', { name: text.mexico }).check()
      await expect(page).toHaveURL(/actor=mx/)
      expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1)
      const titles = await resultTitles(page).allTextContents()
      expect(titles.length).toBeGreaterThan(0)

      // Reload: the same view.
      const url = page.url()
      await page.reload()
      await expect(page.locator('form[data-enhanced="true"]')).toBeAttached({ timeout: 30_000 })
      await expect(page.getByRole('checkbox', { name: text.objective7 })).toBeChecked()
      await expect(page.getByRole('checkbox', { name: text.mexico })).toBeChecked()
      expect(await resultTitles(page).allTextContents()).toEqual(titles)

      // Open a practice, go back: the filters are still there.
      await resultTitles(page).first().getByRole('link').click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]!)
      await page.goBack()
      await expect(page).toHaveURL(url)
      await expect(page.locator('form[data-enhanced="true"]')).toBeAttached({ timeout: 30_000 })
      await expect(page.getByRole('checkbox', { name: text.objective7 })).toBeChecked()

      // A chip removes one filter; "clear all" removes them all.
      await page
        .getByRole('link', { name: new RegExp(text.mexico.source.replace('^', '')) })
        .filter({ hasText: '×' })
        .click()
      await expect(page).not.toHaveURL(/actor=mx/)
      await expect(page.getByRole('checkbox', { name: text.mexico })).not.toBeChecked()
    })

    test('shows an empty state with close matches, and survives hostile input', async ({ page }) => {
      await page.goto(`${CATALOGUE[locale]}?q=${encodeURIComponent('regularisasion xyzzq')}&kind=policy`)
      await expect(page.getByTestId('empty-state')).toBeVisible()
      await expect(page.getByTestId('empty-state').getByRole('link').first()).toBeVisible()
      const hostile = `'"&|!():*<> ; DROP TABLE "Practice"; -- 🙂 ${'x'.repeat(3000)}`
      const response = await page.goto(
        `${CATALOGUE[locale]}?q=${encodeURIComponent(hostile)}&objective=99&page=-1&sort=x`,
      )
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })

    test('the catalogue and a practice page have no axe violations', async ({ page }) => {
      await page.goto(`${CATALOGUE[locale]}?q=migrantes&objective=7`)
      await expectNoAxeViolations(page)
      await page.goto(`${CATALOGUE[locale]}/grupo-beta-proteccion-migrantes`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.beta)
      await expectNoAxeViolations(page)
    })

    test('an unknown practice is the localised 404', async ({ page }) => {
      const response = await page.goto(`${CATALOGUE[locale]}/no-such-practice`)
      expect(response?.status()).toBe(404)
    })
  })

  test.describe(`catalogue without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false })

    test('the GET form searches and filters', async ({ page }) => {
      await page.goto(CATALOGUE[locale])
      await page.getByLabel(text.search).fill('fonat')
      await page.getByRole('checkbox', { name: text.objective7 }).check()
      await page.getByRole('button', { name: locale === 'es' ? 'Buscar' : 'Search', exact: true }).click()
      await expect(page).toHaveURL(/q=fonat/)
      await expect(page).toHaveURL(/objective=7/)
      // FONATT is not filed under objective 7: nothing, then without the filter, FONATT.
      await page.getByRole('checkbox', { name: text.objective7 }).uncheck()
      await page.getByRole('button', { name: locale === 'es' ? 'Buscar' : 'Search', exact: true }).click()
      await expect(resultTitles(page).first()).toContainText('FONATT')
    })
  })

  test(`keyboard only (${locale})`, async ({ page }) => {
    await gotoEnhanced(page, CATALOGUE[locale])
    const search = page.getByLabel(text.search)
    await search.focus()
    await page.keyboard.type('ruex')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/q=ruex/)
    await expect(resultTitles(page).first()).toContainText('RUEX')
    // Tab to the "good practice" checkbox of the kind facet (RUEX's kind) and tick it with the space bar.
    const firstKind = page.getByRole('checkbox', { name: locale === 'es' ? /^Buena práctica/ : /^Good practice/ })
    for (let i = 0; i < 12 && !(await firstKind.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    await expect(firstKind).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/kind=good-practice/)
    await expect(page).not.toHaveURL(/sort=/)
    // After a filter change, focus moves to the result summary (tests/e2e/catalogue-phone.spec.ts).
    await expect(page.getByTestId('result-count')).toBeFocused()
    await expect(firstKind).toBeChecked()
    // Open the first result with the keyboard.
    const link = resultTitles(page).first().getByRole('link')
    await link.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('RUEX')
  })
}

test('each catalogue view is served from the cache, equal views share an entry, and the internal route is no address', async ({
  request,
}) => {
  // A view no other test asks for, so its first request renders it.
  const url = `${CATALOGUE.es}?q=asilo&objective=7`
  const first = await request.get(url)
  expect(first.status()).toBe(200)
  const again = await request.get(url)
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  // The same view written another way: parameters in another order, page 1, the default sort.
  const equal = await request.get(`${CATALOGUE.es}?objective=7&page=1&sort=relevance&q=asilo`)
  expect(equal.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await equal.text()).toBe(await again.text())
  expect(again.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600')
  // The internal route the proxy rewrites to is a 404 when asked for directly.
  const internal = await request.get('/es/catalogue-view/all')
  expect(internal.status()).toBe(404)
  expect(await internal.text()).toContain('<title>Página no encontrada')
})

test('words typed while the results update are kept, with the focus, and searched for', async ({ page }) => {
  await gotoEnhanced(page, CATALOGUE.es)
  const search = page.getByLabel(TEXT.es.search)
  await search.focus()
  await page.keyboard.type('grupo')
  // The pause sends "grupo"; the rest is typed while its results are on their way and after they arrive.
  await expect(page).toHaveURL(/q=grupo$/)
  await page.keyboard.type(' beta', { delay: 80 })
  await expect(page).toHaveURL(/q=grupo\+beta$/)
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('grupo beta')
  await expect(resultTitles(page).first()).toContainText(TEXT.es.beta)
})

test('the catalogue breaks no rule of the Content Security Policy while it is used (no eval: no zod in the browser)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await gotoEnhanced(page, CATALOGUE.es)
  await page.getByRole('checkbox', { name: /^Herramienta/ }).check()
  await expect(page).toHaveURL(/kind=tool/)
  await page.getByLabel(TEXT.es.search).fill('retorno')
  await expect(page).toHaveURL(/q=retorno/)
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
})

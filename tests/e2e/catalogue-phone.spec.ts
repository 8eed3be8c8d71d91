// The catalogue on a phone (issue 13): at 360×740 the first result is within 1.5 screens and 15 tab stops
// of the top, the filters are a native disclosure (closed, working without JavaScript), a link skips to
// the results, and after a filter change focus and the view move to the result summary while a live
// region announces the count. Wide screens keep the filters open beside the results.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'

const PHONE = { width: 360, height: 740 }
const CATALOGUE = { es: '/es/practicas', en: '/en/practices' } as const

function firstResultLink(page: Page) {
  return page
    .getByRole('list', { name: /Resultados|Results/ })
    .getByRole('listitem')
    .first()
    .getByRole('heading', { level: 3 })
    .getByRole('link')
}

async function gotoEnhanced(page: Page, url: string) {
  await page.goto(url)
  await expect(page.locator('form[data-enhanced="true"]')).toBeAttached({ timeout: 30_000 })
}

/** Tab presses from the top of the page until the element has focus (or the limit). */
async function tabStopsTo(page: Page, target: ReturnType<Page['locator']>, limit = 40): Promise<number> {
  await page.evaluate(() => {
    window.scrollTo(0, 0)
    ;(document.activeElement as HTMLElement | null)?.blur()
  })
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return presses
  }
  return Infinity
}

for (const locale of ['es', 'en'] as const) {
  test.describe(`catalogue at 360×740 (${locale})`, () => {
    test.use({ viewport: PHONE })

    test('the first result is within 1.5 screens and 15 tab stops of the top', async ({ page }) => {
      await gotoEnhanced(page, CATALOGUE[locale])
      const box = await firstResultLink(page).boundingBox()
      expect(box).not.toBeNull()
      const top = box!.y + (await page.evaluate(() => window.scrollY))
      expect(top).toBeLessThanOrEqual(1.5 * PHONE.height)
      expect(await tabStopsTo(page, firstResultLink(page))).toBeLessThanOrEqual(15)
      // The filters are there, collapsed.
      await expect(page.getByTestId('filters-disclosure')).not.toHaveAttribute('open')
      await expect(page.getByRole('checkbox').first()).toBeHidden()
    })

    test('a link skips to the results', async ({ page }) => {
      await page.goto(CATALOGUE[locale])
      await page
        .getByRole('link', {
          name: locale === 'es' ? /^Ir a los resultados \(\d+\)$/ : /^Skip to the results \(\d+\)$/,
        })
        .click()
      await expect(page).toHaveURL(/#catalogue-results$/)
      await expect(page.locator('#catalogue-results')).toBeInViewport()
    })

    test('after a filter change, focus and the view move to the result summary and the count is announced', async ({
      page,
    }) => {
      await gotoEnhanced(page, CATALOGUE[locale])
      await page.getByTestId('filters-disclosure').locator('summary').click()
      const checkbox = page.getByRole('checkbox', { name: locale === 'es' ? /^Herramienta/ : /^Tool/ })
      await checkbox.check()
      await expect(page).toHaveURL(/kind=tool/)
      const summary = page.getByTestId('result-count')
      await expect(summary).toBeFocused()
      await expect(summary).toBeInViewport()
      // The live region announces the count the summary shows ("22 prácticas · Página 1 de 2").
      const status = page.locator('form [role="status"]')
      await expect(status).toHaveText(/^\d+ (prácticas?|practices?)$/)
      expect(await summary.textContent()).toContain((await status.textContent())!)
      // The disclosure says how many filters are on, and stays open for the next one (a new view is a new page).
      await expect(page.getByTestId('filters-disclosure').locator('summary')).toContainText(
        locale === 'es' ? '(1 activo)' : '(1 active)',
      )
      await expect(page.getByTestId('filters-disclosure')).toHaveAttribute('open', '')
      await expect(
        page.getByRole('checkbox', { name: locale === 'es' ? /^Buena práctica/ : /^Good practice/ }),
      ).toBeVisible()
    })

    test('has no axe violations, filters closed and open', async ({ page }) => {
      await page.goto(CATALOGUE[locale])
      await expectNoAxeViolations(page)
      await page.getByTestId('filters-disclosure').locator('summary').click()
      await expectNoAxeViolations(page)
    })
  })

  test.describe(`catalogue at 360×740 without JavaScript (${locale})`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: false })

    test('the filters open natively and filter with the form', async ({ page }) => {
      await page.goto(CATALOGUE[locale])
      await page.getByTestId('filters-disclosure').locator('summary').click()
      const checkbox = page.getByRole('checkbox', { name: locale === 'es' ? /^Herramienta/ : /^Tool/ })
      await expect(checkbox).toBeVisible()
      await checkbox.check()
      await page.getByRole('button', { name: locale === 'es' ? 'Aplicar filtros' : 'Apply filters' }).click()
      await expect(page).toHaveURL(/kind=tool/)
    })
  })
}

test.describe('catalogue on a wide screen without JavaScript', () => {
  test.use({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false })

  test('shows the filters beside the results, no disclosure to open', async ({ page }) => {
    await page.goto('/es/practicas')
    await expect(page.getByRole('checkbox').first()).toBeVisible()
    await expect(page.getByTestId('filters-disclosure').locator('summary')).toBeHidden()
    await expect(page.getByRole('heading', { level: 2, name: 'Filtros' })).toBeVisible()
  })
})

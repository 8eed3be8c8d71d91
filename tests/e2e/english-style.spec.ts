// docs/english-style.md on the rendered English pages: no forbidden variant in English text, and Spanish
// fragments (annex 1's job titles, Spanish fallbacks) marked lang="es" (WCAG 3.1.2).
import { expect, test, type Page } from '@playwright/test'
import { findForbiddenEnglishVariants } from '../../lib/i18n/english-style'

/** The page's visible text outside elements marked with another language. */
async function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement
    for (const element of body.querySelectorAll('[lang]:not([lang^="en"]), script, style, template')) element.remove()
    return body.innerText || body.textContent || ''
  })
}

/** The language an element's text is in: its nearest lang attribute. */
async function languageOf(page: Page, text: string): Promise<string | null> {
  return page
    .getByText(text, { exact: true })
    .first()
    .evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null)
}

const ENGLISH_PAGES = [
  '/en',
  '/en/the-forum',
  '/en/communique',
  '/en/delegations',
  '/en/sessions',
  '/en/sessions/sesion-4b',
  '/en/countries',
  '/en/organizations/se-crm',
  '/en/practices',
  '/en/practices/grupo-beta-proteccion-migrantes',
  '/en/practices/ptat-programa-trabajadores-agricolas-temporales',
  '/en/recommendations',
  '/en/sign-in',
]

test.describe('English pages speak with one voice', () => {
  for (const path of ENGLISH_PAGES) {
    test(`${path} has no forbidden English variant`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      expect(findForbiddenEnglishVariants(await englishText(page))).toEqual([])
      expect(findForbiddenEnglishVariants((await page.title()) ?? '')).toEqual([])
    })
  }

  test('the site name is the RCM’s', async ({ page }) => {
    await page.goto('/en')
    await expect(page).toHaveTitle(/RCM Good Practice Portal/)
    await expect(page.getByRole('contentinfo')).toContainText('Regional Conference on Migration (RCM)')
  })

  test('Spanish job titles of annex 1 are marked lang="es"; English ones are not', async ({ page }) => {
    await page.goto('/en/delegations')
    expect(
      await languageOf(page, 'Directora General de Migración · Dirección General de Migración y Extranjería'),
    ).toBe('es')
    expect(await languageOf(page, 'First Secretary (Migration) · Embassy of Canada to Colombia')).toBe('en')
    // Said once, although annex 1 repeats the role in the institution.
    await expect(
      page.getByText('Director General of Consular Affairs · Director General of Consular Affairs'),
    ).toHaveCount(0)
    await page.goto('/en/organizations/se-crm')
    expect(await languageOf(page, 'Secretario Ejecutivo · Secretaría Ejecutiva de la CRM')).toBe('es')
  })

  test('the Spanish pages mark English job titles lang="en"', async ({ page }) => {
    await page.goto('/es/delegaciones')
    expect(await languageOf(page, 'First Secretary (Migration) · Embassy of Canada to Colombia')).toBe('en')
  })
})

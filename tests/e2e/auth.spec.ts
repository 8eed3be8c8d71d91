// Signing in and out, roles in the workspace, and the sign-in page's accessibility. The accounts are
// created by scripts/e2e.ts with random passwords (E2E_ADMIN_* / E2E_EDITOR_*).
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { account } from './support/accounts'

async function signIn(page: Page, role: 'ADMIN' | 'EDITOR', locale: 'es' | 'en' = 'en') {
  const { email, password } = account(role)
  await page.goto(locale === 'es' ? '/es/acceso' : '/en/sign-in')
  await page.getByLabel(locale === 'es' ? 'Correo electrónico' : 'Email address').fill(email)
  await page.getByLabel(locale === 'es' ? 'Contraseña' : 'Password').fill(password)
  await page.getByRole('button', { name: locale === 'es' ? 'Entrar' : 'Sign in' }).click()
  await expect(page).toHaveURL(locale === 'es' ? /\/es\/gestion$/ : /\/en\/manage$/)
}

test.describe('sign-in', () => {
  test('the sign-in page has no axe violations, in both languages', async ({ page }) => {
    for (const path of ['/es/acceso', '/en/sign-in']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations(page)
    }
  })

  test('a wrong password shows the localised error next to the form and keeps the email', async ({ page }) => {
    const { email } = account('EDITOR')
    await page.goto('/es/acceso')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill('definitely-not-the-password')
    await page.getByRole('button', { name: 'Entrar' }).click()
    await expect(page.locator('#sign-in-error')).toHaveAttribute('role', 'alert')
    await expect(page.locator('#sign-in-error')).toContainText('El correo o la contraseña no son correctos')
    await expect(page.locator('main form')).toHaveAttribute('aria-describedby', 'sign-in-error')
    await expect(page.getByLabel('Correo electrónico')).toHaveValue(email)
    await expect(page).toHaveURL(/\/es\/acceso/)
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations).toEqual([])
  })

  test('an empty form shows the field errors, described by the fields', async ({ page }) => {
    await page.goto('/en/sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const emailField = page.getByLabel('Email address')
    await expect(emailField).toHaveAttribute('aria-invalid', 'true')
    await expect(emailField).toHaveAccessibleDescription('Enter the email address.')
  })

  test('the workspace sends an anonymous visitor to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/en/manage/audit')
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fmanage%2Faudit$/)
    const { email, password } = account('ADMIN')
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/en\/manage\/audit$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
    // This very sign-in is in the log.
    await expect(page.getByText(account('ADMIN').email).first()).toBeVisible()
  })
})

test.describe('workspace', () => {
  test('an admin sees who is signed in, the admin sections, and can sign out', async ({ page, context }) => {
    await signIn(page, 'ADMIN', 'es')
    await expect(page.getByRole('heading', { level: 1, name: 'Espacio de gestión' })).toBeVisible()
    await expect(page.getByText(account('ADMIN').email)).toBeVisible()
    const sections = page.getByRole('navigation', { name: 'Secciones de la gestión' })
    await expect(sections.getByRole('link', { name: 'Usuarios' })).toBeVisible()
    await expect(sections.getByRole('link', { name: 'Registro de auditoría' })).toBeVisible()
    const cookies = await context.cookies()
    const session = cookies.find((cookie) => cookie.name.endsWith('session_token'))
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    await page.getByRole('button', { name: 'Salir', exact: true }).click()
    await expect(page).toHaveURL(/\/es\/acceso$/)
    await page.goto('/es/gestion')
    await expect(page).toHaveURL(/\/es\/acceso\?next=/)
  })

  test('an editor cannot open the users or audit pages', async ({ page }) => {
    await signIn(page, 'EDITOR')
    await expect(page.getByRole('main').getByRole('link', { name: 'Users' })).toHaveCount(0)
    for (const path of ['/en/manage/users', '/en/manage/audit', '/es/gestion/usuarios']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
    }
  })

  test('an admin creates a user, who sets a password with the one-time link and signs in', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'ADMIN')
    await page.goto('/en/manage/users')
    const email = `e2e-new-${Date.now()}@example.org`
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Name').fill('New Person')
    await page.getByLabel('Role').selectOption('editor')
    await page.getByRole('button', { name: 'Create the account' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Account created for ${email}` })).toBeVisible()
    const link = await page.getByTestId('one-time-link').inputValue()
    expect(link).toMatch(/\/en\/reset-password\/[A-Za-z0-9_-]{43}$/)
    await expect(page.getByText(email, { exact: true })).toBeVisible()

    const other = await browser.newContext()
    const newcomer = await other.newPage()
    await newcomer.goto(link)
    await newcomer.locator('#reset-password').fill('short')
    await newcomer.locator('#reset-confirmation').fill('short')
    await newcomer.getByRole('button', { name: 'Save the password' }).click()
    await expect(newcomer.locator('#reset-password')).toHaveAccessibleDescription(/at least 12 characters long/)
    await newcomer.locator('#reset-password').fill('a long and new passphrase')
    await newcomer.locator('#reset-confirmation').fill('a long and new passphrase')
    await newcomer.getByRole('button', { name: 'Save the password' }).click()
    await expect(newcomer.getByText('Your password has been saved')).toBeVisible()
    // The link works once.
    await newcomer.goto(link)
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Link not valid' })).toBeVisible()
    await newcomer.goto('/en/sign-in')
    await newcomer.getByLabel('Email address').fill(email)
    await newcomer.getByLabel('Password').fill('a long and new passphrase')
    await newcomer.getByRole('button', { name: 'Sign in' }).click()
    await expect(newcomer).toHaveURL(/\/en\/manage$/)
    await other.close()
  })
})

// The browser tests' accounts, created by scripts/e2e.ts (E2E_ADMIN_* / E2E_EDITOR_*, random passwords),
// and a signed-in page for each.
import { expect, type Browser, type Page } from '@playwright/test'

export type Role = 'ADMIN' | 'EDITOR'

export function account(role: Role) {
  const email = process.env[`E2E_${role}_EMAIL`]
  const password = process.env[`E2E_${role}_PASSWORD`]
  if (!email || !password)
    throw new Error(`E2E_${role}_EMAIL / E2E_${role}_PASSWORD are not set: run the browser tests with npm run test:e2e`)
  return { email, password }
}

/** A new Spanish browser context signed in as `role`, on the workspace's home. */
export async function signedInPage(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-ES' })
  const page = await context.newPage()
  const { email, password } = account(role)
  await page.goto('/es/acceso')
  await page.getByLabel('Correo electrónico').fill(email)
  await page.getByLabel('Contraseña').fill(password)
  await page.getByRole('button', { name: 'Entrar' }).click()
  // The first sign-in on a freshly started server is slow (password hash, cold routes).
  await expect(page).toHaveURL(/\/es\/gestion$/, { timeout: 30_000 })
  return page
}

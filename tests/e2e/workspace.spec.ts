// The secretariat's editing workflow in the browser (issue 6): an editor creates a practice with an XSS
// payload and submits it; an admin reviews the diff and publishes; the public page shows the payload as
// text and runs no script; a stale save shows the conflict screen with the editor's input kept.
// Accounts come from scripts/e2e.ts (E2E_ADMIN_* / E2E_EDITOR_*, random passwords).
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { signedInPage } from './support/accounts'

const marker = `xss${Date.now().toString(36)}`
const TITLE = `<script>window.__xss = 1</script><img src=x onerror="window.__xss=1"> Práctica ${marker}`
const SUMMARY = `Resumen con <img src=x onerror=alert(1)> y <b onmouseover=alert(1)>HTML</b>.`
const BODY = `Un [enlace malicioso](javascript:window.__xss=1) y <script>alert(1)</script>.\n\n- **negrita** y un [enlace bueno](https://example.org)`

// The editor page holds every actor, objective and session checkbox: axe needs time on a small machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.describe('editing workflow', () => {
  let practicePath = ''

  test('an editor creates a practice with an XSS payload and submits it for review', async ({ browser }) => {
    const page = await signedInPage(browser, 'EDITOR')
    await page.goto('/es/gestion/practicas/nueva')
    await expect(page.getByRole('heading', { level: 1, name: 'Nueva práctica' })).toBeVisible()
    await expectNoAxeViolations(page)

    // Validation: errors next to their fields, nothing typed is lost.
    await page.getByLabel('Título (inglés)').fill('Only English so far')
    await page.getByRole('button', { name: 'Crear la práctica' }).click()
    await expect(page.getByText('Este campo es obligatorio.').first()).toBeVisible()
    const titleEs = page.getByLabel('Título (español)')
    await expect(titleEs).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Título (inglés)')).toHaveValue('Only English so far')

    await titleEs.fill(TITLE)
    await page.getByLabel('Resumen (español)').fill(SUMMARY)
    await page.locator('textarea[name="bodyEs"]').fill(BODY)
    // The preview renders Markdown, never HTML, and drops unsafe links.
    await page.getByRole('tab', { name: 'Vista previa' }).first().click()
    const preview = page.getByRole('tabpanel').filter({ hasText: 'enlace bueno' })
    await expect(preview.getByRole('link', { name: 'enlace bueno' })).toHaveAttribute('rel', 'noopener nofollow')
    await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0)
    await expect(preview).toContainText('<script>alert(1)</script>')
    await expect(preview.locator('strong')).toHaveText('negrita')
    await page.getByRole('tab', { name: 'Escribir' }).first().click()
    await page.getByLabel('Filtrar la lista').first().fill('mexico')
    await page
      .getByRole('checkbox', { name: /México/ })
      .first()
      .check()

    await page.getByRole('button', { name: 'Crear la práctica' }).click()
    await expect(page).toHaveURL(/\/es\/gestion\/practicas\/\d+$/)
    practicePath = new URL(page.url()).pathname
    await expect(page.getByRole('heading', { level: 1 })).toContainText(marker)
    await page.getByRole('button', { name: 'Enviar a revisión' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Enviada a revisión.' })).toBeVisible()
    // Editors cannot publish.
    await expect(page.getByRole('button', { name: 'Publicar' })).toHaveCount(0)
    await page.context().close()
  })

  test('an admin sees the diff and publishes; the public page shows the payload as text and runs no script', async ({
    browser,
  }) => {
    expect(practicePath).not.toBe('')
    const admin = await signedInPage(browser, 'ADMIN')
    await admin.goto(practicePath)
    const review = admin.getByTestId('review-diff')
    await expect(review).toContainText('Esta práctica nunca se ha publicado')
    await expect(review).toContainText(`<script>window.__xss = 1</script>`)
    await expect(review).toContainText('México')
    await admin.getByRole('button', { name: 'Publicar' }).click()
    await expect(admin.getByRole('status').filter({ hasText: 'Publicada.' })).toBeVisible()
    const publicLink = admin.getByRole('link', { name: 'Ver la página pública' })
    await expect(publicLink).toBeVisible()
    const publicPath = await publicLink.getAttribute('href')
    expect(publicPath).toMatch(/^\/es\/practicas\/[a-z0-9-]+$/)
    await admin.context().close()

    const visitorContext = await browser.newContext({ locale: 'es-ES' })
    const visitor = await visitorContext.newPage()
    const dialogs: string[] = []
    visitor.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await visitor.goto(publicPath ?? '')
    await expect(visitor.getByRole('heading', { level: 1 })).toContainText('<script>window.__xss = 1</script>')
    await expect(visitor.locator('main')).toContainText('<img src=x onerror=alert(1)>')
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    await expect(visitor.locator('main img[src="x"]')).toHaveCount(0)
    await expect(visitor.locator('a[href^="javascript"]')).toHaveCount(0)
    expect(dialogs).toEqual([])
    await visitorContext.close()
  })

  test('a stale save shows the conflict screen with a diff and keeps the editor’s input', async ({ browser }) => {
    expect(practicePath).not.toBe('')
    const editor = await signedInPage(browser, 'EDITOR')
    const admin = await signedInPage(browser, 'ADMIN')
    await editor.goto(practicePath)
    await admin.goto(practicePath)

    // The admin saves first.
    await admin.getByLabel('Resumen (inglés)').fill('Summary written by the admin.')
    await admin.getByRole('button', { name: 'Guardar', exact: true }).click()
    await expect(admin.getByRole('status').filter({ hasText: 'Cambios guardados' })).toBeVisible()

    // The editor, still on the version they loaded, saves too.
    await editor.getByLabel('Resumen (inglés)').fill('Summary written by the editor.')
    await editor.getByRole('button', { name: 'Guardar', exact: true }).click()
    const conflict = editor.getByTestId('conflict')
    await expect(conflict).toBeVisible()
    await expect(conflict.getByRole('heading', { name: 'Conflicto de edición' })).toBeVisible()
    await expect(conflict).toContainText('Summary written by the admin.')
    await expect(conflict).toContainText('Usted también cambió: Resumen (inglés)')
    await expect(editor.getByLabel('Resumen (inglés)')).toHaveValue('Summary written by the editor.')
    await expectNoAxeViolations(editor)

    // Saving over the other version, knowingly, goes through.
    await conflict.getByRole('button', { name: 'Guardar mi versión encima de la suya' }).click()
    await expect(editor.getByRole('status').filter({ hasText: 'Cambios guardados' })).toBeVisible()
    await expect(editor.getByTestId('conflict')).toHaveCount(0)
    await editor.context().close()
    await admin.context().close()
  })
})

test('the workspace table lists drafts for signed-in users only', async ({ browser, page }) => {
  test.setTimeout(120_000)
  await page.goto('/es/gestion/practicas')
  await expect(page).toHaveURL(/\/es\/acceso/)
  const editor = await signedInPage(browser, 'EDITOR')
  await editor.goto('/es/gestion/practicas?status=DRAFT')
  await expect(editor.getByRole('heading', { level: 1, name: 'Prácticas' })).toBeVisible()
  await expectNoAxeViolations(editor)
  await editor.setViewportSize({ width: 360, height: 800 })
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await editor.context().close()
})

// The workspace list pages with the site's one pager (components/ui/pagination.tsx): the nav keeps its
// name, "Siguiente" / "Anterior" keep theirs, the links keep the list's own parameters, and the current
// page is the link named "Página n de m" (issue 14). The seed alone holds more than one page of practices.
test('the workspace list pages with the shared pager and keeps its sort in the links', async ({ browser }) => {
  test.setTimeout(120_000)
  const editor = await signedInPage(browser, 'EDITOR')
  await editor.goto('/es/gestion/practicas?sort=title')
  const pager = editor.getByRole('navigation', { name: 'Páginas de resultados' })
  await expect(pager.getByRole('link', { name: /^Página 1 de \d+$/ })).toHaveAttribute('aria-current', 'page')
  await pager.getByRole('link', { name: 'Siguiente' }).click()
  await expect(editor).toHaveURL(/\/es\/gestion\/practicas\?(?=.*sort=title)(?=.*page=2)/)
  await expect(pager.getByRole('link', { name: /^Página 2 de \d+$/ })).toHaveAttribute('aria-current', 'page')
  await expect(pager.getByRole('link', { name: 'Anterior' })).toHaveAttribute(
    'href',
    '/es/gestion/practicas?sort=title',
  )
  await editor.context().close()
})

test('an admin opens the import from the workspace menu and checks a file of more than 1 MB', async ({ browser }) => {
  const page = await signedInPage(browser, 'ADMIN')
  await page
    .getByRole('navigation', { name: 'Secciones de la gestión' })
    .getByRole('link', { name: 'Importar' })
    .click()
  await expect(page).toHaveURL(/\/es\/gestion\/importar$/)

  // The open-data export, padded with JSON whitespace past the server actions' default 1 MB limit.
  const exported = await (await page.request.get('/api/v1/export/practices.json')).text()
  const size = 1_300_000
  expect(Buffer.byteLength(exported)).toBeLessThan(size)
  const file = Buffer.from(exported + ' '.repeat(size - Buffer.byteLength(exported)))
  await page
    .getByLabel('Archivo (CSV o JSON, máximo 2 MB)')
    .setInputFiles({ name: 'practicas.json', mimeType: 'application/json', buffer: file })
  await page.getByRole('button', { name: 'Comprobar el archivo' }).click()
  await expect(page.getByRole('heading', { name: 'Resultado de la comprobación' })).toBeVisible({ timeout: 30_000 })
  // Every exported practice comes back unchanged (the round trip is lossless).
  await expect(page.getByText('El archivo no cambia nada.')).toBeVisible()
  await page.context().close()
})

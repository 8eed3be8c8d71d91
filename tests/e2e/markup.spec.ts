// Markup checks (issue 13): the sign-in pages are valid HTML (the Nu Html Checker, vnu), every URL the
// sitemap lists answers 200 itself (no redirects), and the portal has its icons and Open Graph image.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

const VNU_JAR = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

/** vnu's errors for one HTML document (it needs Java: `apt-get install -y default-jre-headless`). */
function vnuErrors(html: string): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vnu-'))
  try {
    const file = path.join(dir, 'page.html')
    writeFileSync(file, html)
    let output = ''
    try {
      execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? '')
      if (!output.trim().startsWith('{')) throw error
    }
    if (!output) return []
    const { messages } = JSON.parse(output) as { messages: { type: string; message: string; extract?: string }[] }
    return messages.filter((m) => m.type === 'error').map((m) => `${m.message} ${m.extract ?? ''}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test.describe('markup', () => {
  for (const path of ['/es/acceso', '/en/sign-in']) {
    test(`${path} is valid HTML`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(vnuErrors(await response.text())).toEqual([])
    })
  }

  test('every sitemap URL is final: it answers 200, not a redirect', async ({ request, baseURL }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    expect(urls.length).toBeGreaterThan(100)
    // One URL of each kind of page (static pages in full), in both languages.
    const kinds = new Map<string, string>()
    for (const url of urls)
      kinds.set(url.split('/').slice(0, 3).join('/') + (url.split('/').length > 3 ? '/*' : ''), url)
    for (const url of kinds.values()) {
      const response = await request.get(new URL(url, baseURL).toString(), { maxRedirects: 0 })
      expect(response.status(), url).toBe(200)
    }
    expect(urls).not.toContain('/es/organizaciones')
    expect(urls).not.toContain('/en/organizations')
  })

  test('a practice nobody edited has the report date as its sitemap lastmod', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    const entry = xml.split('<url>').find((block) => block.includes('/es/practicas/grupo-beta-proteccion-migrantes<'))
    expect(entry).toMatch(/<lastmod>2023-09-28/)
  })

  test('icons and the Open Graph image are served and announced', async ({ page, request }) => {
    for (const [file, type] of [
      ['/favicon.ico', /image\/(x-icon|vnd\.microsoft\.icon)/],
      ['/icon.svg', /image\/svg\+xml/],
      ['/apple-touch-icon.png', /image\/png/],
      ['/og-image.png', /image\/png/],
    ] as const) {
      const response = await request.get(file)
      expect(response.status(), file).toBe(200)
      expect(response.headers()['content-type'], file).toMatch(type)
    }
    await page.goto('/es/comunicado')
    await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og-image\.png$/)
  })

  test('a long practice title is cut in <title> and whole in the h1; page 2 is its own canonical', async ({ page }) => {
    await page.goto('/es/practicas/protocolo-menores-proteccion-internacional')
    expect((await page.title()).length).toBeLessThanOrEqual(70)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'sean solicitantes de la condición de refugiados, refugiadas o apátridas',
    )
    await page.goto('/es/practicas?page=2')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/es\/practicas\?page=2$/)
  })
})

// Renders the portal's mark (public/icon.svg) into the raster files browsers and link previews ask for:
// favicon.ico (16, 32 and 48 px PNGs in one ICO), apple-touch-icon.png, icon-192.png, icon-512.png and
// the Open Graph image og-image.png (1200×630). Uses the system Chromium through Playwright; run it after
// changing the mark: `npx tsx scripts/render-icons.ts`. The outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

const PUBLIC = path.join(process.cwd(), 'public')
const svg = readFileSync(path.join(PUBLIC, 'icon.svg'), 'utf8')

/** An ICO file holding PNG images (allowed since Windows Vista; every current browser reads it). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)])
}

const OG_HTML = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#eff5fc;
  font-family:'DejaVu Sans',Arial,sans-serif;color:#0e2d54;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:32px">
    <div style="width:140px;height:140px">${svg.replace('<svg ', '<svg width="140" height="140" ')}</div>
    <div style="font-size:40px;font-weight:700;line-height:1.2">Portal de buenas prácticas de la CRM<br>
      <span style="font-weight:400;color:#194e91">RCM Good Practice Portal</span></div>
  </div>
  <div style="font-size:34px;line-height:1.35">I Foro Regional de Países Precursores de las Américas<br>
    <span style="color:#194e91">Panamá, 27–28 de septiembre de 2023</span></div>
</div></body></html>`

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const page = await browser.newPage()
    const square = async (size: number) => {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<!doctype html><html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      )
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    }
    writeFileSync(
      path.join(PUBLIC, 'favicon.ico'),
      ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await square(size) })))),
    )
    for (const [name, size] of [
      ['apple-touch-icon.png', 180],
      ['icon-192.png', 192],
      ['icon-512.png', 512],
    ] as const) {
      writeFileSync(path.join(PUBLIC, name), await square(size))
    }
    await page.setViewportSize({ width: 1200, height: 630 })
    await page.setContent(OG_HTML)
    writeFileSync(
      path.join(PUBLIC, 'og-image.png'),
      await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 } }),
    )
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

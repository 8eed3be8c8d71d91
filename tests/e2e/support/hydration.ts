import type { Page } from '@playwright/test'

/**
 * Waits until Next's app router has started in the page. On start it records its state with
 * history.replaceState, and in Chromium that same-document navigation cancels a link navigation still
 * in flight: a click on a plain link just before it is lost (the page stays where it was). A user on a
 * slow device can meet this too; a test must not depend on winning that race.
 */
export async function afterHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.history.state as { __NA?: boolean } | null)?.__NA === true)
}

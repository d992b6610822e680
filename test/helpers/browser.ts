import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/** For `t.test(name, { skip: browserMissing }, ...)`: false when Chromium is installed. */
export const browserMissing: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install -y chromium)`

/**
 * Pages are loaded from this host name, mapped to 127.0.0.1 inside the browser: unlike localhost
 * it is not a secure context, so the page meets the same policies as on a real plain-HTTP host.
 */
export const PAGE_HOST = 'bb.test'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

/** Headless Chromium, closed when the test ends. */
export async function launchBrowser(t: Teardown): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP ${PAGE_HOST} 127.0.0.1`,
    ],
  })
  t.teardown(() => browser.close())
  return browser
}

/** The page's address on PAGE_HOST for a server listening on 127.0.0.1. */
export function pageUrl(listening: string, pathname: string): string {
  return `http://${PAGE_HOST}:${new URL(listening).port}${pathname}`
}

/** Console errors and warnings, page errors and failed requests (CSP violations among them), as they happen. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('requestfailed', (request) => problems.push(`failed ${request.url()}`))
  return problems
}

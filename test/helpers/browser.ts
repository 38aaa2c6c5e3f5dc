import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own download is not used. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    executablePath: CHROMIUM,
    headless: true,
  })

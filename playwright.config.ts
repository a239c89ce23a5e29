/**
 * End-to-end tests against the built site (out/), served by our static server with out/_headers.
 * Browser: $PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * browser (on a laptop: `npx playwright install chromium`). PLAYWRIGHT_BUNDLED=1 forces the latter.
 */
import fs from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { HOST_ORIGIN, HOST_PORT, SITE_ORIGIN, SITE_PORT } from './tests/helpers/origins'

function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_BUNDLED === '1') return undefined
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

const executablePath = chromiumPath()
// Without these, Chromium tries to reach Google's services at start, which this closed network refuses.
const quietFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores here: the server, the browser and the test process share them.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: SITE_ORIGIN,
    // Traces cost seconds per test; turn them on when debugging: npx playwright test --trace on
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: executablePath ? { executablePath, args: quietFlags } : {},
  },
  webServer: [
    {
      command: `tsx scripts/serve-static.ts out ${SITE_PORT} 127.0.0.1`,
      url: `${SITE_ORIGIN}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // A second origin (another site) for pages that embed ours, like an NGO's website.
      command: `tsx scripts/serve-static.ts tests/fixtures/hosts ${HOST_PORT} 127.0.0.1`,
      url: `${HOST_ORIGIN}/plain.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
})

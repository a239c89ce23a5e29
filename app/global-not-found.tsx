import type { Metadata } from 'next'
import { SiteShell } from '@/components/layout/site-shell'
import { homeUrl, helpUrl } from '@/lib/routes'
import '@/styles/site.css'
import '@/styles/content.css'

export const metadata: Metadata = { title: 'Page not found | Plainly' }

/** The 404 page for any unknown address (two root layouts need a global one). */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteShell>
          <h1>Sorry, we cannot find that page</h1>
          <p className="lead">The link may be old, or the address may have a typo.</p>
          <ul>
            <li>
              If you need help now, go to <a href={helpUrl()}>Get help</a>.
            </li>
            <li>
              Or start again from the <a href={homeUrl()}>home page</a>.
            </li>
          </ul>
        </SiteShell>
      </body>
    </html>
  )
}

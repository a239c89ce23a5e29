import type { Metadata } from 'next'
import { JsonData } from '@/components/page/json-data'
import { EmbedBuilder } from '@/components/embed/embed-builder'
import { getEmbeddablePages } from '@/lib/content/pages'
import { EMBED_OPTIONS } from '@/lib/embed/protocol'
import { snippetHtml } from '@/lib/embed/snippet'
import { absoluteUrl, oembedUrl, sitePageUrl } from '@/lib/routes'
import { SITE_URL } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Put our pages on your website',
  description: 'For NGOs: embed any Plainly page on your site. Free, always up to date, with citations, and no tracking.',
}

/** Tokens the partner script replaces; the snippet itself is built only in lib/embed/snippet.ts. */
const TEMPLATE = snippetHtml({ title: '__TITLE__', slug: '__SLUG__', locale: 'en' }, { query: '__QUERY__' })

export default function PartnerPage() {
  const pages = getEmbeddablePages().filter((p) => p.locale === 'en')
  const first = pages[0]!
  return (
    <>
      <h1>Put our pages on your website</h1>
      <p className="lead">Any group may show Plainly pages on its own website, free. The page stays up to date by itself, keeps its sources and our name, and tracks nobody.</p>

      <h2 id="builder">1. Choose a page and how it looks</h2>
      <EmbedBuilder pages={pages.map((p) => ({ slug: p.slug, title: p.title }))} options={EMBED_OPTIONS} defaultSnippet={snippetHtml(first)} />
      <JsonData id="embed-data" data={{ template: TEMPLATE, site: SITE_URL }} />

      <h2 id="steps">2. Add it to your site</h2>
      <h3>Plain HTML</h3>
      <p>Paste the code where the page should appear. The last line (the script) is optional: with it, the frame grows to fit the page; without it, the frame keeps a fixed height and scrolls.</p>
      <h3>WordPress</h3>
      <ul>
        <li>
          Easiest: paste the page’s address (for example <code>{absoluteUrl(first.url)}</code>) on a line of its own, or into an Embed block. WordPress finds our oEmbed data (<code>{absoluteUrl(oembedUrl('en', first.slug))}</code>) and shows the page. WordPress limits such frames to 1000 pixels high; the frame scrolls if the page is longer.
        </li>
        <li>Or, if you may add HTML (administrators can), use a Custom HTML block with the code above.</li>
      </ul>
      <h3>Ghost</h3>
      <p>Paste the page’s address into the editor for an embed card, or use an HTML card with the code above.</p>
      <h3>Drupal</h3>
      <p>Use the code above in a text format that allows iframes (for example “Full HTML”) or in a custom block. Pasting the address needs an oEmbed module.</p>
      <h3>Wix and Squarespace</h3>
      <p>Use the iframe line only (without the script) in an “Embed HTML” or code block, and set the block’s height to about 1000 pixels. We have not tested these builders ourselves.</p>

      <h2 id="terms">3. Terms</h2>
      <ul>
        <li>Show the page unchanged. Do not crop, cover or hide the sources or our name.</li>
        <li>Do not suggest that Plainly endorses your organisation, and do not put the page behind a paywall or next to ads that suggest sponsorship.</li>
        <li>
          Our text is under the CC BY 4.0 licence (see <a href={`${sitePageUrl('en', 'about')}#licence`}>Licence</a>). If you adapt it rather than embed it, say so, and do not change numbers, doses or risks.
        </li>
        <li>We may retire a page. Its embed will then say so and point to a newer page, never go blank.</li>
      </ul>

      <h2 id="privacy-promise">4. Our privacy promise to your visitors</h2>
      <ul>
        <li>No cookies and no storage: the frame is sandboxed, so it cannot keep anything on your visitors’ devices.</li>
        <li>No analytics and no requests to any other company: fonts are your visitor’s own, styles are built in.</li>
        <li>No referrer: the code tells browsers not to tell us which of your pages shows ours, and our server asks the same of every link out.</li>
        <li>The optional resize script only reads the frame’s height. It reads nothing else on your page and stores nothing.</li>
      </ul>
      <p>
        Open data: every page is also available as JSON with its claims and sources at <code>{SITE_URL}/api/v1/pages.json</code>.
      </p>
    </>
  )
}

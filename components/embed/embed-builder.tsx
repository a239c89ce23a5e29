import type { EMBED_OPTIONS } from '@/lib/embed/protocol'
import { PARTNER_SCRIPT_URL, RESIZE_SCRIPT_URL, embedUrl } from '@/lib/routes'
import { FALLBACK_HEIGHT, embedTitle } from '@/lib/embed/snippet'

export interface EmbedBuilderProps {
  pages: { slug: string; title: string }[]
  options: typeof EMBED_OPTIONS
  /** The code for the first page with default options: what readers without JavaScript copy. */
  defaultSnippet: string
}

const TEXT_SIZES = ['0.875', '1', '1.125', '1.25', '1.5']

/**
 * Choose a page and options, see it live, copy the code. The form works as a progressive
 * enhancement (public/embed/partner.js); without JavaScript the default code is shown, with a
 * list of page addresses to swap in.
 */
export function EmbedBuilder({ pages, options, defaultSnippet }: EmbedBuilderProps) {
  const first = pages[0]!
  return (
    <div className="embed-builder">
      <form id="eb-form" className="eb-form">
        <p>
          <label htmlFor="eb-page">Page</label>
          <select id="eb-page" name="page" defaultValue={first.slug}>
            {pages.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.title}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>Colours</legend>
          {options.theme.values.map((t) => (
            <label key={t} className="eb-choice">
              <input type="radio" name="theme" value={t} defaultChecked={t === options.theme.default} /> {t === 'auto' ? 'Automatic (follows the reader)' : t === 'dark' ? 'Dark' : 'Light'}
            </label>
          ))}
        </fieldset>
        <p>
          <label htmlFor="eb-fs">Text size</label>
          <select id="eb-fs" name="fs" defaultValue="1">
            {TEXT_SIZES.map((v) => (
              <option key={v} value={v}>
                {v === '1' ? 'Normal' : `${Math.round(Number(v) * 100)}%`}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="eb-hl">First heading level on your page</label>
          <select id="eb-hl" name="hl" defaultValue={String(options.hl.default)}>
            {[1, 2, 3].map((v) => (
              <option key={v} value={v}>{`h${v}`}</option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="eb-accent">Link colour (optional, like #0b57a4)</label>
          <input id="eb-accent" name="accent" type="text" inputMode="text" autoComplete="off" spellCheck={false} pattern={options.accent.pattern} size={9} />
        </p>
        <label className="eb-choice">
          <input type="checkbox" name="compact" value="1" /> Leave out the summary
        </label>
        <label className="eb-choice">
          <input type="checkbox" name="script" value="1" defaultChecked /> Resize the frame to fit (adds a small script)
        </label>
        <p>
          <button type="submit" className="button">
            Show the code
          </button>
        </p>
      </form>
      <p className="eb-nojs" id="eb-nojs">
        Without JavaScript the options above cannot change the code. The code below shows “{first.title}”. For another page, change <code>{first.slug}</code> in the address to one of these:{' '}
        {pages.map((p) => p.slug).join(', ')}.
      </p>
      <h3 id="eb-preview-h">Preview</h3>
      <iframe
        id="eb-preview"
        className="eb-preview"
        src={embedUrl('en', first.slug)}
        title={embedTitle(first)}
        height={FALLBACK_HEIGHT}
        loading="lazy"
        referrerPolicy="no-referrer"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
        data-plainly-embed=""
      />
      <h3 id="eb-code-h">Your code</h3>
      {/* Focusable so keyboard users can scroll long lines (axe: scrollable-region-focusable). */}
      <pre className="snippet" tabIndex={0} aria-labelledby="eb-code-h">
        <code id="eb-snippet">{defaultSnippet}</code>
      </pre>
      <p>
        <button type="button" id="eb-copy" className="button" hidden>
          Copy the code
        </button>{' '}
        <span id="eb-status" role="status" aria-live="polite" />
      </p>
      {/* Our own script files: the post-build step keeps only those listed in lib/build/own-code.ts. */}
      <script src={RESIZE_SCRIPT_URL} defer />
      <script src={PARTNER_SCRIPT_URL} defer />
    </div>
  )
}

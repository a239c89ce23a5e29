import type { Locale } from '@/lib/model/taxonomy'
import { messages } from '@/lib/i18n'
import type { EMBED_OPTIONS } from '@/lib/embed/protocol'
import { PARTNER_SCRIPT_URL, RESIZE_SCRIPT_URL, embedUrl } from '@/lib/routes'
import { FALLBACK_HEIGHT, embedTitle } from '@/lib/embed/snippet'
import { Rich } from '@/components/ui/rich'

export interface EmbedBuilderProps {
  locale: Locale
  pages: { slug: string; title: string }[]
  options: typeof EMBED_OPTIONS
  /** The code for the first page with default options: what readers without JavaScript copy. */
  defaultSnippet: string
}

/** Whole numbers from min to max: the heading levels an embed may start at. */
const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i)

/**
 * Choose a page and options, see it live, copy the code. The form works as a progressive
 * enhancement (public/embed/partner.js); without JavaScript the default code is shown, with a
 * list of page addresses to swap in. Every choice, limit and default comes from lib/embed/protocol.ts.
 */
export function EmbedBuilder({ locale, pages, options, defaultSnippet }: EmbedBuilderProps) {
  const m = messages(locale).builder
  const first = pages[0]!
  return (
    <div className="embed-builder">
      <form id="eb-form" className="eb-form">
        <p>
          <label htmlFor="eb-page">{m.page}</label>
          <select id="eb-page" name="page" defaultValue={first.slug}>
            {pages.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.title}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>{m.colours}</legend>
          {options.theme.values.map((theme) => (
            <label key={theme} className="eb-choice">
              <input type="radio" name="theme" value={theme} defaultChecked={theme === options.theme.default} />{' '}
              {m.themes[theme]}
            </label>
          ))}
        </fieldset>
        <p>
          <label htmlFor="eb-fs">{m.textSize}</label>
          <select id="eb-fs" name="fs" defaultValue={String(options.fs.default)}>
            {options.fs.choices.map((v) => (
              <option key={v} value={String(v)}>
                {v === options.fs.default ? m.normalSize : `${Math.round(v * 100)}%`}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="eb-hl">{m.headingLevel}</label>
          <select id="eb-hl" name="hl" defaultValue={String(options.hl.default)}>
            {range(options.hl.min, options.hl.max).map((v) => (
              <option key={v} value={v}>{`h${v}`}</option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="eb-accent">{m.accent}</label>
          <input
            id="eb-accent"
            name="accent"
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            pattern={options.accent.pattern}
            size={9}
          />
        </p>
        <label className="eb-choice">
          <input type="checkbox" name="compact" value={options.compact.values[0]} /> {m.compact}
        </label>
        <label className="eb-choice">
          <input type="checkbox" name="script" value="1" defaultChecked /> {m.script}
        </label>
        <p>
          <button type="submit" className="button">
            {m.show}
          </button>
        </p>
      </form>
      <p className="eb-nojs" id="eb-nojs">
        <Rich
          text={m.noJs}
          values={{ title: first.title, slug: <code>{first.slug}</code>, slugs: pages.map((p) => p.slug).join(', ') }}
        />
      </p>
      <h3 id="eb-preview-h">{m.preview}</h3>
      <iframe
        id="eb-preview"
        className="eb-preview"
        src={embedUrl(locale, first.slug)}
        title={embedTitle({ title: first.title, locale })}
        height={FALLBACK_HEIGHT}
        loading="lazy"
        referrerPolicy="no-referrer"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
        data-plainly-embed=""
      />
      <h3 id="eb-code-h">{m.code}</h3>
      {/* Focusable so keyboard users can scroll long lines (axe: scrollable-region-focusable). */}
      <pre className="snippet" tabIndex={0} aria-labelledby="eb-code-h">
        <code id="eb-snippet">{defaultSnippet}</code>
      </pre>
      <p>
        <button type="button" id="eb-copy" className="button" hidden>
          {m.copy}
        </button>{' '}
        <span id="eb-status" role="status" aria-live="polite" />
      </p>
      {/* Our own script files: the post-build step keeps only those listed in lib/build/own-code.ts. */}
      <script src={RESIZE_SCRIPT_URL} defer />
      <script src={PARTNER_SCRIPT_URL} defer />
    </div>
  )
}

/**
 * What public/embed/partner.js needs, as a JSON data block: the snippet template, where previews
 * live, the options with their defaults and pattern, and its three status messages. The script
 * holds none of these itself, so the form and the script cannot disagree with the protocol.
 */
export function partnerScriptData(locale: Locale, options: typeof EMBED_OPTIONS, template: string) {
  const m = messages(locale).builder
  return {
    template,
    preview: embedUrl(locale, '__SLUG__'),
    title: embedTitle({ title: '__TITLE__', locale }),
    options,
    messages: { copied: m.copied, copyFailed: m.copyFailed, selected: m.selected },
  }
}

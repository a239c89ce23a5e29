/**
 * The code the project ships from source: the only inline scripts, inline styles and script
 * files the post-build step lets a page keep (lib/build/audit.ts). Anything else on a page (a
 * `<script>` in content, a stranger's stylesheet) fails the build instead of being hashed into
 * the CSP: content can never widen the policy that protects readers and NGOs' sites (issue 12).
 *
 * To ship a new script: put it in this repository, render it from a component, and list its
 * bytes or its file here with the route kinds that may carry it.
 */
import { embedChildCode, embedCss } from '../embed/inline-code'
import {
  PARTNER_SCRIPT_URL,
  RESIZE_SCRIPT_URL,
  SAFETY_SCRIPT_URL,
  SEARCH_SCRIPT_URL,
  SITE_PAGE_KINDS,
  type RouteKind,
} from '../routes'

export interface OwnInline {
  /** Where it comes from, for messages. */
  name: string
  /** The CSP of the pages that may carry it (lib/headers/policy.ts), which its hash joins. */
  csp: 'embed' | 'site'
  body: string
}
export interface OwnScriptFile {
  name: string
  /** Route kinds whose pages may load it. */
  kinds: RouteKind[]
  src: string
}

export interface OwnCode {
  inlineScripts: OwnInline[]
  inlineStyles: OwnInline[]
  scriptFiles: OwnScriptFile[]
}

/**
 * `siteCss` is the site stylesheet as the post-build step inlines it (lib/build/inline-css.ts):
 * Next compiles styles/site.css and styles/content.css into it, and content cannot reach it.
 */
export function ownCode(root: string, siteCss: string[]): OwnCode {
  return {
    inlineScripts: [
      {
        name: 'lib/embed/child-script.js (components/embed/embed-script.tsx)',
        csp: 'embed',
        body: embedChildCode(root),
      },
    ],
    inlineStyles: [
      {
        name: 'styles/embed.css + styles/content.css (components/embed/embed-styles.tsx)',
        csp: 'embed',
        body: embedCss(root),
      },
      ...siteCss.map((body) => ({
        name: 'the site stylesheet (styles/site.css + styles/content.css, inlined)',
        csp: 'site' as const,
        body,
      })),
    ],
    scriptFiles: [
      { name: 'public/embed/v1/resize.js', kinds: ['embed-partner'], src: RESIZE_SCRIPT_URL },
      { name: 'public/embed/partner.js', kinds: ['embed-partner'], src: PARTNER_SCRIPT_URL },
      { name: 'public/search.js (loads Pagefind from /pagefind/)', kinds: ['search'], src: SEARCH_SCRIPT_URL },
      {
        name: 'public/safety.js (quick exit, offline emergency pages)',
        kinds: [...SITE_PAGE_KINDS],
        src: SAFETY_SCRIPT_URL,
      },
    ],
  }
}

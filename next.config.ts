import os from 'node:os'
import type { NextConfig } from 'next'
import { pageExtensions, translatedLocalesOnDisk } from './lib/i18n/content-locales'

/**
 * Static export only: every page is plain HTML in out/. Response headers cannot be set here for an
 * export (Next ignores headers() with output: 'export'); they come from lib/headers/policy.ts via
 * out/_headers, written by scripts/postbuild.ts.
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // The translated locales' routes (app/(site-intl)/[locale], files *.intl.tsx) exist only while a
  // translated locale has content: a static export refuses a dynamic route that generates no page.
  pageExtensions: pageExtensions(translatedLocalesOnDisk()),
  experimental: {
    // Several root layouts (site, translated site, embed) need a global 404 (see app/global-not-found.tsx).
    globalNotFound: true,
    // Render pages in as many workers as there are cores (Next's default leaves one idle):
    // on 2 cores this cut static generation of 2,000+ pages from 93 s to 58 s (npm run bench:build).
    cpus: Math.max(2, os.availableParallelism()),
  },
}

export default nextConfig

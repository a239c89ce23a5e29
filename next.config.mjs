import os from 'node:os'

/**
 * Static export only: every page is plain HTML in out/. Response headers cannot be set here for an
 * export (Next ignores headers() with output: 'export'); they come from lib/headers/policy.ts via
 * out/_headers, written by scripts/postbuild.ts.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Two root layouts (site and embed) need a global 404 (see app/global-not-found.tsx).
    globalNotFound: true,
    // Render pages in as many workers as there are cores (Next's default leaves one idle):
    // on 2 cores this cut static generation of 2,000+ pages from 93 s to 58 s (npm run bench:build).
    cpus: Math.max(2, os.availableParallelism()),
  },
}

export default nextConfig

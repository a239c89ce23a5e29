/**
 * Static export only: every page is plain HTML in out/. Response headers cannot be set here for an
 * export (Next ignores headers() with output: 'export'); they come from lib/headers.ts via out/_headers.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Two root layouts (site and embed) need a global 404 (see app/global-not-found.tsx).
  experimental: { globalNotFound: true },
}

export default nextConfig

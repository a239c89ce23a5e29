// Lint: TypeScript rules, React and accessibility (jsx-a11y) via Next's flat config.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // We never use next/link or next/image: pages ship no client router (docs/architecture.md).
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
    },
  },
  {
    ignores: [
      '.next/',
      'out/',
      '.contentlayer/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
      'vendor/',
      // WordPress's own script, kept byte for byte (tests/fixtures/hosts/vendor/wordpress/README.md).
      'tests/fixtures/hosts/vendor/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
]

export default config

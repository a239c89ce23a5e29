import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { headerProblems } from '../../lib/headers/check'
import { parseHeadersFile } from '../../lib/headers/headers-file'
import { routeClasses, toHeaderRules } from '../../lib/headers/policy'

const hashes = { siteScripts: [], siteStyles: ['sha256-abc'], embedScripts: ['sha256-s'], embedStyles: ['sha256-t'] }
const paths = [
  '/',
  '/topics/a/',
  '/topics/a/index.html',
  '/embed/',
  '/embed/v1/a/',
  '/embed/v1/resize.js',
  '/oembed/a.json',
  '/api/v1/pages.json',
  '/_next/static/x.css',
  '/icon.svg',
  '/404.html',
  '/search/',
  '/ko/search/',
  '/search.js',
  '/pagefind/pagefind.js',
  '/safety.js',
  '/sw.js',
]
const policyRules = () =>
  toHeaderRules(
    routeClasses(hashes, ['/index.html', '/topics/a/index.html', '/embed/index.html', '/icon.svg', '/404.html']),
  )
const cspOn = (rules: ReturnType<typeof policyRules>, path: string) =>
  rules.find((r) => r.pattern === path)?.headers.find(([k]) => k === 'Content-Security-Policy')?.[1] ?? ''

describe('header check', () => {
  it('passes the headers lib/headers/policy.ts writes', () => {
    assert.deepEqual(headerProblems(policyRules(), paths), [])
  })
  it('fails a service worker that a cache may keep, or that may fetch from other sites', () => {
    const rules = policyRules().map((r) =>
      r.pattern === '/sw.js'
        ? {
            ...r,
            headers: r.headers.map(([k, v]): [string, string] => [
              k,
              k === 'Cache-Control' ? 'public, max-age=86400' : v.replace("connect-src 'self'", 'connect-src *'),
            ]),
          }
        : r,
    )
    assert.deepEqual(headerProblems(rules, ['/sw.js']), [
      '/sw.js: a service worker without Cache-Control: no-cache',
      '/sw.js: a service worker that may fetch from other sites',
    ])
  })
  it('fails a catch-all CSP that overlaps the embed rule (two policies on one response)', () => {
    const bad = [
      ...policyRules(),
      ...parseHeadersFile("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n"),
    ]
    const problems = headerProblems(bad, paths)
    assert.ok(problems.includes('/embed/v1/a/: 2 Content-Security-Policies'), problems.join('\n'))
  })
  it('fails an embed that cannot be framed, and a page that can', () => {
    const rules = policyRules().map((r) => ({
      ...r,
      headers: r.headers.map(([k, v]): [string, string] => [
        k,
        v
          .replace("frame-ancestors 'none'", 'frame-ancestors *')
          .replace(
            'frame-ancestors *',
            r.pattern.startsWith('/embed/v1/') ? "frame-ancestors 'none'" : 'frame-ancestors *',
          ),
      ]),
    }))
    const problems = headerProblems(rules, ['/embed/v1/a/', '/topics/a/'])
    assert.ok(problems.includes('/embed/v1/a/: an embed that other sites cannot frame'))
    assert.ok(problems.includes('/topics/a/: a page other sites may frame'))
  })
  it('lets only the search page compile WebAssembly (Pagefind), and fails any other page that may', () => {
    const rules = policyRules()
    assert.match(cspOn(rules, '/search/'), /'wasm-unsafe-eval'/)
    assert.doesNotMatch(cspOn(rules, '/topics/*'), /wasm/)
    const loose = rules.map((r) => ({
      ...r,
      headers: r.headers.map(([k, v]): [string, string] => [
        k,
        k === 'Content-Security-Policy' ? v.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'") : v,
      ]),
    }))
    assert.ok(headerProblems(loose, ['/topics/a/']).includes('/topics/a/: WebAssembly allowed off the search page'))
    assert.deepEqual(headerProblems(loose, ['/search/']), [])
  })
})

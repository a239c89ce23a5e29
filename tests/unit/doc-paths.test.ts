/**
 * Docs that point somewhere: every repository path named in README.md, docs/*.md and in code
 * comments (lib, app, components, scripts, tests, styles and the root config files) must exist.
 * A path is a token that starts with a top-level folder of the repository (`lib/…`, `tests/…`)
 * and is not part of a longer path or URL; placeholders (`<slug>`, `*`, `{a,b}`) match any
 * name, Next's route folders (`[slug]`, `(site)`) are taken literally, and a module named as in
 * an import (`lib/routes`) may leave out its extension. Built output (`out/`) and paths outside
 * the repository (`../shared/…`) are not checked. This file's own examples are not scanned.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { walkFiles } from '../../lib/fs-walk'

const ROOT = process.cwd()
const TOP = ['app', 'components', 'content', 'docs', 'lib', 'public', 'scripts', 'styles', 'tests', 'vendor']
const CODE_DIRS = ['app', 'components', 'lib', 'scripts', 'styles', 'tests']
const CODE = /\.(?:ts|tsx|js|mjs|cjs|css)$/
const SELF = path.join('tests', 'unit', 'doc-paths.test.ts')
const IGNORED = ['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', '.generated']

/** A path token: a top-level folder, then path characters; not preceded by a path or URL character. */
const PATH = new RegExp(`(?<![\\w./@:-])(?:${TOP.join('|')})/[\\w.@()\\[\\]<>*{},/-]*`, 'g')

/** Drops what ends a sentence or a Markdown link rather than the path: a final full stop, an unopened `)`, the `](` of a link. */
export function trimToken(token: string): string {
  let t = token.split('](')[0]!
  for (;;) {
    const last = t.at(-1)
    const unbalanced = (open: string, close: string) => t.split(close).length > t.split(open).length
    if (
      last &&
      ('.,:;'.includes(last) || (last === ')' && unbalanced('(', ')')) || (last === ']' && unbalanced('[', ']')))
    )
      t = t.slice(0, -1)
    else return t
  }
}

export function pathTokens(text: string): string[] {
  // A comma ends a path unless it is inside a {a,b} placeholder: `lib/a/*.ts,lib/b/*.ts` is two.
  return [...text.matchAll(PATH)]
    .flatMap((m) => m[0].split(/,(?![^{]*\})/))
    .filter((t) => t.includes('/'))
    .map(trimToken)
}

/** The comments of a source file: block comments and `//` line comments (not the `//` of a URL). */
export function comments(source: string): string {
  return [...source.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\\w])\/\/[^\n]*/g)].map((m) => m[0]).join('\n')
}

const escape = (s: string) => s.replace(/[.+^$|\\()[\]]/g, '\\$&')
/** A segment with placeholders as a pattern: `<slug>` and `*` match any name, `{a,b}` either. */
function segmentPattern(segment: string): RegExp {
  const source = segment
    .split(/(<[^>]+>|\*+|\{[^}]*\})/)
    .map((part, i) =>
      i % 2 === 0
        ? escape(part)
        : part.startsWith('{')
          ? `(?:${part.slice(1, -1).split(',').map(escape).join('|')})`
          : '[^/]+',
    )
    .join('')
  return new RegExp(`^${source}$`)
}

/** Whether a path (with placeholders) names at least one file or folder in the repository. */
export function exists(p: string, root = ROOT): boolean {
  return ['', '.ts', '.tsx'].some((ext) => existsAsWritten(p + ext, root))
}

function existsAsWritten(p: string, root: string): boolean {
  const parts = p.split('/').filter(Boolean)
  let candidates = [root]
  const isDir = (c: string) => fs.existsSync(c) && fs.statSync(c).isDirectory()
  const subdirs = (c: string): string[] =>
    fs
      .readdirSync(c)
      .map((n) => path.join(c, n))
      .filter(isDir)
      .flatMap((d) => [d, ...subdirs(d)])
  for (const part of parts) {
    if (part === '**') {
      candidates = candidates.filter(isDir).flatMap((c) => [c, ...subdirs(c)]) // any depth, none included
      continue
    }
    const literal = candidates.map((c) => path.join(c, part)).filter((c) => fs.existsSync(c))
    if (literal.length) {
      candidates = literal
      continue
    }
    const pattern = segmentPattern(part)
    candidates = candidates.flatMap((c) =>
      isDir(c)
        ? fs
            .readdirSync(c)
            .filter((n) => pattern.test(n))
            .map((n) => path.join(c, n))
        : [],
    )
    if (!candidates.length) return false
  }
  return true
}

function documents(): { file: string; text: string }[] {
  const docs = [
    'README.md',
    ...fs
      .readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ].map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
  const rootCode = fs.readdirSync(ROOT).filter((f) => CODE.test(f) && fs.statSync(f).isFile())
  const code = [...rootCode, ...CODE_DIRS.flatMap((d) => walkFiles(d))]
    .filter((f) => CODE.test(f) && f !== SELF && !f.split(path.sep).some((part) => IGNORED.includes(part)))
    .map((file) => ({ file, text: comments(fs.readFileSync(file, 'utf8')) }))
  return [...docs, ...code]
}

describe('paths named in docs and comments', () => {
  it('finds paths the way a reader would', () => {
    assert.deepEqual(
      pathTokens(
        'See `lib/rules/` and lib/routes.ts. Fixtures: tests/fixtures/content/broken/<case>/case.json, [guide](docs/content-guide.md).',
      ),
      ['lib/rules/', 'lib/routes.ts', 'tests/fixtures/content/broken/<case>/case.json', 'docs/content-guide.md'],
    )
    assert.deepEqual(
      pathTokens('https://example.org/lib/x.ts /embed/v1/x/ ../shared/lib/a.ts out/_headers node_modules/lib/a'),
      [],
    )
    assert.deepEqual(pathTokens('(in app/(site)/topics/[slug]/page.tsx)'), ['app/(site)/topics/[slug]/page.tsx'])
    assert.deepEqual(pathTokens('--mutate "lib/citations/**/*.ts,lib/embed/{a,b}.ts"'), [
      'lib/citations/**/*.ts',
      'lib/embed/{a,b}.ts',
    ])
    assert.equal(
      comments("const u = 'https://a.b/lib/x' // see lib/y.ts\n/* and lib/z.ts */"),
      '// see lib/y.ts\n/* and lib/z.ts */',
    )
  })

  it('resolves placeholders and route folders, and refuses what is not there', () => {
    assert.ok(exists('tests/fixtures/content/broken/<case>/case.json'))
    assert.ok(exists('tests/e2e/embed-*.spec.ts'))
    assert.ok(exists('lib/citations/**/*.ts'))
    assert.ok(!exists('lib/citations/**/*.tsx'))
    assert.ok(exists('content/pages/<locale>/<slug>.mdx'))
    assert.ok(exists('app/(site)/topics/[slug]'))
    assert.ok(!exists('tests/unit/rules/'))
    assert.ok(!exists('lib/rules/dates.ts'))
    assert.ok(exists('lib/routes'), 'a module as imported')
    assert.ok(!exists('lib/rules/dates'))
  })

  it('every path named in README.md, docs/ and code comments exists', () => {
    const missing = documents().flatMap(({ file, text }) =>
      [...new Set(pathTokens(text))].filter((p) => !exists(p)).map((p) => `${file}: ${p}`),
    )
    assert.deepEqual(missing, [])
  })
})

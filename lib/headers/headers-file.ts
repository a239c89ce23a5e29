/**
 * The `_headers` file format of Netlify and Cloudflare Pages: a URL pattern on its own line, then
 * indented `Name: value` lines. Used to write out/_headers (lib/headers/policy.ts) and, with the
 * same matching rules as Cloudflare, by our static server (scripts/serve-static.ts), so tests see
 * the headers a real host would send.
 */

export interface HeaderRule {
  pattern: string
  headers: [name: string, value: string][]
  /** Header names detached with `! Name` (Cloudflare). */
  detach: string[]
}

export function formatHeadersFile(rules: HeaderRule[], comment?: string): string {
  const head = comment
    ? `${comment
        .split('\n')
        .map((l) => `# ${l}`)
        .join('\n')}\n`
    : ''
  return (
    head +
    rules
      .map((r) =>
        [r.pattern, ...r.detach.map((d) => `  ! ${d}`), ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
      )
      .join('\n\n') +
    '\n'
  )
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '')
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] })
      continue
    }
    const rule = rules.at(-1)
    if (!rule) throw new Error(`_headers: header line before any URL pattern: ${line}`)
    const t = line.trim()
    if (t.startsWith('!')) {
      rule.detach.push(t.slice(1).trim())
      continue
    }
    const i = t.indexOf(':')
    if (i <= 0) throw new Error(`_headers: not a "Name: value" line: ${line}`)
    rule.headers.push([t.slice(0, i).trim(), t.slice(i + 1).trim()])
  }
  return rules
}

/** Cloudflare pattern matching: `*` matches anything (including /), `:name` one path segment. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${re}$`).test(pathname)
}

/**
 * Headers for a path: every matching rule applies; a header set by two rules is joined with ", "
 * (Cloudflare's behaviour, which is how two CSPs on one response happen). Names are lower-cased.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const rule of rules.filter((r) => patternMatches(r.pattern, pathname))) {
    for (const d of rule.detach) out.delete(d.toLowerCase())
    for (const [k, v] of rule.headers) {
      const key = k.toLowerCase()
      out.set(key, out.has(key) ? `${out.get(key)}, ${v}` : v)
    }
  }
  return out
}

/**
 * Reads raw content files (front matter and body as the writer typed them). The checks in
 * lib/rules run on this, before Contentlayer, so that every message can name the file and the
 * exact text; Contentlayer then builds the typed data the pages render.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { walkFiles } from '../fs-walk'

export interface RawDoc {
  /** Path relative to the repository root, e.g. content/pages/en/meth-basics.mdx */
  file: string
  /** Parsed front matter or YAML data; `undefined` values mean the field is absent. */
  data: Record<string, unknown>
  /** MDX body (pages only). */
  body: string
  /** 1-based line number where the body starts, so messages can point at body lines. */
  bodyLine: number
}

export interface RawContent {
  root: string
  pages: RawDoc[]
  sitePages: RawDoc[]
  sources: RawDoc[]
  resources: RawDoc[]
  /** Helplines' text in other languages (content/resource-text/<locale>/<id>.yaml). */
  resourceTexts: RawDoc[]
  /** The urgent advice, one file per language (content/urgent/<locale>.yaml). */
  urgent: RawDoc[]
  /** Review records: content/reviews/<locale>/ (one <slug>.yaml per reviewed page) (lib/rules/review-records.ts). */
  reviews: RawDoc[]
  /** Files that could not be parsed at all: reported by lib/rules/schema.ts. */
  unreadable: { file: string; error: string }[]
}


const parseData = (text: string): Record<string, unknown> => {
  // YAML 1.2 core schema: an unquoted 2025-02-30 stays the string the writer typed.
  const data = parseYaml(text, { schema: 'core', uniqueKeys: true }) as unknown
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('expected key: value pairs')
  return data as Record<string, unknown>
}

export function readMdx(file: string, text: string): RawDoc {
  const src = text.replace(/\r\n/g, '\n')
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(src)
  if (!m) throw new Error('no front matter: the file must start with a --- line, the fields, then another --- line')
  return { file, data: parseData(m[1] ?? ''), body: src.slice(m[0].length), bodyLine: m[0].split('\n').length }
}

/** Reads every content file under `root/content` (root defaults to the working directory). */
export function readContent(root: string = process.cwd(), contentDir = 'content'): RawContent {
  const out: RawContent = { root, pages: [], sitePages: [], sources: [], resources: [], resourceTexts: [], urgent: [], reviews: [], unreadable: [] }
  const base = path.join(root, contentDir)
  const groups: [keyof Omit<RawContent, 'root' | 'unreadable'>, string, string][] = [
    ['pages', 'pages', '.mdx'],
    ['sitePages', 'site', '.mdx'],
    ['sources', 'sources', '.yaml'],
    ['resources', 'resources', '.yaml'],
    ['resourceTexts', 'resource-text', '.yaml'],
    ['urgent', 'urgent', '.yaml'],
    ['reviews', 'reviews', '.yaml'],
  ]
  for (const [key, folder, ext] of groups) {
    // Hidden files (.gitkeep, editors' swap files) are not content.
    for (const abs of walkFiles(path.join(base, folder)).filter((f) => !path.basename(f).startsWith('.'))) {
      const file = path.relative(root, abs).split(path.sep).join('/')
      if (!abs.endsWith(ext)) {
        out.unreadable.push({ file, error: `unexpected file type: only ${ext} files belong in content/${folder}/` })
        continue
      }
      try {
        const text = fs.readFileSync(abs, 'utf8')
        out[key].push(ext === '.mdx' ? readMdx(file, text) : { file, data: parseData(text), body: '', bodyLine: 1 })
      } catch (e) {
        out.unreadable.push({ file, error: (e as Error).message })
      }
    }
  }
  return out
}

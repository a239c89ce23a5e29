/**
 * What a page may contain (issue 12): Markdown and the registered components only, checked
 * against the one allow-list in lib/mdx/allowed.ts. Anything else could carry code, load
 * something from another site, or send the reader (or an NGO's embed) somewhere unchecked.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Image, Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { checkAllowList } from '../mdx/allow-list'
import { bodyLine, defineRule } from './types'

/** The file in public/ an image address names, or why it names none. */
export function publicImage(root: string, url: string): { file: string } | { error: string } {
  if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\'))
    return { error: 'is not a path in public/ (it must start with a single /)' }
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'https://plainly.invalid').pathname)
  } catch {
    return { error: 'is not a valid path' }
  }
  const base = path.join(root, 'public')
  const file = path.join(base, pathname)
  if (!file.startsWith(base + path.sep) || pathname.split('/').includes('..')) return { error: 'leaves public/' }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    return { error: `names no file in public/ (looked for public${pathname})` }
  return { file }
}

export const mdxRules = [
  defineRule(
    'mdx/allowed',
    "A page holds Markdown and the registered components only: any other element or attribute (a script, a frame, a form, a style, data-keep) could run code or load another site in readers' browsers and in every embed, and a reference-style link escapes the link check.",
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const tree = ctx.analyses.get(doc.file)?.tree
        if (tree)
          for (const issue of checkAllowList(tree))
            report({ file: doc.file, line: bodyLine(doc, issue.line), message: issue.message, fix: issue.fix })
      }
    },
  ),
  defineRule(
    'mdx/images',
    'An image from another site would tell that site who reads the page (no request may go to another origin); images come from public/ only.',
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        visit(tree, 'image', (node: Image) => {
          const found = publicImage(ctx.content.root, node.url)
          const line = bodyLine(doc, node.position?.start.line ?? 0)
          if ('error' in found)
            report({
              file: doc.file,
              line,
              message: `image "${node.url}" ${found.error}`,
              fix: 'put the image in public/ and write ![what it shows](/its/path.png)',
            })
          else if (!node.alt?.trim())
            report({
              file: doc.file,
              line,
              message: `image "${node.url}" has no description`,
              fix: 'say what the image shows: ![what it shows](…)',
            })
        })
      }
    },
  ),
  defineRule(
    'mdx/stray-emphasis',
    'Markdown only closes **bold** when a space or ordinary punctuation follows it; in Chinese and Korean, bold that ends in full-width punctuation (**注意：**文字) stays open and readers see the asterisks.',
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        visit(tree, 'text', (node: Text) => {
          const m = /\*\*|__/.exec(node.value)
          if (m)
            report({
              file: doc.file,
              line: bodyLine(doc, node.position?.start.line ?? 0),
              message: `"${m[0]}" shows as text: "${node.value.slice(Math.max(0, m.index - 12), m.index + 14)}"`,
              fix: 'put punctuation outside the bold (**注意**：, **주의**:) or add a space after the closing **',
            })
        })
      }
    },
  ),
]

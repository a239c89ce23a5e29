/**
 * Runs after `next build`: makes out/ a plain static site. It strips the framework runtime from
 * every page (lib/build/strip-framework.ts), deletes the router's payload files and any
 * JavaScript no page still loads, and prints what it removed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isRouterPayload, stripFramework } from '../lib/build/strip-framework'

const OUT = path.resolve(process.argv[2] ?? 'out')

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

if (!fs.existsSync(OUT)) {
  console.error(`postbuild: ${OUT} does not exist; run next build first`)
  process.exit(1)
}

let pages = 0
let scripts = 0
let payloads = 0
const html: string[] = []
for (const file of walk(OUT)) {
  const rel = path.relative(OUT, file).split(path.sep).join('/')
  if (rel.endsWith('.html')) {
    const result = stripFramework(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, result.html)
    html.push(result.html)
    pages++
    scripts += result.removedScripts
  } else if (isRouterPayload(rel)) {
    fs.rmSync(file)
    payloads++
  }
}

// JavaScript that no page references any more is dead weight on the host.
const referenced = html.join('\n')
let deadJs = 0
const chunks = path.join(OUT, '_next', 'static')
if (fs.existsSync(chunks)) {
  for (const file of walk(chunks)) {
    const url = `/${path.relative(OUT, file).split(path.sep).join('/')}`
    if (file.endsWith('.js') && !referenced.includes(url)) {
      fs.rmSync(file)
      deadJs++
    }
  }
}
console.log(`postbuild: ${pages} pages; removed ${scripts} framework scripts and preloads, ${payloads} router payload files, ${deadJs} unused JavaScript files`)

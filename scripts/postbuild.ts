/**
 * Runs after `next build`: the command line of the post-build step (lib/build/postbuild.ts).
 * Prints the report, and fails the build on any problem, such as code on a page that the project
 * does not ship from source.
 */
import path from 'node:path'
import { AUDIT_FIX } from '../lib/build/audit'
import { formatReport, postbuild } from '../lib/build/postbuild'

const OUT = path.resolve(process.argv[2] ?? 'out')

try {
  const report = postbuild(OUT)
  if (report.problems.length) {
    console.error(
      `postbuild: ${report.problems.length} problem(s):\n  ${report.problems.join('\n  ')}${report.foreignCode ? `\n\n${AUDIT_FIX}.` : ''}`,
    )
    process.exit(1)
  }
  console.log(formatReport(report))
} catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}

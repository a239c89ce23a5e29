/**
 * Which headers a response carries, from the served folder's `_headers` (lib/headers/headers-file.ts,
 * the same matching as Cloudflare). A file gets the headers of the canonical path it was served
 * for, so headers and file can never disagree. A response that is not a file (redirect target
 * aside) gets the error page's headers, with a strict floor underneath, so even a 400 cannot be
 * framed, sniffed or scripted.
 */
import fs from 'node:fs'
import path from 'node:path'
import { headersFor, parseHeadersFile, type HeaderRule } from '../headers/headers-file'

/** For responses that are not a file: nothing may run, load or frame them. */
export const ERROR_FLOOR: Record<string, string> = {
  'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** Read on every request, so a rebuild needs no restart. A broken file means no rules, not a crash. */
export function loadRules(root: string): HeaderRule[] {
  try {
    return parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8'))
  } catch {
    return []
  }
}

export const fileHeaders = (rules: HeaderRule[], pathname: string): Record<string, string> =>
  Object.fromEntries(headersFor(rules, pathname))

/** Headers for 4xx/5xx: the floor, then whatever `_headers` gives the 404 page (whose body may be sent). */
export const errorHeaders = (rules: HeaderRule[]): Record<string, string> => ({
  ...ERROR_FLOOR,
  ...fileHeaders(rules, '/404.html'),
})

/** A redirect carries the headers of where it leads (an embed's must stay frameable), else the error set. */
export function redirectHeaders(rules: HeaderRule[], target: string): Record<string, string> {
  const own = fileHeaders(rules, target)
  return Object.keys(own).length ? own : errorHeaders(rules)
}

import { helpUrl } from '@/lib/routes'

/**
 * "Get help now": the same words in the same place on every page (WCAG 3.2.6 Consistent Help),
 * so a frightened reader always finds it.
 */
export function HelpNowLink() {
  return (
    <a className="help-now" href={helpUrl()}>
      Get help now
    </a>
  )
}

import { messages } from '@/lib/i18n'
import { helpUrl } from '@/lib/routes'

/**
 * "Get help now": the same words in the same place on every page (WCAG 3.2.6 Consistent Help),
 * so a frightened reader always finds it.
 */
export function HelpNowLink({ locale }: { locale: string }) {
  return (
    <a className="help-now" href={helpUrl(locale)}>
      {messages(locale).chrome.getHelpNow}
    </a>
  )
}

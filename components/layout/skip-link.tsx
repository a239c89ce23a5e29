import { messages } from '@/lib/i18n'

/** First focusable element on every page: jumps past the header (WCAG 2.4.1). */
export function SkipLink({ locale }: { locale: string }) {
  return (
    <a className="skip-link" href="#main">
      {messages(locale).chrome.skipLink}
    </a>
  )
}

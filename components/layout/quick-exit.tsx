import { messages } from '@/lib/i18n'

/**
 * "Leave this site": stuck to the top of every site page, so a reader who is being watched is one
 * tap from an everyday site (issue 10). Without JavaScript it is a plain link (it adds a history
 * entry); public/safety.js makes it, and Escape pressed twice, hide the page and replace it in the
 * history. Its own landmark, so screen-reader users can jump to it too. Not in embeds: neither our
 * snippet's sandbox nor WordPress's lets a frame navigate the host page (docs/embedding.md).
 */
export function QuickExit({ locale }: { locale: string }) {
  const m = messages(locale).chrome
  return (
    <nav className="quick-exit" aria-label={m.quickExit}>
      <a href={m.quickExitTo} rel="noreferrer" data-quick-exit="">
        {m.quickExit}
      </a>
    </nav>
  )
}

import { Fragment, type ReactNode } from 'react'
import { parts } from '@/lib/i18n/format'

/**
 * A catalogue text whose {placeholders} are links or other elements:
 * <Rich text={m.notFound.help} values={{ link: <a href=…>{m.notFound.helpLink}</a> }} />.
 * Translators move the placeholder; the element stays whole.
 */
export function Rich({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  return (
    <>
      {parts(text, values).map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  )
}

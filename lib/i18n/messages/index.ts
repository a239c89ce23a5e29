/**
 * Every catalogue, by locale. A locale is published only when it has a catalogue here and
 * content in content/pages/<locale>/ (lib/i18n/content-locales.ts); adding one is a file and a line.
 */
import type { Locale } from '../../model/taxonomy'
import { en } from './en'
import { ko } from './ko'
import { zhHans } from './zh-Hans'

/** English's shape with every text widened to `string`: what every other catalogue must match. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> }
export type Messages = Widen<typeof en>

/**
 * `satisfies` makes the compiler refuse a catalogue with a missing or an extra key
 * (write `ko: ko satisfies Messages` style entries, or just add them here).
 */
/** Every locale in LOCALES must have a catalogue: a new locale without one fails the type check. */
export const CATALOGUES: { readonly [L in Locale]: Messages } = {
  en,
  'zh-Hans': zhHans,
  ko,
} satisfies { [L in Locale]: Messages }

/**
 * Which font files the card renderer loads for a title's language. Loading every system font for
 * each card took 1–3 s a card here (the CJK collections are 20 MB each); loading only the one
 * face a language needs takes a tenth of that. Where those files are not found (not Debian), the
 * renderer falls back to the system fonts, slower but the same result.
 */
import os from 'node:os'
import path from 'node:path'
import { walkFiles } from '../fs-walk'

/** Debian's file names: fonts-dejavu-core (Latin, Greek, Cyrillic) and fonts-noto-cjk (Han, Hangul, with Latin). */
const LATIN = 'DejaVuSans-Bold.ttf'
const CJK = 'NotoSansCJK-Bold.ttc'

export const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', path.join(os.homedir(), '.local/share/fonts')]

export interface FontChoice {
  /** The font file this language is drawn with where it is installed. */
  wanted: string
  /** Files to load; empty means "load the system fonts". */
  files: string[]
  /** CSS font-family list for the card, the title's script first. */
  families: string[]
}

const CJK_FAMILY: Record<string, string> = { ko: 'Noto Sans CJK KR', zh: 'Noto Sans CJK SC' }
/** What other systems call their CJK fonts, for the system-font fallback. */
const SYSTEM_CJK: Record<string, string[]> = {
  ko: ['Apple SD Gothic Neo', 'Malgun Gothic'],
  zh: ['PingFang SC', 'Microsoft YaHei'],
}

const walked = new Map<string, Map<string, string>>()
/** Font file name → path, from one walk of the font folders (cached: one walk per build). */
function fontFile(name: string, dirs: readonly string[]): string | undefined {
  const key = dirs.join('\n')
  if (!walked.has(key))
    walked.set(key, new Map(dirs.flatMap((d) => walkFiles(d)).map((f) => [path.basename(f), f] as const)))
  return walked.get(key)!.get(name)
}

export function fontsFor(lang: string, dirs: readonly string[] = FONT_DIRS): FontChoice {
  const script = lang.split('-')[0]!.toLowerCase()
  const cjk = CJK_FAMILY[script]
  const wanted = cjk ? CJK : LATIN
  const file = fontFile(wanted, dirs)
  const families = cjk ? [cjk, ...SYSTEM_CJK[script]!, 'sans-serif'] : ['DejaVu Sans', 'Arial', 'sans-serif']
  return { wanted, files: file ? [file] : [], families }
}

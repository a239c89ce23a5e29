/**
 * What a page may contain: Markdown and the registered components, nothing else (issue 12, an
 * allow-list rather than a deny-list). The component registry (components/mdx/mdx-components.tsx)
 * is typed and tested against this list, the checks (lib/mdx/allow-list.ts) enforce it, and
 * docs/content-guide.md lists it; tests/unit/content-guide.test.ts keeps the guide equal to it.
 */

export interface AllowedProp {
  /** Allowed values; any text when absent. */
  values?: readonly string[]
  required?: boolean
  help: string
}

export interface AllowedComponent {
  props: Record<string, AllowedProp>
  /** True when the component has no children (<Cite />). */
  empty?: boolean
  help: string
}

export const CALLOUT_VARIANTS = ['emergency', 'warning', 'info'] as const

export const ALLOWED_COMPONENTS = {
  Cite: {
    empty: true,
    help: 'a citation, right after the sentence it supports',
    props: {
      id: { required: true, help: 'pack source id' },
      f: { required: true, help: 'finding (F1…) or contact line (C1…)' },
    },
  },
  QuickCard: { help: 'the "In 60 seconds" card that opens a substance page', props: {} },
  Callout: {
    help: 'a boxed part',
    props: { variant: { values: CALLOUT_VARIANTS, help: 'emergency, warning or info (the default)' } },
  },
  Signpost: { help: 'text that only points somewhere and states no health fact', props: {} },
  HelpDirectory: {
    empty: true,
    help: 'helplines for some countries',
    props: {
      countries: { required: true, help: 'country codes separated by spaces' },
      kind: {
        values: ['crisis-line', 'drug-helpline', 'overdose-line', 'treatment-finder', 'health-line'],
        help: 'only services of this kind, e.g. crisis-line',
      },
    },
  },
  ResourceCard: {
    empty: true,
    help: 'one helpline',
    props: { id: { required: true, help: 'a resource id (file name in content/resources/)' } },
  },
  EmergencyNumber: {
    empty: true,
    help: 'a country’s emergency number as a tap-to-call link',
    props: { country: { required: true, help: 'a country code' } },
  },
  CallNow: {
    empty: true,
    help: 'the call box: every emergency number and the signs that mean call now (content/urgent/<locale>.yaml)',
    props: {
      variant: {
        values: ['box', 'card'],
        help: 'box (the default, urgent pages) or card (quick cards and other pages)',
      },
    },
  },
  FirstAid: {
    empty: true,
    help: 'numbered first-aid steps while you wait (content/urgent/<locale>.yaml)',
    props: { show: { help: 'groups separated by spaces: recovery cpr cooling seizure naloxone safety' } },
  },
} as const satisfies Record<string, AllowedComponent>

/** Components the build inserts itself (lib/citations/uses.ts joins adjacent <Cite />); writers may not type them. */
export const BUILD_COMPONENTS = ['CiteGroup'] as const

export type AllowedComponentName = keyof typeof ALLOWED_COMPONENTS
export const ALLOWED_COMPONENT_NAMES = Object.keys(ALLOWED_COMPONENTS) as AllowedComponentName[]

type PropsOf<K extends AllowedComponentName> = (typeof ALLOWED_COMPONENTS)[K]['props']
type ValueOf<P> = P extends { values: readonly (infer V)[] } ? V : string
/** The props a writer types for a component: MDX attribute values, so strings (or one of the allowed values). */
export type WriterProps<K extends AllowedComponentName> = { [P in keyof PropsOf<K>]?: ValueOf<PropsOf<K>[P]> }

/**
 * Markdown constructs a page may use, as mdast node types, with what the writer types.
 * Anything else fails `mdx/allowed`: raw HTML, reference-style links and their definitions,
 * footnotes. Code, {expressions} and imports fail `citations/mdx-syntax`.
 */
export const ALLOWED_MARKDOWN = {
  paragraph: 'paragraphs',
  heading: 'headings `##` to `####` (the page title is the one `#`)',
  text: 'text',
  inlineCode: '`a word in code style`',
  emphasis: '*emphasis*',
  strong: '**strong**',
  delete: '~~struck out~~',
  break: 'a line break (two spaces or a backslash at the end of a line)',
  list: 'lists (`-` or `1.`)',
  listItem: 'list items',
  table: 'GitHub tables',
  tableRow: 'table rows',
  tableCell: 'table cells',
  blockquote: '> quotations',
  thematicBreak: 'a rule (`---`)',
  link: 'inline links `[text](page:slug)` or `[text](https://…)` to an address the pack prints',
  image: 'images `![what it shows](/path/in/public.png)` from public/ only',
} as const

/**
 * Heading levels a page may use: the page title is the h1, and an embed moves body headings one
 * level down (components/mdx/mdx-components.tsx), so h5 and h6 would skip or run out of levels.
 */
export const HEADING_DEPTHS = { min: 2, max: 4 } as const

/** Node types reported by `citations/mdx-syntax` (code in content), not by the allow-list. */
export const CODE_NODE_TYPES = ['code', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const

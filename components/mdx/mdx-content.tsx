import { getMDXComponent } from 'next-contentlayer2/hooks'
import { getMdxComponents, type MdxContext } from './mdx-components'

export interface MdxContentProps extends MdxContext {
  /** Compiled MDX from Contentlayer (`doc.body.code`). */
  code: string
}

// One component per compiled body, made once per build process.
const compiled = new Map<string, ReturnType<typeof getMDXComponent>>()
const componentFor = (code: string) => {
  if (!compiled.has(code)) compiled.set(code, getMDXComponent(code))
  return compiled.get(code)!
}

/** Renders a page body at build time (a server component: no MDX runtime reaches the browser). */
export function MdxContent({ code, ...ctx }: MdxContentProps) {
  const Content = componentFor(code)
  // Server component rendered once at build time: there is no state to reset, and the
  // component comes from a cache, so the "created during render" rule does not apply.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={getMdxComponents(ctx)} />
}

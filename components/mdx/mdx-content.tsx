import { getMDXComponent } from 'next-contentlayer2/hooks'
import { getMdxComponents, type MdxContext } from './mdx-components'

export interface MdxContentProps extends MdxContext {
  /** Compiled MDX from Contentlayer (`doc.body.code`). */
  code: string
}

/** Renders a page body at build time (a server component: no MDX runtime reaches the browser). */
export function MdxContent({ code, ...ctx }: MdxContentProps) {
  const Content = getMDXComponent(code)
  return <Content components={getMdxComponents(ctx)} />
}

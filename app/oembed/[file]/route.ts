import { getEmbeddablePages, getPage } from '@/lib/content/pages'
import { oembedJson } from '@/lib/embed/snippet'

// A static file per page (/oembed/<slug>.json): static hosts ignore oEmbed's query string.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => getEmbeddablePages().filter((p) => p.locale === 'en').map((p) => ({ file: `${p.slug}.json` }))

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const page = getPage('en', (await params).file.replace(/\.json$/, ''))
  if (!page) return new Response('Not found', { status: 404 })
  return Response.json(oembedJson(page))
}

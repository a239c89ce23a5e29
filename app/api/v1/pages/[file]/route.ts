import { getPage, getPages } from '@/lib/content/pages'
import { pageJson } from '@/lib/open-data/page-json'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => getPages('en').map((p) => ({ file: `${p.slug}.json` }))

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const page = getPage('en', (await params).file.replace(/\.json$/, ''))
  if (!page) return new Response('Not found', { status: 404 })
  return Response.json(pageJson(page))
}

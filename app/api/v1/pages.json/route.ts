import { getAllPages } from '@/lib/content/pages'
import { indexJson } from '@/lib/open-data/page-json'

export const dynamic = 'force-static'

/** Index of every page's open-data JSON. */
export function GET() {
  return Response.json(indexJson(getAllPages()))
}

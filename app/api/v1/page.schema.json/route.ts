import { pageSchema } from '@/lib/open-data/schema'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(pageSchema)
}

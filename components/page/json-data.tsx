/** Data for a page's progressive-enhancement script: a JSON data block, never executed. */
export function JsonData({ id, data }: { id: string; data: object }) {
  return (
    <script
      type="application/json"
      id={id}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

/**
 * Structured data as JSON-LD. This is the one inline script content pages keep: it is data, never
 * run (the post-build step that removes framework scripts keeps type="application/ld+json").
 */
export function JsonLd({ data }: { data: object }) {
  // Escape "<" so no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}

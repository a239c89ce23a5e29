/**
 * JSON Schema (2020-12) for /api/v1/pages/<slug>.json, served at /api/v1/page.schema.json.
 * Source URLs are IRIs: the pack keeps some addresses with non-ASCII paths exactly as published.
 */

const str = { type: 'string', minLength: 1 } as const
const nullableStr = { type: ['string', 'null'] } as const
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const

export const pageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Plainly page (open data, v1)',
  type: 'object',
  additionalProperties: false,
  required: [
    '$schema',
    'apiVersion',
    'id',
    'locale',
    'url',
    'embedUrl',
    'title',
    'summary',
    'section',
    'audience',
    'urgency',
    'contentVersion',
    'readingGrade',
    'review',
    'licence',
    'sections',
    'resources',
    'sources',
  ],
  properties: {
    $schema: str,
    apiVersion: { const: 1 },
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    locale: str,
    url: { type: 'string', format: 'uri' },
    embedUrl: { type: ['string', 'null'], format: 'uri' },
    title: str,
    summary: str,
    section: str,
    audience: str,
    urgency: { enum: ['routine', 'urgent'] },
    contentVersion: str,
    // Flesch–Kincaid grade of English pages; null for languages the formula does not measure (Chinese, Korean).
    readingGrade: { type: ['number', 'null'], minimum: 0 },
    review: {
      type: 'object',
      additionalProperties: false,
      required: ['status', 'statement', 'lastReviewed', 'nextReview', 'reviewedBy', 'clinicalReview', 'overdueNotice'],
      properties: {
        status: { enum: ['editorial', 'clinical'] },
        statement: str,
        lastReviewed: date,
        nextReview: date,
        reviewedBy: nullableStr,
        overdueNotice: nullableStr,
        // The health review on record; `current` is false once the text changed after it.
        clinicalReview: {
          type: ['object', 'null'],
          additionalProperties: false,
          required: ['current', 'reviewer', 'role', 'reviewedOn', 'scope', 'contentHash'],
          properties: {
            current: { type: 'boolean' },
            reviewer: str,
            role: str,
            reviewedOn: date,
            scope: str,
            contentHash: { type: 'string', pattern: '^[0-9a-f]{7}$' },
          },
        },
      },
    },
    licence: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'url', 'attribution'],
      properties: { name: str, url: { type: 'string', format: 'uri' }, attribution: str },
    },
    sections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['heading', 'claims'],
        properties: {
          heading: nullableStr,
          claims: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'sources'],
              properties: {
                text: str,
                // Every claim names at least one source: the same rule the build enforces.
                sources: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['source', 'finding', 'ref'],
                    properties: {
                      source: str,
                      finding: { type: 'string', pattern: '^[FC]\\d+$' },
                      ref: { type: 'integer', minimum: 1 },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'name',
          'country',
          'region',
          'kind',
          'description',
          'contacts',
          'hours',
          'cost',
          'languages',
          'confidentiality',
          'caveat',
          'source',
          'confirmedBy',
          'checkedOn',
        ],
        properties: {
          id: str,
          name: str,
          country: str,
          region: nullableStr,
          kind: str,
          description: str,
          contacts: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['method', 'value', 'label'],
              properties: { method: str, value: str, label: str },
            },
          },
          hours: nullableStr,
          cost: nullableStr,
          languages: { type: 'array', items: str },
          confidentiality: nullableStr,
          caveat: nullableStr,
          source: str,
          confirmedBy: { type: 'array', minItems: 1, items: str },
          checkedOn: date,
        },
      },
    },
    sources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ref', 'id', 'title', 'publisher', 'url', 'published', 'kind', 'country', 'language', 'findings'],
        properties: {
          ref: { type: 'integer', minimum: 1 },
          id: str,
          title: str,
          publisher: str,
          url: { type: 'string', format: 'iri' },
          original: { type: 'string', format: 'iri' },
          published: str,
          kind: str,
          country: str,
          language: str,
          findings: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'paraphrase', 'url'],
              properties: { id: str, paraphrase: str, url: { type: 'string', format: 'iri' } },
            },
          },
        },
      },
    },
  },
} as const

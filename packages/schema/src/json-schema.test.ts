import { describe, expect, it } from 'vitest'
import {
  JSON_SCHEMA_BASE_URL,
  observationFileJsonSchema,
  observationJsonSchema,
  packJsonSchema,
  recordJsonSchema,
} from './json-schema'

type Json = Record<string, unknown> & {
  properties?: Record<string, Json>
  items?: Json
  required?: string[]
}

describe('JSON Schemas', () => {
  it('are draft 2020-12 documents with a stable $id', () => {
    for (const [schema, file] of [
      [packJsonSchema(), 'pack.schema.json'],
      [observationJsonSchema(), 'observation.schema.json'],
      [recordJsonSchema(), 'record.schema.json'],
    ] as const) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`${JSON_SCHEMA_BASE_URL}${file}`)
    }
  })

  it('let a pack carry $schema, and refuse unknown keys so editors flag typos', () => {
    const pack = packJsonSchema() as Json
    expect(pack.properties?.$schema).toMatchObject({ type: 'string' })
    expect(pack.additionalProperties).toBe(false)
    expect(pack.required).toEqual(['id', 'version', 'title'])
  })

  it('describe what a person writes: decimals as strings with the decimal pattern', () => {
    const observation = observationJsonSchema() as Json
    expect(observation.properties?.value).toEqual({
      type: 'string',
      pattern: '^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$',
    })
    expect(observation.properties?.period?.pattern).toBeTypeOf('string')
    expect(observation.required).toEqual(['indicator', 'unit', 'period'])
  })

  it('describe a JSON observation file as an array of observations', () => {
    const file = observationFileJsonSchema() as Json
    expect(file.type).toBe('array')
    expect(file.items?.required).toEqual(['indicator', 'unit', 'period'])
  })

  it('name the recursive rule condition instead of leaving zod’s generated name', () => {
    const text = JSON.stringify(packJsonSchema())
    expect(text).toContain('"#/$defs/condition"')
    expect(text).not.toContain('__schema')
  })
})

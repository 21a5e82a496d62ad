import { z } from 'zod'
import { ObservationSchema } from './observation'
import { PackSchema } from './pack'
import { RecordSchema } from './record'

/** A JSON Schema document (draft 2020-12), as plain JSON data. */
export type JsonSchema = Record<string, unknown>

/**
 * Where the published schemas live: the `json-schema/` folder of this package, as an npm
 * CDN serves it. An `$id` names a schema; editors resolve `$schema` paths on their own.
 */
export const JSON_SCHEMA_BASE_URL = 'https://unpkg.com/@tiendo/schema/json-schema/'

function build(schema: z.ZodType, file: string, title: string, description: string): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // What a person writes, before defaults and transforms: what an editor should check.
    io: 'input',
    unrepresentable: 'throw',
  })
  // zod names a recursive schema `__schema0`; the only one here is a rule condition.
  const named = JSON.parse(JSON.stringify(generated).replaceAll('__schema0', 'condition'))
  const { $schema, ...rest } = named as JsonSchema
  return { $schema, $id: `${JSON_SCHEMA_BASE_URL}${file}`, title, description, ...rest }
}

/**
 * The JSON Schema of a pack file, for editors: point a pack's `"$schema"` at
 * `@tiendo/schema/pack.schema.json` to get completion and checks. It checks shapes and
 * formats; cross-field checks (bounds order, duplicate ids…) are left to `PackSchema`.
 */
export function packJsonSchema(): JsonSchema {
  return build(
    PackSchema,
    'pack.schema.json',
    'Tiendo pack',
    'A versioned bundle of indicators, units, targets and rules (Tiendo).',
  )
}

/** The JSON Schema of one observation: one value of one indicator for one unit and period. */
export function observationJsonSchema(): JsonSchema {
  return build(
    ObservationSchema,
    'observation.schema.json',
    'Tiendo observation',
    'One value of one indicator for one unit and period; decimals are strings.',
  )
}

/** The JSON Schema of an observation file in JSON: an array of observations. */
export function observationFileJsonSchema(): JsonSchema {
  return build(
    z.array(ObservationSchema),
    'observations.schema.json',
    'Tiendo observation file',
    'A JSON observation file: an array of observations.',
  )
}

/** The JSON Schema of one submitted record, such as one completed DX product. */
export function recordJsonSchema(): JsonSchema {
  return build(
    RecordSchema,
    'record.schema.json',
    'Tiendo record',
    'An event a unit submits, such as one completed digital transformation product.',
  )
}

/** The JSON Schema of a record file in JSON: an array of records. */
export function recordFileJsonSchema(): JsonSchema {
  return build(
    z.array(RecordSchema),
    'records.schema.json',
    'Tiendo record file',
    'A JSON record file: an array of records.',
  )
}

/**
 * Every published schema by its file name under `json-schema/`, as written by
 * `npm run schema:write`. @internal
 */
export const JSON_SCHEMA_FILES: Readonly<Record<string, () => JsonSchema>> = {
  'pack.schema.json': packJsonSchema,
  'observation.schema.json': observationJsonSchema,
  'observations.schema.json': observationFileJsonSchema,
  'record.schema.json': recordJsonSchema,
  'records.schema.json': recordFileJsonSchema,
}

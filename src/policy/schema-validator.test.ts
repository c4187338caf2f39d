/**
 * The policy schema's validator is generated code (ajv's standalone output), committed as
 * schema-validator.generated.js, so no run compiles the schema: compiling it at run time cost about
 * 150 ms and 20 MiB of every command with a policy file (issue 18). This test fails when the file is
 * not what ajv generates from schema.ts today; to regenerate it after changing the schema or ajv:
 *   UPDATE_POLICY_VALIDATOR=1 npx vitest run src/policy/schema-validator.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'
import { describe, expect, it } from 'vitest'
import { POLICY_SCHEMA } from './schema.js'
import { validatePolicySchema } from './schema-validator.generated.js'

// A CommonJS module whose default export is also its `default` property.
const standaloneCode = standalone.default
const FILE = join(import.meta.dirname, 'schema-validator.generated.js')
const OPTIONS = { allErrors: true, strict: true, verbose: true } as const

/** ajv's runtime helpers the code requires, written inline so the file imports no CommonJS module. */
const RUNTIME: Record<string, string> = {
  // Length in code points, as JSON Schema counts a string's length (ajv's ucs2length).
  'ajv/dist/runtime/ucs2length': '(value) => [...value].length',
  // Deep equality of JSON values (uniqueItems), as fast-deep-equal, which ajv's equal is.
  'ajv/dist/runtime/equal': 'isDeepStrictEqual',
}

function generate(): string {
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true } })
  const code = standaloneCode(ajv, ajv.compile(POLICY_SCHEMA))
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)\.default/g, (_call: string, module: string) => {
      const inline = RUNTIME[module]
      if (inline === undefined) throw new Error(`ajv's code requires ${module}: write it inline in RUNTIME`)
      return inline
    })
  return [
    '// Generated from schema.ts by ajv standalone (ajv/dist/standalone); do not edit. Regenerate with',
    '// UPDATE_POLICY_VALIDATOR=1 npx vitest run src/policy/schema-validator.test.ts',
    "import { isDeepStrictEqual } from 'node:util'",
    code.replace('export const validate = ', 'export const validatePolicySchema = '),
    '',
  ].join('\n')
}

describe('the generated policy schema validator', () => {
  it('is what ajv generates from schema.ts', () => {
    const code = generate()
    if (process.env.UPDATE_POLICY_VALIDATOR === '1') writeFileSync(FILE, code)
    expect(readFileSync(FILE, 'utf8')).toBe(code)
  })

  const compiled = new Ajv(OPTIONS).compile(POLICY_SCHEMA)
  it.each([
    ['a minimal policy', { version: 1 }],
    ['an unknown key', { version: 1, defaults: { tagz: {} } }],
    ['a wrong type', { version: 1, environments: { prod: { repository: 5, tags: { allow: 'x' } } } }],
    ['an empty key name', { version: 1, defaults: { signatures: { keys: [''] } } }],
    ['a repeated source', { version: 1, defaults: { provenance: { sources: [{ repo: 'a/b' }, { repo: 'a/b' }] } } }],
    ['a wrong version', { version: 2 }],
    ['not an object', []],
  ])('judges %s as ajv compiling the schema at run time does', (_name, policy) => {
    const valid = validatePolicySchema(policy)
    expect(valid).toBe(compiled(policy))
    expect(validatePolicySchema.errors ?? null).toEqual(compiled.errors ?? null)
  })
})

import type { ErrorObject } from 'ajv'

/** The policy schema (schema.ts) as ajv validates it, compiled ahead of time (schema-validator.test.ts). */
export declare const validatePolicySchema: {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

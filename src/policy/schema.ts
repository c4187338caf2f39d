/**
 * The policy file's JSON Schema (validated with ajv). Its parts are described in
 * docs/policy.md#the-policy-file (defaults, environments, enforcement, exceptions). Every object is closed, so a typo is
 * an error at its own line rather than a rule that silently never applies. What the schema cannot say
 * well (at least one signer, `repo` or `owner`, URLs) is checked with its own message in custody-rules.ts.
 */
import { LEVELS, RULE_IDS } from './types.js'

const patternList = { type: 'array', items: { type: 'string' } } as const
const level = { enum: [...LEVELS] } as const
const ruleIds = RULE_IDS

/** A keyless signer: both parts, as cosign requires both --certificate-identity and --certificate-oidc-issuer. */
const identity = {
  type: 'object',
  additionalProperties: false,
  required: ['subject', 'issuer'],
  properties: { subject: { type: 'string', minLength: 1 }, issuer: { type: 'string', minLength: 1 } },
} as const
const signerProperties = { keys: { type: 'array', items: { type: 'string', minLength: 1 } }, identities: { type: 'array', items: identity } } as const

const rules = {
  tags: {
    type: 'object',
    additionalProperties: false,
    properties: { requireExplicit: { type: 'boolean' }, allow: patternList, forbid: patternList, immutable: patternList, mutable: patternList },
  },
  images: { type: 'object', additionalProperties: false, properties: { allow: patternList, deny: patternList } },
  digest: { enum: ['optional', 'required'] },
  enforcement: level,
  rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, level])) },
  signatures: {
    type: 'object',
    additionalProperties: false,
    properties: { ...signerProperties, index: { enum: ['image', 'every-platform'] } },
  },
  provenance: {
    type: 'object',
    additionalProperties: false,
    properties: {
      predicateType: { type: 'string', minLength: 1 },
      repo: { type: 'string', minLength: 1 },
      owner: { type: 'string', minLength: 1 },
      signerWorkflow: { type: 'string', minLength: 1 },
      sources: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['registry', 'github'] } },
    },
  },
} as const

export const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1 },
    defaults: { type: 'object', additionalProperties: false, properties: rules },
    environments: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...rules,
          repository: { type: 'string' },
          repositories: { type: 'array', items: { type: 'string' }, minItems: 1 },
          tag: { type: 'string' },
          record: { type: 'boolean' },
          promote: {
            type: 'object',
            additionalProperties: false,
            required: ['from'],
            properties: {
              from: { type: 'string' },
              proof: { enum: ['tag', 'attestation'] },
              signers: { type: 'object', additionalProperties: false, properties: signerProperties },
            },
          },
          files: patternList,
        },
      },
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rules', 'reason'],
        properties: {
          id: { type: 'string' },
          rules: { type: 'array', minItems: 1, items: { enum: ruleIds } },
          images: patternList,
          tags: patternList,
          environments: { type: 'array', items: { type: 'string' } },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
    scan: { type: 'object', additionalProperties: false, properties: { include: patternList } },
    sigstore: {
      type: 'object',
      additionalProperties: false,
      properties: {
        trustedRoot: { type: 'string', minLength: 1 },
        fulcio: { type: 'string', minLength: 1 },
        rekor: { type: 'string', minLength: 1 },
        timestampAuthority: { type: 'string', minLength: 1 },
      },
    },
  },
} as const

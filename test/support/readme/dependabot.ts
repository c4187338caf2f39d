/**
 * Dependabot's configuration file as GitHub documents it
 * (https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference):
 * `version: 2` and `updates`, each with a known `package-ecosystem`, a `directory` (or
 * `directories`) and a `schedule.interval`. Dependabot itself runs only on GitHub; this is what
 * the README test can check of a configuration it shows: that GitHub would accept it.
 */
import { Ajv } from 'ajv'

const ECOSYSTEMS = [
  'bundler',
  'cargo',
  'composer',
  'devcontainers',
  'docker',
  'docker-compose',
  'dotnet-sdk',
  'elm',
  'github-actions',
  'gitsubmodule',
  'gomod',
  'gradle',
  'helm',
  'maven',
  'mix',
  'npm',
  'nuget',
  'pip',
  'pub',
  'swift',
  'terraform',
  'uv',
]

const SCHEMA = {
  type: 'object',
  required: ['version', 'updates'],
  properties: {
    version: { const: 2 },
    updates: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['package-ecosystem', 'schedule'],
        anyOf: [{ required: ['directory'] }, { required: ['directories'] }],
        properties: {
          'package-ecosystem': { enum: ECOSYSTEMS },
          directory: { type: 'string', pattern: '^/' },
          directories: { type: 'array', items: { type: 'string' } },
          schedule: {
            type: 'object',
            required: ['interval'],
            properties: { interval: { enum: ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'] } },
          },
        },
      },
    },
  },
} as const

const validate = new Ajv({ allErrors: true }).compile(SCHEMA)

/** The problems GitHub would report in a dependabot.yml, as `path: message` lines; empty when it is valid. */
export function dependabotProblems(config: unknown): string[] {
  if (validate(config)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`)
}

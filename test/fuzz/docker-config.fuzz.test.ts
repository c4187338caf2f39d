/** Fuzz: Docker config JSON (DOCKER_AUTH_CONFIG, ~/.docker/config.json) through the credential resolver (src/registry/credentials). */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCredentialResolver, type HelperRunner } from '../../src/registry/credentials/index.js'
import { anyText, deepJson, oddJsonValue } from './arbitraries.js'
import { corpusRows, fuzzAsync, outcomeOfAsync, type Outcome } from './support.js'

const SECRET = 'S3CR3T-fuzz'
const REGISTRIES = ['ghcr.io', 'docker.io', 'registry.example:5000', '[::1]:5000']
const KEYS = [...REGISTRIES, 'https://index.docker.io/v1/', 'http://ghcr.io', 'https://registry.example:5000/v2/', '', 'GHCR.IO', '__proto__', 'constructor']
const odd = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: oddJsonValue })

const authEntry = odd(
  fc.record(
    {
      auth: odd(fc.constantFrom(Buffer.from(`user:${SECRET}`).toString('base64'), Buffer.from(SECRET).toString('base64'), `${SECRET}!!`, '', '=')),
      username: odd(fc.constantFrom('user', '')),
      password: odd(fc.constant(SECRET)),
      identitytoken: odd(fc.constant(SECRET)),
      registrytoken: odd(fc.constant(SECRET)),
    },
    { requiredKeys: [] },
  ),
)

const config = fc.record(
  {
    auths: odd(fc.dictionary(fc.constantFrom(...KEYS), authEntry, { maxKeys: 4 })),
    credHelpers: odd(fc.dictionary(fc.constantFrom(...KEYS), odd(fc.constantFrom('gcloud', 'ecr-login', '', '../../bin/sh')), { maxKeys: 3 })),
    credsStore: odd(fc.constantFrom('desktop', '', 'pass')),
  },
  { requiredKeys: [] },
)

const configText = fc.oneof(
  { weight: 6, arbitrary: config.map((json) => JSON.stringify(json)) },
  { weight: 1, arbitrary: deepJson(50_000) },
  { weight: 1, arbitrary: fc.oneof(anyText, fc.constantFrom(`{"auths":{"ghcr.io":{"auth":"${SECRET}"`, `{"x":"${SECRET}`, '[]', 'null', ' ')) },
)

/** A credential helper that answers like a broken or hostile one would. */
const helperAnswer = fc.constantFrom(
  { exitCode: 0, stdout: `{"Username":"u","Secret":"${SECRET}"}`, stderr: '' },
  { exitCode: 0, stdout: 'not json', stderr: '' },
  { exitCode: 0, stdout: `{"Username":5,"Secret":{"a":"${SECRET}"}}`, stderr: '' },
  { exitCode: 1, stdout: '', stderr: 'credentials not found in native keychain' },
  { exitCode: 127, stdout: '', stderr: 'not found' },
)

async function resolveAll(text: string, answer: Awaited<ReturnType<HelperRunner>>): Promise<unknown[]> {
  const runHelper: HelperRunner = async () => answer
  const resolve = createCredentialResolver({ env: { DOCKER_AUTH_CONFIG: text }, homedir: EMPTY_HOME, mask: () => {}, runHelper })
  const found: unknown[] = []
  for (const registry of REGISTRIES) found.push(await resolve(registry))
  return found
}

const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'shiptag-fuzz-home-'))

/** A credential with string fields, or a typed refusal whose message never holds the secret. */
function safeOutcome(outcome: Outcome): void {
  if (outcome.kind === 'refused') {
    expect(`${outcome.error.message} ${outcome.error.hint ?? ''}`).not.toContain(SECRET)
    return
  }
  for (const credential of outcome.value as (Record<string, unknown> | undefined)[]) {
    for (const field of ['username', 'password', 'identityToken', 'registryToken'] as const) {
      if (credential?.[field] !== undefined) expect(typeof credential[field], field).toBe('string')
    }
  }
}

describe('fuzz: Docker config', () => {
  it('any config gives string credentials or a CredentialError without the secret', async () => {
    await fuzzAsync(fc.tuple(configText, helperAnswer), ([text, answer]) => resolveAll(text, answer), 400, safeOutcome)
  })
})

describe('regression corpus: Docker config', () => {
  it.each(corpusRows('docker-config'))('%s', async (_title, entry) => {
    safeOutcome(await outcomeOfAsync(() => resolveAll(entry.text, { exitCode: 1, stdout: '', stderr: '' }), entry.name))
  })
})

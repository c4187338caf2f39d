import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeError } from '../../errors.js'
import { createCredentialResolver, type CredentialResolverOptions } from './resolver.js'
import { runHelperProgram, type HelperRunner } from './helper.js'

const b64 = (text: string) => Buffer.from(text).toString('base64')

/** A home directory with ~/.docker/config.json holding `config`. */
function home(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-home-'))
  if (config !== undefined) {
    mkdirSync(join(dir, '.docker'))
    writeFileSync(join(dir, '.docker/config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  }
  return dir
}

/**
 * A real credential helper: an executable script answering the protocol from a table, so the
 * default runner (no shell, @actions/exec) is what runs it.
 */
function helperDir(answers: Record<string, { exit: number; stdout: string; stderr?: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-helper-'))
  const script = `#!${process.execPath}
const answers = ${JSON.stringify(answers)};
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', () => {
  const a = answers[input.trim()] ?? { exit: 1, stdout: 'credentials not found in native keychain' };
  process.stdout.write(a.stdout); if (a.stderr) process.stderr.write(a.stderr); process.exit(a.exit);
});
`
  writeFileSync(join(dir, 'docker-credential-shiptagtest'), script)
  chmodSync(join(dir, 'docker-credential-shiptagtest'), 0o755)
  return dir
}

/** Runs helpers found in `dir` by absolute path, as PATH lookup would. */
const runFrom =
  (dir: string): HelperRunner =>
  (program, input) =>
    runHelperProgram(join(dir, program), input)

function resolver(options: Partial<CredentialResolverOptions> & { homedir: string }) {
  const masked: string[] = []
  const resolve = createCredentialResolver({ env: {}, mask: (s) => masked.push(s), ...options })
  return { resolve, masked }
}

describe('createCredentialResolver', () => {
  it.each([
    ['ghcr.io key', { auths: { 'ghcr.io': { auth: b64('octo:pa:ss') } } }, 'ghcr.io', { username: 'octo', password: 'pa:ss' }],
    ['trailing NULs trimmed', { auths: { 'ghcr.io': { auth: b64('octo:secret\0\0') } } }, 'ghcr.io', { username: 'octo', password: 'secret' }],
    ['username/password fields', { auths: { 'quay.io': { username: 'robot+ci', password: 'tok' } } }, 'quay.io', { username: 'robot+ci', password: 'tok' }],
    ['Docker Hub under its index URL', { auths: { 'https://index.docker.io/v1/': { auth: b64('me:hub') } } }, 'docker.io', { username: 'me', password: 'hub' }],
    [
      'Docker Hub via registry-1',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('me:hub') } } },
      'registry-1.docker.io',
      { username: 'me', password: 'hub' },
    ],
    [
      'legacy https key with path',
      { auths: { 'https://registry.acme.example/v1/': { auth: b64('a:b') } } },
      'registry.acme.example',
      { username: 'a', password: 'b' },
    ],
    ['legacy http key', { auths: { 'http://127.0.0.1:5000': { auth: b64('a:b') } } }, '127.0.0.1:5000', { username: 'a', password: 'b' }],
    ['host:port key', { auths: { 'localhost:5000': { auth: b64('a:b') } } }, 'localhost:5000', { username: 'a', password: 'b' }],
    ['identity token', { auths: { 'acme.azurecr.io': { identitytoken: 'refresh-me' } } }, 'acme.azurecr.io', { identityToken: 'refresh-me' }],
    ['registry token', { auths: { 'r.example': { registrytoken: 'bearer-me' } } }, 'r.example', { registryToken: 'bearer-me' }],
    ['{} placeholder', { auths: { 'ghcr.io': {} } }, 'ghcr.io', undefined],
    ['another registry', { auths: { 'ghcr.io': { auth: b64('a:b') } } }, 'quay.io', undefined],
    ['no port does not match a port', { auths: { 'localhost:5000': { auth: b64('a:b') } } }, 'localhost', undefined],
  ])('%s', async (_name, config, registry, expected) => {
    const { resolve } = resolver({ homedir: home(config) })
    const found = await resolve(registry)
    if (expected === undefined) expect(found).toBeUndefined()
    else expect(found).toMatchObject(expected)
  })

  it('names where a credential came from, never the secret', async () => {
    const { resolve } = resolver({ homedir: home({ auths: { 'ghcr.io': { auth: b64('octo:s3cret') } } }) })
    const found = await resolve('ghcr.io')
    expect(found?.source).toMatch(/config\.json auths\["ghcr\.io"\]$/)
    expect(found?.source).not.toContain('s3cret')
  })

  it('masks every secret the moment it is read', async () => {
    const { resolve, masked } = resolver({ homedir: home({ auths: { 'ghcr.io': { auth: b64('octo:s3cret') }, 'r.example': { registrytoken: 'tok' } } }) })
    await resolve('ghcr.io')
    await resolve('r.example')
    expect(masked).toEqual([b64('octo:s3cret'), 's3cret', 'tok'])
  })

  it('prefers DOCKER_CONFIG over the home directory, and DOCKER_AUTH_CONFIG over both', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'shiptag-dc-'))
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: b64('from:dockerconfig') } } }))
    const homedir = home({ auths: { 'ghcr.io': { auth: b64('from:home') } } })
    expect(await resolver({ homedir, env: { DOCKER_CONFIG: configDir } }).resolve('ghcr.io')).toMatchObject({ password: 'dockerconfig' })
    const env = { DOCKER_CONFIG: configDir, DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'ghcr.io': { auth: b64('from:envvar') } } }) }
    expect(await resolver({ homedir, env }).resolve('ghcr.io')).toMatchObject({ password: 'envvar', source: 'DOCKER_AUTH_CONFIG auths["ghcr.io"]' })
  })

  it('uses explicit inputs first and the github-token for ghcr.io only, last', async () => {
    const homedir = home({ auths: { 'quay.io': { auth: b64('q:q') } } })
    const { resolve } = resolver({
      homedir,
      githubToken: 'ghs_token',
      githubActor: 'octocat',
      explicit: new Map([['quay.io', { username: 'x', password: 'explicit' }]]),
    })
    expect(await resolve('quay.io')).toMatchObject({ password: 'explicit', source: 'explicit input' })
    expect(await resolve('ghcr.io')).toMatchObject({ username: 'octocat', password: 'ghs_token', source: 'github-token' })
    expect(await resolve('docker.io')).toBeUndefined()
  })

  it('runs a real credential helper (credHelpers before auths; credsStore; <token>; not found falls back)', async () => {
    const dir = helperDir({
      'ghcr.io': { exit: 0, stdout: JSON.stringify({ ServerURL: 'ghcr.io', Username: 'helper-user', Secret: 'helper-secret' }) },
      'acme.azurecr.io': { exit: 0, stdout: JSON.stringify({ ServerURL: 'acme.azurecr.io', Username: '<token>', Secret: 'refresh' }) },
    })
    const config = {
      credHelpers: { 'ghcr.io': 'shiptagtest' },
      credsStore: 'shiptagtest',
      auths: { 'ghcr.io': { auth: b64('file:file') }, 'quay.io': { auth: b64('fallback:yes') } },
    }
    const { resolve, masked } = resolver({ homedir: home(config), runHelper: runFrom(dir) })
    expect(await resolve('ghcr.io')).toEqual({ username: 'helper-user', password: 'helper-secret', source: 'credential helper docker-credential-shiptagtest' })
    expect(await resolve('acme.azurecr.io')).toEqual({ identityToken: 'refresh', source: 'credential helper docker-credential-shiptagtest' })
    expect(await resolve('quay.io')).toMatchObject({ username: 'fallback', password: 'yes' })
    expect(masked).toContain('helper-secret')
    expect(masked).toContain('refresh')
  })

  it.each([
    [
      'a failing helper',
      { 'ghcr.io': { exit: 3, stdout: '', stderr: 'keychain locked' } },
      'credHelpers',
      /docker-credential-shiptagtest failed for ghcr\.io \(exit code 3\): keychain locked/,
    ],
    ['a helper answering garbage', { 'ghcr.io': { exit: 0, stdout: 'not json' } }, 'credHelpers', /answered something other than JSON/],
  ])('reports %s clearly', async (_name, answers, _field, message) => {
    const { resolve } = resolver({ homedir: home({ credHelpers: { 'ghcr.io': 'shiptagtest' } }), runHelper: runFrom(helperDir(answers)) })
    const error = await resolve('ghcr.io').then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(describeError(error)).toMatch(message)
    expect(describeError(error)).toContain('What to do:')
  })

  it('reports a helper that is not installed', async () => {
    const { resolve } = resolver({ homedir: home({ credsStore: 'nonexistent-shiptag' }) })
    const error = await resolve('ghcr.io').then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(describeError(error)).toMatch(/docker-credential-nonexistent-shiptag could not be started/)
  })

  it.each([
    ['invalid JSON', '{"auths": {', /is not valid JSON/],
    ['auths not an object', '{"auths": []}', /"auths" must be an object/],
  ])('names the file of a malformed config: %s', async (_name, text, message) => {
    const homedir = home(text)
    const error = await resolver({ homedir })
      .resolve('ghcr.io')
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(describeError(error)).toMatch(message)
    expect(describeError(error)).toContain(join(homedir, '.docker/config.json'))
  })

  it.each([
    ['cut short', (auth: string) => `{"auths": {"ghcr.io": {"auth": "${auth}"}`],
    ['a bare word', (auth: string) => `${auth}`],
    ['an unquoted value', (auth: string) => `{"auths": {"ghcr.io": {"auth": ${auth}}}}`],
  ])('never puts a secret in an error message (%s)', async (_name, text) => {
    const secret = 'very-secret-value'
    const broken = text(b64(`u:${secret}`))
    const error = await resolver({ homedir: home(broken) })
      .resolve('ghcr.io')
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(describeError(error)).not.toContain(secret)
    expect(describeError(error)).not.toContain(b64(`u:${secret}`))
  })
})

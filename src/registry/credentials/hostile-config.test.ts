import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeError } from '../../errors.js'
import { CredentialError } from './errors.js'
import { findOnPath } from '../../process/index.js'
import { createHelperRunner, type HelperRunner } from './helper.js'
import { createCredentialResolver } from './resolver.js'

const b64 = (text: string) => Buffer.from(text).toString('base64')

function home(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-home-'))
  mkdirSync(join(dir, '.docker'))
  writeFileSync(join(dir, '.docker/config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return dir
}

/** A runner that records what it was asked to run and runs nothing. */
function recordingRunner(): { run: HelperRunner; ran: string[] } {
  const ran: string[] = []
  return { ran, run: async (program) => (ran.push(program), { exitCode: 1, stdout: 'credentials not found', stderr: '' }) }
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  )
}

/** Every piece of `secret` of three characters or more: none may appear in a message. */
function expectNoPieceOf(text: string, secret: string): void {
  for (let i = 0; i + 3 <= secret.length; i++) expect(text, `contains ${JSON.stringify(secret.slice(i, i + 3))}`).not.toContain(secret.slice(i, i + 3))
}

describe('credential helper names', () => {
  it.each([
    ['a name with spaces (argv split)', { credsStore: 'desktop --config /tmp/evil' }, /contains whitespace/],
    ['a relative path up', { credsStore: '../../tmp/x' }, /starts with "\."/],
    ['a path down', { credsStore: 'sub/x' }, /contains a path separator/],
    ['an absolute path', { credsStore: '/usr/bin/env' }, /contains a path separator/],
    ['an option', { credsStore: '-x' }, /starts with "-"/],
    ['a dot', { credsStore: '.' }, /starts with "\."/],
    ['two dots', { credsStore: '..' }, /starts with "\."/],
    ['a hidden name', { credsStore: '.hidden' }, /starts with "\."/],
    ['a shell metacharacter', { credsStore: 'desktop;id' }, /a character other than/],
    ['a newline', { credsStore: 'desktop\nid' }, /contains whitespace/],
    ['a very long name', { credsStore: 'a'.repeat(101) }, /101 characters long/],
    ['not a string', { credsStore: 5 }, /a number, not a string/],
    ['a credHelpers path', { credHelpers: { 'ghcr.io': '../x' } }, /credHelpers\["ghcr\.io"\]/],
    ['a credHelpers entry for another registry', { credHelpers: { 'quay.io': 'a b' } }, /credHelpers\["quay\.io"\]/],
    ['a credHelpers value that is not a string', { credHelpers: { 'ghcr.io': ['desktop'] } }, /a list, not a string/],
  ])(
    'refuses %s before running anything, without quoting it',
    async (_name, config: { credsStore?: unknown; credHelpers?: Record<string, unknown> }, problem) => {
      const { run, ran } = recordingRunner()
      const error = await failure(createCredentialResolver({ env: {}, homedir: home(config), mask: () => {}, runHelper: run })('ghcr.io'))
      expect(error).toBeInstanceOf(CredentialError)
      const message = describeError(error)
      expect(message).toMatch(/is not a credential helper name: it/)
      expect(message).toMatch(problem)
      expect(message).toMatch(/config\.json/)
      for (const value of [config.credsStore, ...Object.values(config.credHelpers ?? {})])
        if (typeof value === 'string' && value.length > 2) expect(message).not.toContain(value)
      expect(ran).toEqual([])
    },
  )
})

describe('running a helper', () => {
  function script(body: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-helper-'))
    const file = join(dir, 'docker-credential-x')
    writeFileSync(file, `#!${process.execPath}\n${body}\n`)
    chmodSync(file, 0o755)
    return file
  }

  it('stops a helper that never answers, at the deadline', async () => {
    const started = Date.now()
    const error = await failure(createHelperRunner({ timeoutMs: 300 })(script('setInterval(() => {}, 1000)'), 'ghcr.io'))
    expect(describeError(error)).toMatch(/did not answer within 0\.3 s and was stopped/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('stops a helper that floods its output', async () => {
    const error = await failure(
      createHelperRunner({ maxOutputBytes: 64 * 1024 })(script("const b = 'x'.repeat(65536); (function w() { process.stdout.write(b, w) })()"), 'ghcr.io'),
    )
    expect(describeError(error)).toMatch(/printed more than 65536 bytes and was stopped/)
  })

  it('survives a helper that exits without reading its input', async () => {
    const result = await createHelperRunner()(script('process.exit(3)'), 'x'.repeat(1024 * 1024))
    expect(result.exitCode).toBe(3)
  })

  it('flattens what a failing helper printed', async () => {
    const { resolve } = {
      resolve: createCredentialResolver({
        env: {},
        homedir: home({ credsStore: 'x' }),
        mask: () => {},
        runHelper: (_p, input) => createHelperRunner()(script("process.stderr.write('locked\\n::error::pwned\\u001b[2J'); process.exit(2)"), input),
      }),
    }
    const message = describeError(await failure(resolve('ghcr.io')))
    expect(message).toMatch(/failed for ghcr\.io \(exit code 2\): locked : :error: :pwned \[2J/)
    expect(message.split('\n')).toHaveLength(2)
  })

  it.each([
    ['an absolute directory', (dir: string) => dir, true],
    ['a relative directory', () => '.', false],
    ['an empty entry (the working directory)', () => '', false],
  ])('looks a helper up on PATH in %s', (_name, entry, found) => {
    const file = script('')
    const dir = join(file, '..')
    const previous = process.cwd()
    process.chdir(dir)
    try {
      expect(findOnPath('docker-credential-x', `/nonexistent-shiptag:${entry(dir)}`)).toBe(found ? file : undefined)
    } finally {
      process.chdir(previous)
    }
  })
})

describe('malformed Docker configs', () => {
  const password = 'Zq9#xW7!pL2$vK5'
  const auth = b64(`octo:${password}`)

  it.each([
    ['cut short after the password', `{"auths": {"ghcr.io": {"username": "octo", "password": "${password}"`, 1, 73],
    ['an unquoted auth', `{"auths": {"ghcr.io": {"auth": ${auth}}}}`, 1, 32],
    ['an unquoted password', `{"auths": {"ghcr.io": {"password": ${password}}}}`, 1, 36],
    ['a bare password', password, 1, 1],
    ['a password with a raw newline', `{\n  "auths": {"ghcr.io": {"password": "${password.slice(0, 7)}\n${password.slice(7)}"}}}`, 2, 45],
    ['a bad escape after the password', `{"auths": {"ghcr.io": {"password": "${password}\\q"}}}`, 1, 53],
    ['a trailing comma after the auth', `{"auths": {"ghcr.io": {"auth": "${auth}",}}}`, 1, 63],
    ['a single-quoted auth', `{"auths": {"ghcr.io": {"auth": '${auth}'}}}`, 1, 32],
  ])('names the position, never a piece of the text: %s', async (_name, text, line, column) => {
    for (const [where, options] of [
      ['file', { env: {}, homedir: home(text) }],
      ['variable', { env: { DOCKER_AUTH_CONFIG: text }, homedir: home({}) }],
    ] as const) {
      const error = await failure(createCredentialResolver({ ...options, mask: () => {} })('ghcr.io'))
      // The temporary home's random name could hold three characters of the base64 by chance.
      const message = describeError(error).split(options.homedir).join('<home>')
      expect(error, where).toBeInstanceOf(CredentialError)
      expect(message).toContain(`is not valid JSON at line ${line}, column ${column}`)
      expectNoPieceOf(message, password)
      expectNoPieceOf(message, auth)
    }
  })

  it.each([
    ['an auth that is a number', { auths: { 'ghcr.io': { auth: 123 } } }, /auths\["ghcr\.io"\]\.auth must be a string/],
    ['an entry that is a string', { auths: { 'ghcr.io': 'octo:secret' } }, /auths\["ghcr\.io"\] must be an object/],
  ])('refuses %s with a typed error', async (_name, config, message) => {
    const error = await failure(createCredentialResolver({ env: {}, homedir: home(config), mask: () => {} })('ghcr.io'))
    expect(error).toBeInstanceOf(CredentialError)
    expect(describeError(error)).toMatch(message)
    expect(describeError(error)).not.toContain('secret')
  })

  it.each([
    ['a device that never ends', '/dev/zero', /is not a regular file/],
    ['a file over the size budget', 'big', /is larger than 4194304 bytes/],
  ])('refuses %s as config.json, without reading it', async (_name, target, message) => {
    const configDir = mkdtempSync(join(tmpdir(), 'shiptag-dc-'))
    if (target === 'big') writeFileSync(join(configDir, 'config.json'), Buffer.alloc(4 * 1024 * 1024 + 1, 0x20))
    else symlinkSync(target, join(configDir, 'config.json'))
    const error = await failure(createCredentialResolver({ env: { DOCKER_CONFIG: configDir }, homedir: home({}), mask: () => {} })('ghcr.io'))
    expect(error).toBeInstanceOf(CredentialError)
    expect(describeError(error)).toMatch(message)
  })
})

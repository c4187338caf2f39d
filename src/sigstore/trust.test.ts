import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signCosignTag } from '../../test/support/sigstore/index.js'
import { InputError } from '../errors.js'
import { TrustedRootError } from './errors.js'
import { publicGoodTrust, trustedRootFromFile } from './trust.js'
import {
  DIGEST,
  identityRules,
  ISSUER,
  keyRules,
  makeFixtures,
  RELEASE_IDENTITY,
  tagEvidence,
  verifyCase,
  WORKFLOW,
  type Fixtures,
} from './verify.test-support.js'

let f: Fixtures
const cacheDirs: string[] = []
beforeAll(async () => {
  f = await makeFixtures()
})
afterAll(() => cacheDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const FILE = '.sigstore/trusted_root.json'
/** The mock instance's root with `change` applied. */
const rootWith = (change: (root: Record<string, unknown>) => void) => {
  const root = structuredClone(f.sigstore.trustedRoot)
  change(root)
  return JSON.stringify(root)
}

describe('trustedRootFromFile', () => {
  it('reads a trusted_root.json and names it in messages', () => {
    expect(trustedRootFromFile(f.sigstore.trustedRootText, FILE).text).toBe('the trusted root .sigstore/trusted_root.json')
  })

  const refusals: [string, () => string, string | RegExp][] = [
    ['not JSON', () => '{"tlogs": [', /^\.sigstore\/trusted_root\.json: the trusted root is not JSON \(/],
    ['a list', () => '[]', '.sigstore/trusted_root.json: is not a JSON object'],
    ['nested 100000 deep', () => '['.repeat(100_000), '.sigstore/trusted_root.json: the trusted root nests deeper than 64 levels'],
    ['over 1 MiB', () => ' '.repeat(1024 * 1024 + 1), '.sigstore/trusted_root.json: the trusted root is 1048577 bytes, over the limit of 1 MiB'],
    [
      'another JSON document',
      () => '{"name": "app", "version": "1.0.0"}',
      '.sigstore/trusted_root.json: has neither certificateAuthorities nor tlogs: it is no Sigstore trusted root',
    ],
    ['tlogs not a list', () => rootWith((r) => (r.tlogs = {})), '.sigstore/trusted_root.json: tlogs is not a list'],
    [
      '65 certificate authorities',
      () => rootWith((r) => (r.certificateAuthorities = Array(65).fill((r.certificateAuthorities as unknown[])[0]))),
      '.sigstore/trusted_root.json: certificateAuthorities has 65 entries, over the limit of 64',
    ],
    [
      'a chain of 11 certificates',
      () =>
        rootWith(
          (r) => ((r.certificateAuthorities as { certChain: { certificates: unknown[] } }[])[0]!.certChain.certificates = Array(11).fill({ rawBytes: 'AAAA' })),
        ),
      '.sigstore/trusted_root.json: a certificate chain of certificateAuthorities has 11 certificates, over the limit of 10',
    ],
    [
      'a certificate that is garbage',
      () => rootWith((r) => ((r.certificateAuthorities as { certChain: { certificates: unknown[] } }[])[0]!.certChain.certificates = [{ rawBytes: 'AAAA' }])),
      /^\.sigstore\/trusted_root\.json: holds a key or certificate that cannot be read \(/,
    ],
    [
      'a log without its key',
      () => rootWith((r) => delete (r.tlogs as Record<string, unknown>[])[0]!.publicKey),
      /^\.sigstore\/trusted_root\.json: holds a key or certificate that cannot be read \(/,
    ],
  ]
  it.each(refusals)('refuses %s, naming the file', (_name, text, message) => {
    let caught: unknown
    try {
      trustedRootFromFile(text(), FILE)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    expect((caught as InputError).message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message)
    expect((caught as InputError).hint).toMatch(/trusted_root\.json/)
  })
})

/** The public-good TUF root @sigstore/tuf ships, base64. */
function publicGoodSeed(): string {
  const seeds = JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@sigstore/tuf')), '../seeds.json'), 'utf8')) as Record<
    string,
    { 'root.json': string }
  >
  return seeds['https://tuf-repo-cdn.sigstore.dev']!['root.json']
}

describe('publicGoodTrust', () => {
  /** A loopback TUF mirror that logs what is asked and has nothing; the cache is seeded with public-good's root, as @sigstore/tuf seeds its own. */
  let mirror: { url: string; requests: string[]; close: () => void }
  beforeAll(async () => {
    const requests: string[] = []
    const server = createServer((request, response) => {
      requests.push(request.url ?? '')
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    mirror = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() }
  })
  afterAll(() => mirror.close())

  const seededCache = () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-tuf-'))
    cacheDirs.push(dir)
    const repository = join(dir, encodeURIComponent(new URL(mirror.url).host))
    mkdirSync(repository)
    writeFileSync(join(repository, 'root.json'), Buffer.from(publicGoodSeed(), 'base64'))
    return dir
  }

  it('names the public-good TUF repository by default', () => {
    expect(publicGoodTrust({ cacheDir: tmpdir() }).text).toBe('the Sigstore public-good trusted root (TUF https://tuf-repo-cdn.sigstore.dev)')
  })

  it('is not reached for a key-signed signature', async () => {
    mirror.requests.length = 0
    const trust = publicGoodTrust({ cacheDir: seededCache(), mirrorUrl: mirror.url, timeoutMs: 1000 })
    const check = await verifyCase({
      evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: { key: f.keys.ed25519 } })),
      signers: keyRules(f.keys.ed25519),
      trust,
    })
    expect(check).toMatchObject({ ok: true, signer: 'key .github/cosign.pub' })
    expect(mirror.requests).toEqual([])
  })

  it('is reached for a keyless signature, once; a repository that fails stops the run with what to do', async () => {
    mirror.requests.length = 0
    const trust = publicGoodTrust({ cacheDir: seededCache(), mirrorUrl: mirror.url, timeoutMs: 1000 })
    const evidence = tagEvidence(await signCosignTag({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.sigstore } }))
    const verify = () => verifyCase({ evidence, signers: identityRules(RELEASE_IDENTITY), trust }).catch((e: unknown) => e)
    const [first, second] = await Promise.all([verify(), verify()])
    for (const error of [first, second]) {
      expect(error).toBeInstanceOf(TrustedRootError)
      expect((error as TrustedRootError).message).toMatch(
        new RegExp(`^could not get the Sigstore public-good trusted root from ${mirror.url.replaceAll('.', '\\.')}: error refreshing TUF metadata \\(.+\\)$`),
      )
      expect((error as TrustedRootError).hint).toBe(
        'check that the runner reaches the TUF repository, or set sigstore.trustedRoot to a trusted_root.json in the workspace',
      )
    }
    // TUF asks for the next root version first (https://theupdateframework.github.io/specification/latest/#update-root); both checks shared one refresh.
    expect(mirror.requests[0]).toMatch(/^\/\d+\.root\.json$/)
    expect(mirror.requests.filter((path) => path === mirror.requests[0])).toHaveLength(1)
  }, 20_000)
})

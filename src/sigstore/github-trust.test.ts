import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTufRepository } from '../../test/support/sigstore/github-tuf-repository.js'
import { TrustedRootError } from './errors.js'
import { githubTrust, GITHUB_TUF_MIRROR } from './github-trust.js'

/** A trusted_root.json (protobuf-specs TrustedRoot JSON) as GitHub's TUF repository serves one. */
const TRUSTED_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [
    {
      subject: { organization: 'GitHub, Inc.', commonName: 'Internal Services Root' },
      uri: 'https://fulcio.example',
      certChain: { certificates: [{ rawBytes: Buffer.from('a certificate').toString('base64') }] },
      validFor: { start: '2023-10-27T00:00:00.000Z' },
    },
  ],
  ctlogs: [],
  timestampAuthorities: [
    {
      subject: { organization: 'GitHub, Inc.', commonName: 'TSA Timestamping' },
      uri: 'https://timestamp.example',
      certChain: { certificates: [{ rawBytes: Buffer.from('a tsa certificate').toString('base64') }] },
      validFor: { start: '2023-10-27T00:00:00.000Z' },
    },
  ],
}

/** A loopback server that answers 404 to everything and records the paths asked for. */
let server: Server
let mirror: string
const asked: string[] = []
const dirs: string[] = []
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-github-trust-'))
  dirs.push(dir)
  return join(dir, 'cache')
}

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '')
    res.writeHead(404).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

async function failure(promise: Promise<unknown>): Promise<TrustedRootError> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(TrustedRootError)
      return error as TrustedRootError
    },
  )
}

describe('githubTrust', () => {
  it("names GitHub's TUF repository, and asks nothing and writes nothing until the root is needed", () => {
    const dir = cacheDir()
    asked.length = 0
    const trust = githubTrust({ cacheDir: dir, mirrorUrl: mirror })
    expect(githubTrust({ cacheDir: dir }).text).toBe(`GitHub's Sigstore instance (TUF repository ${GITHUB_TUF_MIRROR})`)
    expect(trust.text).toBe(`GitHub's Sigstore instance (TUF repository ${mirror})`)
    expect(existsSync(dir)).toBe(false)
    expect(asked).toEqual([])
  })

  it("starts TUF from GitHub's root (version 3: it asks for 4.root.json) and says what to do when the mirror has nothing", async () => {
    const dir = cacheDir()
    asked.length = 0
    const error = await failure(githubTrust({ cacheDir: dir, mirrorUrl: mirror, timeoutMs: 2_000 }).trustedRoot())
    expect(asked[0]).toBe('/4.root.json')
    expect(JSON.parse(readFileSync(join(dir, 'github-tuf-root.json'), 'utf8'))).toMatchObject({ signed: { _type: 'root', version: 3 } })
    expect(error.message).toMatch(
      new RegExp(`^the trusted root of GitHub's Sigstore instance could not be fetched from ${mirror}: error refreshing TUF metadata: `),
    )
    expect(error.hint).toContain(`check that this runner reaches 127.0.0.1:`)
    expect(error.hint).toContain('set sigstore.trustedRoot to its path')
  })

  it('fetches trusted_root.json through TUF from the mirror, once, as TrustedRoot JSON', async () => {
    const repo = await startTufRepository(JSON.stringify(TRUSTED_ROOT))
    try {
      const trust = githubTrust({ cacheDir: cacheDir(), mirrorUrl: repo.url, rootJson: repo.rootJson })
      // TrustedRoot's JSON form leaves empty lists out (protobuf JSON), as GitHub's root has no Rekor.
      const expected = {
        mediaType: TRUSTED_ROOT.mediaType,
        certificateAuthorities: TRUSTED_ROOT.certificateAuthorities,
        timestampAuthorities: TRUSTED_ROOT.timestampAuthorities,
      }
      expect(await trust.trustedRoot()).toEqual(expected)
      expect(await trust.trustedRoot()).toEqual(expected)
      expect(repo.requests).toEqual(['/2.root.json', '/timestamp.json', '/snapshot.json', '/targets.json', '/targets/trusted_root.json'])
    } finally {
      await repo.close()
    }
  })

  it('refuses a TUF repository whose metadata has expired', async () => {
    const repo = await startTufRepository(JSON.stringify(TRUSTED_ROOT), { expires: new Date('2020-01-01T00:00:00Z') })
    try {
      const error = await failure(githubTrust({ cacheDir: cacheDir(), mirrorUrl: repo.url, rootJson: repo.rootJson }).trustedRoot())
      expect(error.message).toMatch(/error refreshing TUF metadata: .*expired/i)
    } finally {
      await repo.close()
    }
  })

  it('an unreachable mirror is a typed error, and a later call tries again', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const trust = githubTrust({ cacheDir: cacheDir(), mirrorUrl: url, timeoutMs: 1_000 })
    const first = await failure(trust.trustedRoot())
    expect(first.message).toContain(`could not be fetched from ${url}: error refreshing TUF metadata: `)
    expect(first.message).toContain('ECONNREFUSED')
    await failure(trust.trustedRoot())
  })

  it('a TUF root that is not JSON is a typed error', async () => {
    asked.length = 0
    const error = await failure(githubTrust({ cacheDir: cacheDir(), mirrorUrl: mirror, rootJson: 'not json' }).trustedRoot())
    expect(error.message).toMatch(/^the trusted root of GitHub's Sigstore instance could not be fetched from /)
    expect(asked).toEqual([])
  })
})

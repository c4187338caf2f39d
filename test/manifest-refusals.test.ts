import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { addForeignLayer } from './support/layouts/foreign.js'
import { buildLayout } from './support/layouts/index.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-01T00:00:00Z') }

const manifestPuts = (log: AccessLogEntry[]) => log.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/'))

/** A refused manifest is an answer: one PUT, the registry's own words, advice that fits (issue 13). */
describe('a manifest the registry refuses', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(() => registry.stop())

  async function pushError(source: string, repository: string): Promise<string> {
    const client = createRegistryClient({ credentials: async () => undefined, retry: { baseDelayMs: 10 } })
    try {
      await runPushCommand({ source, metadata: { images: `${registry.host}/${repository}`, tags: 'v1\nlatest' }, dryRun: false }, CONTEXT, OPTIONS, client)
    } catch (error) {
      return describeError(error)
    } finally {
      await client.close()
    }
    throw new Error('the push succeeded')
  }

  it('with a foreign layer on the distribution registry, which refuses layer URLs by default: one PUT, its codes, the URL named as the cause', async () => {
    const image = buildLayout({ layers: [4096], seed: 1501 })
    const { layerDigest } = addForeignLayer(image)
    await registry.resetAccessLog()
    const message = await pushError(image.dir, 'acme/windows')
    expect(manifestPuts(await registry.accessLog()).map((e) => `${e.path} ${e.status}`)).toEqual(['/v2/acme/windows/manifests/v1 500'])
    // The registry's own words, as it said them.
    expect(message).toContain(
      `the registry answered 500: UNKNOWN unknown error; UNKNOWN unknown error; MANIFEST_BLOB_UNKNOWN blob unknown to registry (${layerDigest})`,
    )
    expect(message).toContain(
      `1 foreign (non-distributable) layer(s) of this manifest live at a URL, not in the registry (${layerDigest} at https://mcr.microsoft.com/v2/windows/servercore/blobs/${layerDigest})`,
    )
    expect(message).toContain('validation.manifests.urls.allow')
    expect(message).not.toMatch(/push sha256:[0-9a-f]+ to acme\/windows before the manifest|retried/)
  })

  it('with a foreign layer whose URL carries a signature and runs long: scheme, host and path only, cut at 200 characters', async () => {
    const image = buildLayout({ layers: [1024], seed: 1505 })
    addForeignLayer(image, `https://user:Pa55w0rd@blobs.example/${'p'.repeat(5000)}?sig=S3cr3tSignature&layer=`)
    const message = await pushError(image.dir, 'acme/windows-long')
    expect(message).toMatch(/ at https:\/\/blobs\.example\/p{170,190}…\)/)
    expect(message).not.toMatch(/Pa55w0rd|S3cr3tSignature|p{300}/)
  })

  it('with a foreign layer: a dry run already warns that the layer is not uploaded and why the registry may refuse it', async () => {
    const image = buildLayout({ layers: [4096], seed: 1504 })
    const { layerDigest } = addForeignLayer(image)
    const client = createRegistryClient({ credentials: async () => undefined })
    try {
      const result = await runPushCommand(
        { source: image.dir, metadata: { images: `${registry.host}/acme/windows-dry`, tags: 'v1' }, dryRun: true },
        CONTEXT,
        OPTIONS,
        client,
      )
      expect(result.warnings).toContainEqual(expect.stringContaining(`1 foreign (non-distributable) layer(s), e.g. ${layerDigest}, which are not uploaded`))
      expect(result.warnings).toContainEqual(expect.stringContaining('validation.manifests.urls.allow'))
    } finally {
      await client.close()
    }
  })

  it.each([
    ['MANIFEST_INVALID', 500],
    ['NAME_INVALID', 500],
    ['DENIED', 503],
  ])('answered %s with %i by the registry: one PUT, its code, message and detail shown', async (code, status) => {
    const image = buildLayout({ layers: [1024], seed: 1502 })
    const repository = `acme/refused-${code.toLowerCase()}-${status}`
    registry.injectFaults((request) =>
      request.method === 'PUT' && request.path.includes('/manifests/')
        ? {
            kind: 'status',
            status,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ errors: [{ code, message: 'refused by the test', detail: 'the reason given' }] }),
          }
        : undefined,
    )
    await registry.resetAccessLog()
    try {
      const message = await pushError(image.dir, repository)
      expect(manifestPuts(await registry.accessLog())).toHaveLength(1)
      expect(message).toContain(`the registry answered ${status}: ${code} refused by the test (the reason given)`)
    } finally {
      registry.injectFaults(undefined)
    }
  })

  it('a 500 that names MANIFEST_INVALID is answered after one PUT, while a 503 that names only UNAVAILABLE is tried three times', async () => {
    const image = buildLayout({ layers: [1024], seed: 1503 })
    const answers = {
      'acme/invalid': '{"errors":[{"code":"MANIFEST_INVALID","message":"bad"}]}',
      'acme/busy': '{"errors":[{"code":"UNAVAILABLE","message":"busy"}]}',
    }
    registry.injectFaults((request) => {
      const repository = /^\/v2\/(acme\/\w+)\/manifests\//.exec(request.path)?.[1] as keyof typeof answers | undefined
      if (request.method !== 'PUT' || repository === undefined) return undefined
      return { kind: 'status', status: repository === 'acme/busy' ? 503 : 500, body: answers[repository] }
    })
    await registry.resetAccessLog()
    try {
      await pushError(image.dir, 'acme/invalid')
      await pushError(image.dir, 'acme/busy')
      const puts = manifestPuts(await registry.accessLog()).map((e) => e.path.split('/manifests/')[0])
      expect(puts).toEqual(['/v2/acme/invalid', '/v2/acme/busy', '/v2/acme/busy', '/v2/acme/busy'])
    } finally {
      registry.injectFaults(undefined)
    }
  })
})

/**
 * One world for the custody-rule tests (issue 16): the real registry, a private Sigstore instance,
 * a workspace holding the keys and trusted root a policy names, images built into `dev/app`, and
 * the policy gate those tests hand to push, promote and check.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PolicyGate } from '../../../src/commands/policy-gate.js'
import { openLayout, selectRoot, walkImage } from '../../../src/layout/index.js'
import { loadPolicy } from '../../../src/policy/load.js'
import { pushImage } from '../../../src/push/push-image.js'
import { createRegistryClient, type RegistryClient } from '../../../src/registry/index.js'
import { layoutBlobSource, limiterPerRegistry } from '../../../src/store/index.js'
import { buildLayout, type BuiltLayout, type LayoutSpec } from '../layouts/index.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from '../registry/index.js'
import { startMockSigstore, type MockSigstore } from './instance.js'
import { generateSigningKey, type SigningKey } from './keys.js'
import type { PushedManifest, PushTarget } from './push.js'

export interface CustodyWorld {
  readonly registry: StartedRegistry
  readonly client: RegistryClient
  readonly sigstore: MockSigstore
  readonly workspace: string
  /** The key `.github/cosign.pub` holds. */
  readonly key: SigningKey
  /** Builds a fresh image (a new seed each time) and pushes it to `dev/app` under `tag`. */
  build(tag: string, spec?: Partial<LayoutSpec>): Promise<PushedManifest & { readonly layout: BuiltLayout }>
  /** Where test/support/sigstore's push helpers write: `dev/app` (or another repository). */
  target(repository?: string): PushTarget
  /** The gate for `environment` under a policy of `body` (environments and all), the workspace's keys and root. */
  gate(body: string, environment: string, github?: { readonly apiUrl: string; readonly token: string }): PolicyGate
  /** The writes (PUT, POST, PATCH, DELETE) since the access log was last reset. */
  writes(): Promise<AccessLogEntry[]>
  stop(): Promise<void>
}

export async function startCustodyWorld(): Promise<CustodyWorld> {
  const registry = await startRegistry()
  const client = createRegistryClient({ credentials: async () => undefined })
  const sigstore = await startMockSigstore()
  const key = generateSigningKey('ecdsa-p256')
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-custody-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github/cosign.pub'), key.publicKeyPem)
  writeFileSync(join(workspace, '.github/trusted_root.json'), sigstore.trustedRootText)
  let seed = 500
  return {
    registry,
    client,
    sigstore,
    workspace,
    key,
    async build(tag, spec = {}) {
      const layout = buildLayout({ layers: [2048], ...spec, seed: seed++ })
      const opened = await openLayout(layout.dir)
      const graph = walkImage(opened, selectRoot(opened))
      await pushImage(client, graph, layoutBlobSource(opened, graph), [{ registry: registry.host, repository: 'dev/app' }], {
        tags: [tag],
        dryRun: false,
        limiterFor: limiterPerRegistry(4),
      })
      await opened.close()
      const root = graph.root.descriptor
      return { digest: root.digest, size: root.size, mediaType: root.mediaType, layout }
    },
    target: (repository = 'dev/app') => ({ url: registry.url, repository }),
    gate: (body, environment, github) =>
      new PolicyGate(loadPolicy(`version: 1\n${body}`, '.github/image-policy.yml'), '2026-12-06', environment, {
        workspace,
        now: new Date(),
        cacheDir: join(workspace, 'cache'),
        ...(github ? { github } : {}),
      }),
    writes: async () => (await registry.accessLog()).filter((entry) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(entry.method)),
    async stop() {
      await client.close()
      await registry.stop()
      rmSync(workspace, { recursive: true, force: true })
    },
  }
}

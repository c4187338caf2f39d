import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, tarLayout, type BuiltLayout } from '../support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, runAction } from '../support/run-action.js'

const PASSWORD = 'pusher-secret'

/** The Docker config docker/login-action leaves behind: auths[host].auth = base64(user:pass). */
function dockerConfig(host: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-docker-config-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth: Buffer.from(`pusher:${PASSWORD}`).toString('base64') } } }, null, '\t'))
  return dir
}

describe.each(NODE_RUNTIMES)('dist/index.js push on $name', ({ command }) => {
  let registry: StartedRegistry
  let image: BuiltLayout
  let tar: string
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
    image = buildLayout({
      layers: [256 * 1024, 4096],
      seed: 77,
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
    })
    tar = tarLayout(image.dir, `${image.dir}.tar`)
  })
  afterAll(() => registry.stop())

  it('pushes a tag build with the Docker config credentials, then a re-run moves nothing; no secret anywhere', async () => {
    const repository = `acme/widget-${command.length}`
    const inputs = {
      command: 'push',
      source: tar,
      images: `${registry.host}/${repository}`,
      tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
      'github-token': 'ghs_e2eTokenValue',
    }
    const env = { ...eventFixture('push-tag').env, DOCKER_CONFIG: dockerConfig(registry.host) }
    const first = await runAction({ runtime: command, env, inputs })
    expect(first.stderr).toBe('')
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.outputs.digest).toBe(image.rootDigest)
    expect(first.outputs.refs).toBe(`${registry.host}/${repository}@${image.rootDigest}`)
    expect(first.outputs.tags).toBe(`${registry.host}/${repository}:1.2.3\n${registry.host}/${repository}:1.2\n${registry.host}/${repository}:latest`)
    const json = JSON.parse(first.outputs.json!) as { repositories: { tags: { tag: string; action: string }[]; blobsUploaded: number }[] }
    expect(json.repositories[0]!.tags.map((t) => `${t.tag}:${t.action}`)).toEqual(['1.2.3:created', '1.2:created', 'latest:created'])
    expect(json.repositories[0]!.blobsUploaded).toBe(image.layers.length + image.configs.length)
    expect(first.summary).toContain('<code>1.2.3</code></td><td>created')
    // skopeo reads back the index byte for byte.
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `--creds=pusher:${PASSWORD}`, `docker://${registry.host}/${repository}:1.2.3`])
    expect(JSON.parse(raw.stdout).manifests).toHaveLength(2)

    await registry.resetAccessLog()
    const again = await runAction({ runtime: command, env, inputs })
    expect(again.exitCode).toBe(0)
    const requests = (await registry.accessLog()).filter((e) => e.status !== 401 && e.path !== '/v2/')
    expect(requests.map((e) => e.method)).toEqual(['HEAD', 'HEAD', 'HEAD'])
    expect(JSON.parse(again.outputs.json!).repositories[0].upToDate).toBe(true)

    for (const run of [first, again]) {
      const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.exportedEnv)].join('\n')
      // Masked on the runner (::add-mask::), never printed otherwise.
      const unmasked = everything.split('\n').filter((line) => !line.startsWith('::add-mask::'))
      expect(unmasked.join('\n')).not.toContain(PASSWORD)
      expect(unmasked.join('\n')).not.toContain(Buffer.from(`pusher:${PASSWORD}`).toString('base64'))
      expect(unmasked.join('\n')).not.toContain('ghs_e2eTokenValue')
    }
    expect(first.stdout).toContain(`::add-mask::${PASSWORD}`)
  })

  it('dry-run writes nothing and says what would move', async () => {
    const inputs = { command: 'push', source: image.dir, images: `${registry.host}/acme/dry`, tags: 'v1.0.0', 'dry-run': 'true' }
    await registry.resetAccessLog()
    const run = await runAction({ runtime: command, env: { ...eventFixture('push-branch').env, DOCKER_CONFIG: dockerConfig(registry.host) }, inputs })
    expect(run.exitCode, run.stdout).toBe(0)
    expect((await registry.accessLog()).filter((e) => e.method !== 'HEAD' && e.method !== 'GET')).toEqual([])
    expect(run.summary).toContain('dry run: nothing written')
    expect(JSON.parse(run.outputs.json!).repositories[0].tags).toEqual([{ tag: 'v1.0.0', action: 'would-create' }])
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, runAction } from '../support/run-action.js'

const PASSWORD = 'pusher-secret'

/** The Docker config docker/login-action leaves behind after logging in to both registries. */
function dockerConfig(...hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-docker-config-'))
  const auth = Buffer.from(`pusher:${PASSWORD}`).toString('base64')
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: Object.fromEntries(hosts.map((host) => [host, { auth }])) }, null, '\t'))
  return dir
}

describe.each(NODE_RUNTIMES)('dist/index.js promote on $name', ({ command }) => {
  let dev: StartedRegistry
  let prod: StartedRegistry
  let image: BuiltLayout
  let env: Record<string, string>
  const repository = `acme/service-${command.length}`
  beforeAll(async () => {
    ;[dev, prod] = await Promise.all([startRegistry({ auth: 'htpasswd' }), startRegistry({ auth: 'htpasswd' })])
    image = buildLayout({
      layers: [128 * 1024, 2048],
      seed: 83,
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
    })
    env = { ...eventFixture('push-tag').env, DOCKER_CONFIG: dockerConfig(dev.host, prod.host) }
    const pushed = await runAction({
      runtime: command,
      env,
      inputs: { command: 'push', source: image.dir, images: `${dev.host}/${repository}`, tags: 'type=sha' },
    })
    expect(pushed.exitCode, pushed.stdout).toBe(0)
  })
  afterAll(async () => {
    await Promise.all([dev?.stop(), prod?.stop()])
  })

  it('promotes the dev build to the prod registry under the release tags; a re-run writes nothing', async () => {
    const source = `${dev.host}/${repository}:sha-${eventFixture('push-tag').env.GITHUB_SHA!.slice(0, 7)}`
    const inputs = { command: 'promote', source, images: `${prod.host}/prod/service`, tags: 'type=semver,pattern={{version}}\nprod' }
    const first = await runAction({ runtime: command, env, inputs })
    expect(first.stderr).toBe('')
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.outputs.digest).toBe(image.rootDigest)
    expect(first.outputs.refs).toBe(`${prod.host}/prod/service@${image.rootDigest}`)
    // As in metadata-action, latest=auto adds latest on a semver tag push; floating tags go last.
    expect(first.outputs.tags).toBe(`${prod.host}/prod/service:1.2.3\n${prod.host}/prod/service:prod\n${prod.host}/prod/service:latest`)
    expect(JSON.parse(first.outputs.plan!)).toEqual({
      include: [{ source: `${dev.host}/${repository}@${image.rootDigest}`, image: `${prod.host}/prod/service`, tags: '1.2.3\nprod\nlatest', path: 'copy' }],
    })
    const json = JSON.parse(first.outputs.json!) as { images: { targets: { tags: { tag: string; action: string }[]; blobsUploaded: number }[] }[] }
    expect(json.images[0]!.targets[0]!.tags.map((t) => `${t.tag}:${t.action}`)).toEqual(['1.2.3:created', 'prod:created', 'latest:created'])
    expect(json.images[0]!.targets[0]!.blobsUploaded).toBe(image.layers.length + image.configs.length)
    expect(first.summary).toContain('another registry: blobs copied')
    expect(first.summary).toContain('<code>prod</code></td><td>created')
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `--creds=pusher:${PASSWORD}`, `docker://${prod.host}/prod/service:prod`])
    expect(Buffer.from(raw.stdout)).toEqual(image.manifests.at(-1)!.bytes)

    await prod.resetAccessLog()
    const again = await runAction({ runtime: command, env, inputs })
    expect(again.exitCode, again.stdout).toBe(0)
    expect((await prod.accessLog()).filter((e) => e.status !== 401 && e.path !== '/v2/').map((e) => e.method)).toEqual(['HEAD', 'HEAD', 'HEAD'])
    expect(again.summary).toContain('Already up to date')
    for (const run of [first, again]) {
      const unmasked = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]
        .join('\n')
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
      expect(unmasked.join('\n')).not.toContain(PASSWORD)
    }
  })

  it('dry-run reads only and prints the plan', async () => {
    const inputs = {
      command: 'promote',
      source: `${dev.host}/${repository}@${image.rootDigest}`,
      images: `${dev.host}/staging/service`,
      tags: '1.2.3',
      'dry-run': 'true',
    }
    await dev.resetAccessLog()
    const run = await runAction({ runtime: command, env, inputs })
    expect(run.exitCode, run.stdout).toBe(0)
    expect((await dev.accessLog()).filter((e) => e.method !== 'HEAD' && e.method !== 'GET')).toEqual([])
    expect(run.summary).toContain('dry run: nothing written')
    expect(JSON.parse(run.outputs.plan!).include[0].path).toBe('mount')
    expect(JSON.parse(run.outputs.json!).images[0].targets[0].tags).toEqual([{ tag: '1.2.3', action: 'would-create' }])
  })

  it('refuses a source without a tag or digest, naming the input, before any request', async () => {
    await dev.resetAccessLog()
    const run = await runAction({ runtime: command, env, inputs: { command: 'promote', source: `${dev.host}/${repository}`, tags: 'prod' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::input "source": .* names no tag or digest/)
    expect(run.stdout).toContain('What to do:')
    expect(await dev.accessLog()).toEqual([])
  })
})

/**
 * The runner gets dist/ and nothing else: no node_modules beside it. The bundles are copied to a
 * directory with no node_modules above it, and every command's chunks are made to load there, so
 * a module left to be required at run time (instead of bundled) fails here, not on a user's runner.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, connect as connectTcp, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { REPO_ROOT } from '../support/run-action.js'

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('the bundles, copied where no node_modules can be found', () => {
  let root: string
  let cli: string
  let registry: StartedRegistry
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'shiptag-standalone-'))
    cpSync(join(REPO_ROOT, 'dist'), join(root, 'dist'), { recursive: true })
    cli = join(root, 'dist/cli/index.js')
    registry = await startRegistry()
  })
  afterAll(() => registry?.stop())

  it('tags: dates in a time zone, pep440 and match rules', async () => {
    const result = await run(
      [
        cli,
        'tags',
        '--images',
        'ghcr.io/acme/app',
        '--ref',
        'refs/tags/v1.0.0rc1',
        '--sha',
        '0123456789abcdef0123456789abcdef01234567',
        '--event',
        'push',
        '--tags',
        "type=raw,value={{date 'YYYY' tz='Asia/Tokyo'}}",
        '--tags',
        'type=pep440,pattern={{version}}',
        '--tags',
        'type=match,pattern=v(\\d+),group=1',
      ],
      // Module resolution starts at the script, not the working directory: a checkout for the git facts is fine.
      REPO_ROOT,
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/ghcr\.io\/acme\/app:1\.0\.0rc1\nghcr\.io\/acme\/app:1\n.*ghcr\.io\/acme\/app:\d{4}\n/s)
  })

  it('push and promote against the registry, with a policy file', async () => {
    const image = buildLayout({ layers: [2048], seed: 701 })
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-standalone-ws-'))
    cpSync(join(REPO_ROOT, 'test/fixtures/check-repo/.github'), join(workspace, '.github'), { recursive: true })
    const pushed = await run([cli, 'push', '--source', image.dir, '--images', `${registry.host}/acme/app`, '--tags', 'sha-1'], workspace)
    expect(pushed.code, pushed.stderr).toBe(0)
    const promoted = await run(
      [cli, 'promote', '--source', `${registry.host}/acme/app:sha-1`, '--images', `${registry.host}/acme/prod`, '--tags', '1.0.0'],
      workspace,
    )
    expect(promoted.code, promoted.stderr).toBe(0)
    expect(promoted.stdout).toBe(`${registry.host}/acme/prod@${image.rootDigest}\n`)
  })

  it('push through HTTP_PROXY: every registry request is tunnelled with CONNECT', async () => {
    // undici's request API is attached to its Dispatcher by our transport (not undici's index);
    // the proxy agent opens its tunnels through that API, so this fails if the attachment is lost.
    const tunnels: string[] = []
    const proxy: Server = createServer((client) => {
      client.once('data', (head: Buffer) => {
        const [method, target] = head.toString('latin1').split(' ')
        if (method !== 'CONNECT' || target === undefined) return client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n')
        tunnels.push(target)
        const [host, port] = target.split(':')
        const upstream = connectTcp(Number(port), host!, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
          upstream.pipe(client).pipe(upstream)
        })
        upstream.on('error', () => client.destroy())
        client.on('error', () => upstream.destroy())
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = proxy.address() as { port: number }
      const image = buildLayout({ layers: [1024], seed: 702 })
      const pushed = await run([cli, 'push', '--source', image.dir, '--images', `${registry.host}/acme/proxied`, '--tags', 'v1'], root, {
        HTTP_PROXY: `http://127.0.0.1:${port}`,
      })
      expect(pushed.code, pushed.stderr).toBe(0)
      expect(pushed.stdout).toBe(`${registry.host}/acme/proxied@${image.rootDigest}\n`)
      expect(tunnels.length).toBeGreaterThan(0)
      expect(new Set(tunnels)).toEqual(new Set([registry.host]))
    } finally {
      await new Promise((resolve) => proxy.close(resolve))
    }
  })

  it('check: the scanners, the policy parser and SARIF', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-standalone-check-'))
    cpSync(join(REPO_ROOT, 'test/fixtures/check-repo'), workspace, { recursive: true })
    const result = await run([cli, 'check', '--json', '--sarif', 'out.sarif'], workspace)
    expect(result.code).toBe(1)
    expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(10)
  })

  it('the action entry point loads its step chunks', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-standalone-action-'))
    const output = join(workspace, 'output')
    writeFileSync(output, '')
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_OUTPUT: output,
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/tags/v2.0.0',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          INPUT_COMMAND: 'tags',
          INPUT_IMAGES: 'ghcr.io/acme/app',
          INPUT_TAGS: 'type=semver,pattern={{version}}',
        },
      })
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.on('close', (code) => resolve({ code, stdout }))
    })
    expect(result.code, result.stdout).toBe(0)
  })
})

// A throwaway distribution registry for the demo: the Debian docker-registry binary on 127.0.0.1
// with temporary storage, installed with apt when it is missing and we are root; or an existing
// registry named by REGISTRY_URL.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BINARY = '/usr/bin/docker-registry'

export async function startDemoRegistry(log) {
  if (process.env.REGISTRY_URL) {
    const url = new URL(process.env.REGISTRY_URL)
    log(`using the registry at ${url.origin} (REGISTRY_URL)`)
    return { host: url.host, stop: async () => {} }
  }
  if (!existsSync(BINARY)) installRegistry(log)
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-demo-registry-'))
  const port = await freePort()
  const config = join(dir, 'config.yml')
  writeFileSync(
    config,
    JSON.stringify({
      version: 0.1,
      log: { level: 'error', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: join(dir, 'storage') }, delete: { enabled: true } },
      http: { addr: `127.0.0.1:${port}` },
    }),
  )
  const child = spawn(BINARY, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', () => child.kill('SIGKILL'))
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`)
      if (response.ok) {
        log(`started docker-registry on 127.0.0.1:${port} (storage in a temporary directory)`)
        return { host: `127.0.0.1:${port}`, stop }
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`docker-registry did not answer within 15 s: ${stderr}`)
}

function installRegistry(log) {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${BINARY} is missing. Install it (sudo apt-get install -y docker-registry) or point REGISTRY_URL at a registry, e.g. REGISTRY_URL=http://127.0.0.1:5000 npm run demo`,
    )
  }
  log('installing the Debian package docker-registry (apt-get)')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'docker-registry'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bcrypt from 'bcryptjs'
import { registryBinary, selfSignedCertificate } from './binaries.js'
import { registryConfig } from './config.js'
import { freePort } from './free-port.js'
import { RecordingProxy } from './recording-proxy.js'
import { TokenServer } from './token-server.js'
import type { RegistryUser, StartRegistryOptions, TestRegistry } from './types.js'

export type * from './types.js'
export { skopeo, run } from './binaries.js'
export type { TokenRequest } from './token-server.js'
export { ALL_FAULT_KINDS, describeFaultCount, mulberry32, randomFaults, type FaultCounter, type RandomFaultOptions } from './random-faults.js'

export const DEFAULT_USERS: readonly RegistryUser[] = [
  { username: 'pusher', password: 'pusher-secret', grants: [{ repository: '*', actions: ['pull', 'push', 'delete'] }] },
  { username: 'reader', password: 'reader-secret', grants: [{ repository: '*', actions: ['pull'] }] },
]

const SERVICE = 'shiptag-test-registry'
const running = new Set<() => Promise<void>>()
const children = new Set<ChildProcess>()

/** A real test registry plus, in token mode, the token server's request log. */
export interface StartedRegistry extends TestRegistry {
  readonly tokenServer?: TokenServer
}

/**
 * Starts the real distribution registry (Debian `docker-registry`) on 127.0.0.1 with a config it
 * writes: temp storage, deletes enabled, a free port, and the auth variant asked for. Clients talk
 * to it through a recording proxy (`host`), whose log gives exact request and response sizes.
 */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<StartedRegistry> {
  const auth = options.auth ?? 'anonymous'
  const users = options.users ?? DEFAULT_USERS
  if (process.env.REGISTRY_URL) return externalRegistry(process.env.REGISTRY_URL, auth)
  const binary = registryBinary()
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-registry-'))
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(dir, { recursive: true, force: true })]
  const stop = async () => {
    running.delete(stop)
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
  }
  running.add(stop)
  try {
    let tokenServer: TokenServer | undefined
    let htpasswdFile: string | undefined
    let token: { realm: string; service: string; issuer: string; certFile: string } | undefined
    if (auth === 'htpasswd') {
      htpasswdFile = join(dir, 'htpasswd')
      writeFileSync(htpasswdFile, users.map((user) => `${user.username}:${bcrypt.hashSync(user.password, 4)}\n`).join(''))
    }
    if (auth === 'token') {
      const { keyFile, certFile } = await selfSignedCertificate(dir)
      tokenServer = new TokenServer({
        users,
        service: SERVICE,
        issuer: 'shiptag-test-issuer',
        keyPem: readFileSync(keyFile, 'utf8'),
        certPem: readFileSync(certFile, 'utf8'),
      })
      const tokenPort = await freePort()
      await tokenServer.listen(tokenPort)
      cleanups.push(() => tokenServer!.close())
      token = { realm: `http://127.0.0.1:${tokenPort}/token`, service: SERVICE, issuer: 'shiptag-test-issuer', certFile }
    }
    const registryPort = await freePort()
    const configFile = join(dir, 'config.yml')
    writeFileSync(
      configFile,
      registryConfig({ storage: join(dir, 'storage'), port: registryPort, auth, ...(htpasswdFile ? { htpasswdFile } : {}), ...(token ? { token } : {}) }),
    )
    const child = spawn(binary, ['serve', configFile], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-8192)))
    children.add(child)
    child.once('exit', () => children.delete(child))
    cleanups.push(() => stopProcess(child))
    await waitUntilServing(registryPort, child, () => stderr)
    const proxy = new RecordingProxy(registryPort)
    const proxyPort = await freePort()
    await proxy.listen(proxyPort)
    cleanups.push(() => proxy.close())
    const host = `127.0.0.1:${proxyPort}`
    return {
      host,
      url: `http://${host}`,
      auth,
      users,
      ...(token ? { tokenServerUrl: token.realm } : {}),
      ...(tokenServer ? { tokenServer } : {}),
      accessLog: () => proxy.log(),
      resetAccessLog: () => proxy.reset(),
      injectFaults: (rule) => proxy.injectFaults(rule),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Stops every registry still running (for an afterAll that wants to be sure). */
export async function stopAllRegistries(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()))
}

async function waitUntilServing(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}: ${stderr()}`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`)
      await response.arrayBuffer()
      if (response.status === 200 || response.status === 401) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`docker-registry did not answer on 127.0.0.1:${port} within 15 s: ${stderr()}`)
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

function externalRegistry(url: string, auth: StartRegistryOptions['auth']): StartedRegistry {
  if (auth !== undefined && auth !== 'anonymous') {
    throw new Error(`REGISTRY_URL serves only the anonymous tests; the ${auth} variant needs the docker-registry binary (apt-get install -y docker-registry)`)
  }
  const parsed = new URL(url)
  const unavailable = () =>
    Promise.reject(new Error('the access log is not available for an external registry (REGISTRY_URL); unset it to run the registry locally'))
  const noFaults = () => {
    throw new Error('faults cannot be injected into an external registry (REGISTRY_URL); unset it to run the registry locally')
  }
  return {
    host: parsed.host,
    url: parsed.origin,
    auth: 'anonymous',
    users: [],
    accessLog: unavailable,
    resetAccessLog: unavailable,
    injectFaults: noFaults,
    stop: async () => {},
  }
}

// A crashed test run must not leave registries behind: 'exit' allows only synchronous work.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

/**
 * Through HTTPS_PROXY, the tunnel is opened by undici's client of the proxy, which has its own
 * deadlines: a proxy that takes the connection and never answers CONNECT must fail within
 * `timeout` too, not after undici's 300 s default.
 */
import { execFile } from 'node:child_process'
import { createServer, type Socket } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const run = promisify(execFile)
const sockets = new Set<Socket>()
const silentProxy = createServer((socket) => {
  sockets.add(socket)
  socket.on('error', () => {})
})
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => silentProxy.listen(0, '127.0.0.1', resolve))
  port = (silentProxy.address() as { port: number }).port
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise<void>((resolve) => silentProxy.close(() => resolve()))
})

it('a proxy that never answers CONNECT fails the step within the timeout', async () => {
  const started = performance.now()
  const failed = await run(
    process.execPath,
    [join(REPO_ROOT, 'dist/cli/index.js'), 'promote', '--source', 'registry.example.com/acme/app:1.0.0', '--tags', 'x', '--timeout', '3s'],
    {
      env: { ...process.env, HTTPS_PROXY: `http://127.0.0.1:${port}`, NO_PROXY: '' },
    },
  ).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  )
  const seconds = (performance.now() - started) / 1000
  expect(failed?.code).toBe(1)
  expect(failed?.stderr).toMatch(/registry\.example\.com/)
  expect(failed?.stderr).toMatch(/timed out|did not answer|no answer/)
  expect(seconds).toBeLessThan(15)
  expect(sockets.size).toBeGreaterThan(0)
})

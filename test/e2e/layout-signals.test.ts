/**
 * A gzip source is decompressed to a temporary file; a runner that cancels the step (SIGINT, then
 * SIGTERM) must not leave it behind (issue 12: "temp files are removed on every exit path, signals
 * included"). Runs the bundled CLI as a child process and stops it mid-inflate.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it, onTestFinished } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')

/** 768 MiB of zeros as concatenated gzip members (RFC 1952, https://www.rfc-editor.org/rfc/rfc1952#section-2.2): under the 1 GiB floor, slow enough to interrupt. */
function slowGzip(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shiptag-signal-src-')), 'image.tar.gz')
  const member = gzipSync(Buffer.alloc(1 << 20))
  writeFileSync(path, Buffer.concat(Array.from({ length: 768 }, () => member)))
  return path
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('dist/cli/index.js push from a gzip source', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('removes the decompressed copy when stopped by %s mid-inflate, and dies of the signal', async (signal) => {
    const temp = mkdtempSync(join(tmpdir(), 'shiptag-signal-tmp-'))
    const copies = () => readdirSync(temp).filter((name) => name.startsWith('shiptag-layout-'))
    const source = slowGzip()
    onTestFinished(() => {
      rmSync(temp, { recursive: true, force: true })
      rmSync(dirname(source), { recursive: true, force: true })
    })
    const child = spawn(process.execPath, [CLI, 'push', '--source', source, '--images', '127.0.0.1:9/acme/app', '--tags', 'v1'], {
      cwd: temp,
      env: { PATH: process.env.PATH ?? '', HOME: temp, TMPDIR: temp },
      stdio: 'ignore',
    })
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    )
    // Wait until the copy holds some bytes: the signal then lands while zlib writes.
    const tarOf = () =>
      copies()
        .map((dir) => join(temp, dir, 'layout.tar'))
        .find((path) => existsSync(path) && statSync(path).size > 16 << 20)
    const deadline = Date.now() + 20_000
    while (tarOf() === undefined && Date.now() < deadline) await sleep(5)
    expect(tarOf(), 'the CLI never started to decompress').toBeDefined()
    child.kill(signal)
    expect(await exited).toEqual({ code: null, signal })
    expect(copies()).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { progressLines, uploadProgressLine } from './progress.js'

describe('progressLines', () => {
  it('prints at most one line per interval, with bytes and rate, and none for blobs that sent nothing', () => {
    const lines: string[] = []
    let clock = 0
    const report = progressLines((line) => lines.push(line), () => clock, 5000)
    const target = { registry: 'ghcr.io', repository: 'acme/app' }
    const blob = (bytesSent: number) => ({ descriptor: { mediaType: 'x', digest: 'sha256:0', size: bytesSent }, action: bytesSent ? ('uploaded' as const) : ('mounted' as const), bytesSent })
    clock = 1000
    report(target, blob(10 * 1024 * 1024))
    clock = 6000
    report(target, blob(0))
    report(target, blob(20 * 1024 * 1024))
    clock = 7000
    report(target, blob(1024))
    expect(lines).toEqual(['ghcr.io/acme/app: 3 blob(s) done, 30 MiB sent (5.0 MiB/s)'])
  })
})

describe('uploadProgressLine', () => {
  it.each([
    [{ registry: 'ghcr.io', repository: 'acme/app', operation: 'upload blob sha256:ab12cd34ef56…', bytesSent: 48 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, elapsedMs: 20_000 }, 'upload blob sha256:ab12cd34ef56… to ghcr.io/acme/app: 48 MiB of 1.0 GiB (4 %), 2.4 MiB/s'],
    [{ registry: 'localhost:5000', repository: undefined, operation: 'upload blob sha256:00', bytesSent: 0, totalBytes: 0, elapsedMs: 0 }, 'upload blob sha256:00 to localhost:5000: 0 B of 0 B (0 %), 0 B/s'],
  ])('%# %s', (progress, line) => {
    expect(uploadProgressLine(progress)).toBe(line)
  })
})

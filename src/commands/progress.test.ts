import { describe, expect, it } from 'vitest'
import { progressLines } from './progress.js'

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

import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { wasmTieringFlag } from './wasm-tiering.js'

describe('wasmTieringFlag', () => {
  it.each([
    ['11.3.244.8-node.38', '--liftoff-only'], // Node 20
    ['12.4.254.21-node.57', '--liftoff-only'], // Node 22
    ['13.6.233.10-node.30', '--wasm-tiering-budget=2000000000'], // Node 24
    ['14.1.0', '--wasm-tiering-budget=2000000000'],
  ])('V8 %s → %s', (version, flag) => {
    expect(wasmTieringFlag(version)).toBe(flag)
  })

  // `v8.setFlagsFromString` takes a flag V8 does not know with one line on stderr and no effect,
  // so a renamed flag would silently cost the start-up time it saves (docs/decisions.md#start-up-speed-ups).
  const flag = wasmTieringFlag(process.versions.v8)
  it(`is a flag this Node's V8 (${process.versions.v8}) knows`, () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' })
    expect(options.split('\n').map((line) => line.trim().split(' ')[0])).toContain(flag.split('=')[0])
  })
})

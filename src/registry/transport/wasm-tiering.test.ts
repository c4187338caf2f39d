import { describe, expect, it } from 'vitest'
import { wasmTieringFlag } from './wasm-tiering.js'

describe('wasmTieringFlag', () => {
  it.each([
    ['11.3.244.8-node.38', '--liftoff-only'], // Node 20
    ['12.4.254.21-node.57', '--liftoff-only'], // Node 22
    ['13.6.233.10-node.30', undefined], // Node 24
    ['14.1.0', undefined],
  ])('V8 %s → %s', (version, flag) => {
    expect(wasmTieringFlag(version)).toBe(flag)
  })
})

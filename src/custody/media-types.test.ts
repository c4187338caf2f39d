import { describe, expect, it } from 'vitest'
import { isSigstoreBundleType } from './media-types.js'

describe('isSigstoreBundleType', () => {
  it.each([
    ['application/vnd.dev.sigstore.bundle.v0.3+json', true],
    ['APPLICATION/VND.DEV.SIGSTORE.BUNDLE.V0.3+JSON', true],
    ['application/vnd.dev.sigstore.bundle+json;version=0.3', true],
    ['application/vnd.dev.sigstore.bundle+json; version=0.3', true],
    ['application/vnd.dev.sigstore.bundle+json; Version="0.3"', true],
    ['application/vnd.dev.sigstore.bundle+json;version=0.2', false],
    ['application/vnd.dev.sigstore.bundle+json;version=0.3;charset=utf-8', false],
    ['application/vnd.dev.sigstore.bundle+json', false],
    ['application/vnd.dev.sigstore.bundle.v0.3+json;version=0.1', false],
    ['application/vnd.dev.sigstore.bundle.v0.2+json', false],
    ['application/vnd.dev.cosign.artifact.sig.v1+json', false],
    ['application/spdx+json', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (mediaType, expected) => {
    expect(isSigstoreBundleType(mediaType)).toBe(expected)
  })
})

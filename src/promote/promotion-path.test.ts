import { describe, expect, it } from 'vitest'
import { parseRepository } from '../ref/index.js'
import { promotionPath } from './promote-image.js'

/** How content reaches a target, whichever way its registry host is spelt (host names ignore case, RFC 4343). */
describe('promotionPath', () => {
  it.each([
    ['ghcr.io/acme/app', 'ghcr.io/acme/app', 'same-repository'],
    ['GHCR.io/acme/app', 'ghcr.io/acme/app', 'same-repository'],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app2', 'mount'],
    ['ghcr.io/acme/app', 'GHCR.IO/prod/app', 'mount'],
    ['ghcr.io/acme/app', 'quay.io/acme/app', 'copy'],
    ['ghcr.io/acme/app', 'ghcr.io:443/acme/app', 'copy'],
    ['app', 'index.docker.io/library/app', 'same-repository'],
  ])('%s → %s: %s', (source, target, expected) => {
    expect(promotionPath(parseRepository(source), parseRepository(target))).toBe(expected)
  })
})

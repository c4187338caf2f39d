import { describe, expect, it } from 'vitest'
import { interpolate } from './compose-interpolation.js'

describe('interpolate (Compose)', () => {
  it.each([
    ['nginx:1.25', 'nginx:1.25', []],
    ['repo:${TAG:-latest}', 'repo:latest', []],
    ['repo:${TAG-latest}', 'repo:latest', []],
    ['${REG:-${MIRROR:-ghcr.io}}/app', 'ghcr.io/app', []],
    ['price$$', 'price$', []],
    ['$${TAG}', '${TAG}', []],
    ['a$-b', 'a$-b', []],
    ['repo:${TAG}', 'repo:', ['${TAG} has no default']],
    ['repo:$TAG', 'repo:', ['$TAG has no default']],
    ['repo:${TAG:?tag please}', 'repo:', ['${TAG} must be set at deploy time (:?) and has no default']],
    ['repo:${TAG?}', 'repo:', ['${TAG} must be set at deploy time (?) and has no default']],
    ['repo${SUFFIX:+-dev}', 'repo', ['${SUFFIX:+…} depends on whether SUFFIX is set']],
    ['${REG:-${MIRROR}}/app', '/app', ['${MIRROR} has no default']],
    ['repo:${1}', 'repo:', ['${1} is not a valid interpolation']],
    ['repo:${TAG', 'repo:', ['${TAG is an unclosed interpolation']],
  ])('%s → %j %j', (raw, value, unknown) => {
    expect(interpolate(raw)).toEqual({ value, unknown })
  })
})

import { describe, expect, it } from 'vitest'
import { ExpressionError, interpolate, interpolateString } from './expressions.js'

const CONTEXT = {
  steps: { meta: { outputs: { tags: 'a:1\na:2', plan: '{"include":[{"source":"s"}]}' } } },
  needs: { plan: { outputs: { plan: '{"include":[{"source":"s"}]}' } } },
  matrix: { source: 'ghcr.io/acme/app@sha256:1' },
  github: { actor: 'jane-doe' },
}

describe('README workflow expressions', () => {
  it.each([
    ['a step output', '${{ steps.meta.outputs.tags }}', 'a:1\na:2'],
    ['an expression inside text', 'pushed ${{ github.actor }}!', 'pushed jane-doe!'],
    ['without spaces', '${{matrix.source}}', 'ghcr.io/acme/app@sha256:1'],
    ['fromJSON keeps the object', '${{ fromJSON(needs.plan.outputs.plan) }}', { include: [{ source: 's' }] }],
    ['two expressions', '${{ github.actor }}/${{ matrix.source }}', 'jane-doe/ghcr.io/acme/app@sha256:1'],
    ['text without expressions', 'plain', 'plain'],
  ])('%s', (_name, text, expected) => {
    expect(interpolate(text, CONTEXT)).toEqual(expected)
  })

  it('turns an object into JSON where a string is needed', () => {
    expect(interpolateString('${{ fromJSON(needs.plan.outputs.plan) }}', CONTEXT)).toBe('{"include":[{"source":"s"}]}')
  })

  it.each([
    ['an output the step does not set', '${{ steps.meta.outputs.digest }}'],
    ['a step that does not exist', '${{ steps.push.outputs.refs }}'],
    ['an operator', "${{ github.actor == 'x' }}"],
    ['a function other than fromJSON', '${{ toJSON(github) }}'],
  ])("refuses %s instead of giving the runner's empty string", (_name, text) => {
    expect(() => interpolate(text, CONTEXT)).toThrow(ExpressionError)
  })
})

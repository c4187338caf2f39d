import { describe, expect, it } from 'vitest'
import { nextLink } from './tags.js'

// docs/registry-protocol.md#tag-listing.
describe('nextLink', () => {
  it.each([
    { values: ['</v2/acme/app/tags/list?last=b&n=2>; rel="next"'], expected: '/v2/acme/app/tags/list?last=b&n=2' },
    { values: ['<https://r.example/v2/x/tags/list?last=c>; rel=next'], expected: 'https://r.example/v2/x/tags/list?last=c' },
    { values: ['</prev>; rel="prev", </next>; rel="next"'], expected: '/next' },
    { values: ['</prev>; rel="prev"', '</next>;rel="next"'], expected: '/next' },
    { values: ['</both>; rel="next last"'], expected: '/both' },
    { values: ['</a>; title="x"; REL="Next"'], expected: '/a' },
    { values: ['</prev>; rel="prev"'], expected: undefined },
    { values: [], expected: undefined },
  ])('$values', ({ values, expected }) => {
    expect(nextLink(values)).toBe(expected)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortKeys } from './key-order.js'

const byIcu = (keys: readonly string[]) => [...keys].sort((a, b) => a.localeCompare(b, 'en-US'))
const sorted = (keys: readonly string[]) => sortKeys(keys.map((key) => [key, key] as const)).map(([key]) => key)

describe('sortKeys: the order of localeCompare with en-US, without loading ICU for plain keys', () => {
  it.each([
    [['org.opencontainers.image.version', 'org.opencontainers.image.created', 'org.opencontainers.image.url']],
    [['a-b', 'a.b', 'a0', 'a', 'ab', 'a-', 'a.']],
    [['9', '10', '1.0', '1-0', '1']],
    // Other keys take ICU's road: case and `_` are not in code-unit order there.
    [['B', 'a', 'b', 'A', 'a_b', 'a-b', 'é', 'e', 'f']],
  ])('%j', (keys) => {
    expect(sorted(keys)).toEqual(byIcu(keys))
  })

  it('agrees with ICU on any list of keys over a-z, 0-9, . and -', () => {
    const key = fc.stringMatching(/^[a-z0-9.-]{0,12}$/)
    fc.assert(
      fc.property(fc.array(key, { maxLength: 20 }), (keys) => {
        expect(sorted(keys)).toEqual(byIcu(keys))
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with ICU on any list of printable ASCII keys', () => {
    const key = fc.stringMatching(/^[ -~]{0,8}$/)
    fc.assert(
      fc.property(fc.array(key, { maxLength: 10 }), (keys) => {
        expect(sorted(keys)).toEqual(byIcu(keys))
      }),
      { numRuns: 500 },
    )
  })
})

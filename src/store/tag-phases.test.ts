import { describe, expect, it } from 'vitest'
import { writePhases } from './tag-phases.js'

const kind = (tag: string) => (/^\d+\.\d+\.\d+$/.test(tag) ? 'versioned' : 'floating')

describe('writePhases', () => {
  it.each([
    [
      'versioned, then floating',
      ['1.0.0', '2.0.0', 'latest', 'main'],
      kind,
      [
        ['1.0.0', '2.0.0'],
        ['latest', 'main'],
      ],
    ],
    ['one kind only', ['latest', 'main'], kind, [['latest', 'main']]],
    ['no tag', [], kind, []],
    // The order given is kept even when a kind comes back: a floating tag never joins an earlier run.
    ['a kind that comes back is a phase of its own', ['1.0.0', 'latest', '2.0.0'], kind, [['1.0.0'], ['latest'], ['2.0.0']]],
    [
      'a marker after the floating tags',
      ['1.0.0', 'latest', 'prod'],
      (tag: string) => (tag === 'prod' ? 'marker' : kind(tag)),
      [['1.0.0'], ['latest'], ['prod']],
    ],
    ['without phaseOf, one tag a phase', ['1.0.0', '2.0.0', 'latest'], undefined, [['1.0.0'], ['2.0.0'], ['latest']]],
  ])('%s', (_name, tags, phaseOf, expected) => {
    expect(writePhases(tags, phaseOf).map((phase) => phase.map((i) => tags[i]))).toEqual(expected)
  })
})

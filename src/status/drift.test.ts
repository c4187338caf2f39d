import { describe, expect, it } from 'vitest'
import { findDrift } from './drift.js'
import type { EnvironmentColumn, StatusCell } from './types.js'

const D = (n: number) => `sha256:${String(n).repeat(64)}`
type Running = Extract<StatusCell, { state: 'running' }>
const running = (digest: string, versions: string[], extra: Partial<Running> = {}): Running => ({
  state: 'running',
  repository: 'r/app',
  tag: 'x',
  how: 'marker',
  digest,
  versions,
  signature: 'absent',
  record: 'not-written',
  sharedWith: [],
  ...extra,
})
const COLUMNS: EnvironmentColumn[] = [{ name: 'staging' }, { name: 'prod', promoteFrom: 'staging' }]
const TAGS = ['1.4.0', '1.4.1', '1.4.2']

describe('findDrift', () => {
  it.each([
    [
      'two versions behind, since the record',
      running(D(1), ['1.4.2'], { since: '2026-12-05T00:00:00Z', created: '2026-12-01T00:00:00Z' }),
      running(D(2), ['1.4.0']),
      [{ image: 'app', environment: 'prod', from: 'staging', has: '1.4.0', fromHas: '1.4.2', versionsBehind: 2, since: '2026-12-05T00:00:00Z' }],
    ],
    [
      'since the image was created without a record',
      running(D(1), ['1.4.1'], { created: '2026-12-01T00:00:00Z' }),
      running(D(2), ['1.4.0']),
      [{ image: 'app', environment: 'prod', from: 'staging', has: '1.4.0', fromHas: '1.4.1', versionsBehind: 1, since: '2026-12-01T00:00:00Z' }],
    ],
    ['digests without versions', running(D(1), []), running(D(2), []), [{ image: 'app', environment: 'prod', from: 'staging', has: D(2), fromHas: D(1) }]],
    ['the same digest is no drift', running(D(1), ['1.4.2']), running(D(1), ['1.4.2']), []],
    ['a missing cell is no drift', running(D(1), ['1.4.2']), { state: 'missing', repository: 'r/app', reason: 'no tags' } as StatusCell, []],
  ])('%s', (_, staging, prod, expected) => {
    expect(findDrift(COLUMNS, [{ image: 'app', cells: { staging, prod } }], () => TAGS)).toEqual(expected)
  })

  it('is not said when the from environment is not on the board', () => {
    expect(findDrift([COLUMNS[1]!], [{ image: 'app', cells: { prod: running(D(2), ['1.4.0']) } }], () => TAGS)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { Drift, StatusBoard, StatusCell } from '../status/types.js'
import { NOW, STORY_BOARD, running } from './status-board.test-support.js'
import { age, cellLines, clip, driftSentence, historyLine, nothingRead, shortDigest, versionList } from './status-words.js'

describe('the words of the status board', () => {
  it.each([
    ['2026-12-04T11:15:00Z', '45m'],
    ['2026-12-04T06:00:00Z', '6h'],
    ['2026-12-01T09:00:00Z', '3d'],
    ['2026-12-04T12:30:00Z', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('age of an image created %s is %s', (created, expected) => {
    expect(age(created, NOW)).toBe(expected)
  })

  it.each([
    [`sha256:${'b'.repeat(64)}`, 'sha256:bbbbbbbbbbbb'],
    ['nocolon-but-long-text', 'nocolon-but-'],
    [`sha512:${'c'.repeat(128)}`, 'sha512:cccccccccccc'],
  ])('shortDigest(%s) is %s', (digest, expected) => {
    expect(shortDigest(digest)).toBe(expected)
  })

  it.each([
    [[], ''],
    [['1.4.2'], '1.4.2'],
    [['1.4.2', '1.4', '1', '1.4.2-rc.1', '1.4.1'], '1.4.2, 1.4, 1, +2'],
    [[`1.0.0-${'x'.repeat(500)}`], `1.0.0-${'x'.repeat(33)}…`],
  ])('versionList(%j) is %s', (versions, expected) => {
    expect(versionList(versions)).toBe(expected)
  })

  it.each<[string, Drift, string]>([
    [
      'two versions behind, since the day staging got it',
      { image: 'app', environment: 'prod', from: 'staging', has: '1.4.0', fromHas: '1.4.2', versionsBehind: 2, since: '2026-12-01T09:00:00Z' },
      'app: prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01',
    ],
    [
      'one version',
      { image: 'app', environment: 'prod', from: 'staging', has: '1.4.1', fromHas: '1.4.2', versionsBehind: 1 },
      'app: prod is 1 version behind staging (1.4.1 → 1.4.2)',
    ],
    [
      'not versions: digests shortened, no count',
      { image: 'app', environment: 'staging', from: 'dev', has: `sha256:${'a'.repeat(64)}`, fromHas: `sha256:${'b'.repeat(64)}` },
      'app: staging lags dev (sha256:aaaaaaaaaaaa → sha256:bbbbbbbbbbbb)',
    ],
    [
      'a since that is not a time is clipped, not trusted',
      { image: 'a', environment: 'p', from: 's', has: 'x', fromHas: 'y', since: 'z'.repeat(100) },
      `a: p lags s (x → y) since ${'z'.repeat(39)}…`,
    ],
  ])('drift: %s', (_, drift, sentence) => {
    expect(driftSentence(drift)).toBe(sentence)
  })

  it.each<[string, StatusCell | undefined, StatusCell | undefined, string[]]>([
    [
      'a running cell: tag, digest, versions, age and marks',
      running(),
      undefined,
      ['1.4.2', 'sha256:bbbbbbbbbbbb', '1.4.2, 1.4, 1', '3d old, signed ✓, record ✓'],
    ],
    [
      '= when it holds the digest of the environment before it',
      running({ tag: 'prod' }),
      running({ tag: 'staging' }),
      ['= prod', 'sha256:bbbbbbbbbbbb', '1.4.2, 1.4, 1', '3d old, signed ✓, record ✓'],
    ],
    [
      'no = when the one before holds another digest',
      running({ tag: 'prod' }),
      running({ digest: `sha256:${'c'.repeat(64)}` }),
      ['prod', 'sha256:bbbbbbbbbbbb', '1.4.2, 1.4, 1', '3d old, signed ✓, record ✓'],
    ],
    [
      'the newest tag, no versions, no created, unsigned, no record written there',
      running({ tag: 'main-1a2b3c4', how: 'newest', versions: [], created: undefined, signature: 'absent', record: 'not-written' }),
      undefined,
      ['main-1a2b3c4 (newest)', 'sha256:bbbbbbbbbbbb', 'unsigned'],
    ],
    [
      'signature present but not verified, record absent',
      running({ signature: 'present', record: 'absent', versions: [] }),
      undefined,
      ['1.4.2', 'sha256:bbbbbbbbbbbb', '3d old, signed (not verified), no record'],
    ],
    ['missing says why', { state: 'missing', repository: 'r', reason: 'no tag prod in r' }, undefined, ['missing', 'no tag prod in r']],
    ['unreachable says why, clipped', { state: 'unreachable', repository: 'r', error: 'e'.repeat(500) }, undefined, ['unreachable', `${'e'.repeat(59)}…`]],
    ['no cell: the environment does not hold the image', undefined, undefined, ['—']],
  ])('cell: %s', (_, cell, before, lines) => {
    expect(cellLines(cell, before, NOW)).toEqual(lines)
  })

  it('a value with a line break stays on one line: a drift line in the log cannot start a workflow command', () => {
    const hostile = 'prod\n::error::owned\r\n\u2028x'
    const sentence = driftSentence({ image: hostile, environment: hostile, from: hostile, has: hostile, fromHas: hostile, since: hostile })
    expect(sentence).not.toMatch(/[\r\n\u2028]/)
    expect(historyLine({ environment: hostile, repository: hostile, tags: [hostile], evidence: 'unknown' })).not.toMatch(/[\r\n\u2028]/)
  })

  it('clip counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    expect(clip('😀'.repeat(5), 3)).toBe('😀😀…')
  })

  it.each<[string, StatusBoard, boolean]>([
    ['a board with running cells', STORY_BOARD, false],
    ['every cell unreachable', { ...STORY_BOARD, images: [{ image: 'app', cells: { dev: { state: 'unreachable', repository: 'r', error: 'down' } } }] }, true],
    [
      'only missing cells: the registry answered',
      { ...STORY_BOARD, images: [{ image: 'app', cells: { dev: { state: 'missing', repository: 'r', reason: 'no tag' } } }] },
      false,
    ],
    ['no cell and a problem', { ...STORY_BOARD, images: [], problems: ['cannot list'] }, true],
    ['no cell and no problem: empty, not failed', { ...STORY_BOARD, images: [], problems: [] }, false],
  ])('nothing read: %s → %s', (_, board, expected) => {
    expect(nothingRead(board)).toBe(expected)
  })

  it.each([
    [
      { environment: 'prod', repository: 'r/app', tags: ['1.4.2', 'prod'], receivedAt: '2026-12-02T10:00:00Z', evidence: 'promotion record' as const },
      'prod: r/app (1.4.2, prod), since 2026-12-02 (promotion record)',
    ],
    [{ repository: 'r/app', tags: [], evidence: 'unknown' as const }, 'r/app (no tag), since unknown'],
  ])('history line %#', (place, line) => {
    expect(historyLine(place)).toBe(line)
    expect(nothingRead({ digest: 'd', places: [place], problems: ['x'] })).toBe(false)
    expect(nothingRead({ digest: 'd', places: [], problems: ['x'] })).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { interpolate, type Variable } from './compose-interpolation.js'

describe('interpolate (Compose), the file alone', () => {
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
    ['repo:${TAG/a/b}', 'repo:', ['${TAG/a/b} is not a valid interpolation']],
    ['repo:${TAG', 'repo:', ['${TAG is an unclosed interpolation']],
  ])('%s → %j %j', (raw, value, unknown) => {
    expect(interpolate(raw)).toEqual({ value, unknown, sources: [] })
  })
})

const origin = (line: number) => ({ file: 'app/.env', line, column: 5, endColumn: 10 })
const set = (name: string, value: string, line: number, unknown: string[] = []): [string, Variable] => [name, { name, value, unknown, origin: origin(line) }]
const variables = new Map([set('TAG', '1.2.3', 1), set('EMPTY', '', 2), set('REG', 'ghcr.io/acme', 3), set('SHA', '', 4, ['${GIT_SHA} has no default'])])

describe('interpolate (Compose) with the variables of an env file', () => {
  it.each([
    ['repo:${TAG}', 'repo:1.2.3', [], [[5, 10, 'TAG']]],
    ['repo:$TAG', 'repo:1.2.3', [], [[5, 10, 'TAG']]],
    [
      '${REG}/app:${TAG:-latest}',
      'ghcr.io/acme/app:1.2.3',
      [],
      [
        [0, 12, 'REG'],
        [17, 22, 'TAG'],
      ],
    ],
    ['repo:${EMPTY:-latest}', 'repo:latest', [], []],
    ['repo:${EMPTY-latest}', 'repo:', [], [[5, 5, 'EMPTY']]],
    ['repo:${NONE:-${TAG}}', 'repo:1.2.3', [], [[5, 10, 'TAG']]],
    ['repo${TAG:+-dev}', 'repo-dev', [], []],
    ['repo${NONE:+-dev}', 'repo', [], []],
    ['repo${EMPTY:+-dev}', 'repo', [], []],
    ['repo${EMPTY+-dev}', 'repo-dev', [], []],
    ['repo:${TAG:?set it}', 'repo:1.2.3', [], [[5, 10, 'TAG']]],
    ['repo:${EMPTY?set it}', 'repo:', [], [[5, 5, 'EMPTY']]],
    ['repo:${EMPTY:?set it}', 'repo:', ['${EMPTY} must be set at deploy time (:?) and is empty in app/.env line 2'], []],
    ['repo:${NONE}', 'repo:', ['${NONE} has no default and app/.env does not set it'], []],
    ['repo:${SHA}', 'repo:', ['SHA in app/.env line 4 is not known: ${GIT_SHA} has no default'], []],
  ])('%s → %j %j', (raw, value, unknown, sources) => {
    const result = interpolate(raw, { variables, label: 'app/.env' })
    expect(result.value).toBe(value)
    expect(result.unknown).toEqual(unknown)
    expect(result.sources.map((source) => [source.start, source.end, source.variable.name])).toEqual(sources)
  })

  it('a value longer than the limit is unknown, not built', () => {
    const big = new Map([set('A', 'x'.repeat(1000), 1)])
    expect(interpolate('${A}'.repeat(100), { variables: big, maxLength: 10_000 })).toEqual({
      value: '',
      unknown: ['the value grows past 10000 characters once variables are filled in'],
      sources: [],
    })
  })
})

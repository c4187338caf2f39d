import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { DEFAULT_BUDGET_MS } from '../registry/index.js'
import { DEFAULT_TIMEOUT_MS, parseTimeout } from './duration.js'

describe('parseTimeout', () => {
  it("defaults to the registry client's own budget", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(DEFAULT_BUDGET_MS)
  })

  it.each([
    ['', 60_000],
    ['60', 60_000],
    [' 90 ', 90_000],
    ['90s', 90_000],
    ['1.5m', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['2500ms', 2_500],
    ['10S', 10_000],
  ])('%j → %i ms', (value, ms) => {
    expect(parseTimeout(value, 'timeout')).toBe(ms)
  })

  it.each([
    ['soon', 'input "timeout": "soon" is not a duration'],
    ['-5', 'input "timeout": "-5" is not a duration'],
    ['5 minutes', 'input "timeout": "5 minutes" is not a duration'],
    ['1d', 'input "timeout": "1d" is not a duration'],
    ['0', 'input "timeout": "0" is out of range; expected between 1s and 1h'],
    ['500ms', 'input "timeout": "500ms" is out of range; expected between 1s and 1h'],
    ['2h', 'input "timeout": "2h" is out of range; expected between 1s and 1h'],
  ])('refuses %j with an error naming the input', (value, message) => {
    const parse = () => parseTimeout(value, 'timeout')
    expect(parse).toThrow(InputError)
    expect(parse).toThrow(message)
  })

  it('names the CLI flag when it came from one', () => {
    expect(() => parseTimeout('fast', '--timeout')).toThrow('input "--timeout": "fast" is not a duration')
  })
})

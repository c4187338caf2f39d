import * as core from '@actions/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { getInput } from './input.js'
import { HOSTILE, hostileString } from './oracle.test-support.js'

/** getInput against @actions/core's: the same variable name, the same trimming, the same error for a required input. */
const set: string[] = []
afterEach(() => {
  for (const name of set.splice(0)) delete process.env[name]
})

function provide(variable: string, value: string): void {
  process.env[variable] = value
  set.push(variable)
}

function outcome(read: () => string): { value: string } | { error: string } {
  try {
    return { value: read() }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const inputName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 _-]{0,15}$/)
const options = fc.record({ required: fc.boolean(), trimWhitespace: fc.boolean() }, { requiredKeys: [] })

describe('getInput, as @actions/core reads inputs', () => {
  it.each([
    ['github-token', 'INPUT_GITHUB-TOKEN'],
    ['sep tags', 'INPUT_SEP_TAGS'],
    ['Dry Run', 'INPUT_DRY_RUN'],
    ['mount-from', 'INPUT_MOUNT-FROM'],
  ])('%s is read from %s (spaces to _, upper case, hyphens kept)', (name, variable) => {
    provide(variable, '  x  ')
    expect(getInput(name)).toBe('x')
    expect(getInput(name)).toBe(core.getInput(name))
  })

  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))('the value %s, trimmed and not, required and not', (_, value) => {
    provide('INPUT_ORACLE', value)
    for (const given of [undefined, { trimWhitespace: false }, { required: true }, { required: true, trimWhitespace: false }]) {
      expect(outcome(() => getInput('oracle', given))).toEqual(outcome(() => core.getInput('oracle', given)))
    }
  })

  it('any name, value and options; an input that is not set', () => {
    fc.assert(
      fc.property(inputName, fc.option(hostileString.filter((value) => !value.includes('\u0000'))), options, (name, value, given) => {
        const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
        if (value !== null) provide(variable, value)
        expect(outcome(() => getInput(name, given))).toEqual(outcome(() => core.getInput(name, given)))
        delete process.env[variable]
      }),
      { numRuns: 300 },
    )
  })

  it('a required input that is empty names the input', () => {
    expect(() => getInput('images', { required: true }, {})).toThrow('Input required and not supplied: images')
  })
})

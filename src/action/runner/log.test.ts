import * as core from '@actions/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import * as runner from './index.js'
import { HOSTILE, hostileString, stdoutOf } from './oracle.test-support.js'

/**
 * Our workflow commands against @actions/core's, byte for byte: the runner reads what the toolkit
 * writes, so writing the same bytes keeps every log line, mask and annotation as it was.
 */
type Log = Pick<typeof runner, 'info' | 'error' | 'warning' | 'startGroup' | 'endGroup' | 'setSecret' | 'setFailed'>
const OURS: Log = runner
const TOOLKIT: Log = core

function both(print: (log: Log) => void): [string, string] {
  return [stdoutOf(() => print(OURS)), stdoutOf(() => print(TOOLKIT))]
}

const annotation = fc.record(
  {
    title: hostileString,
    file: hostileString,
    startLine: fc.oneof(fc.nat(), fc.constant(0)),
    endLine: fc.nat(),
    startColumn: fc.nat(),
    endColumn: fc.nat(),
  },
  { requiredKeys: [] },
)

afterEach(() => {
  process.exitCode = undefined
})

describe('log commands, byte for byte as @actions/core writes them', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))('%s as a line, a group, a mask, an error and a warning', (_, value) => {
    const [ours, toolkit] = both((log) => {
      log.info(value)
      log.startGroup(value)
      log.endGroup()
      log.setSecret(value)
      log.error(value)
      log.warning(value, { title: value, file: value, startLine: 3, startColumn: 7, endColumn: 9 })
    })
    expect(ours).toBe(toolkit)
  })

  it('annotations with any properties: present, absent, empty, zero', () => {
    fc.assert(
      fc.property(hostileString, annotation, fc.boolean(), (message, properties, isError) => {
        const [ours, toolkit] = both((log) => (isError ? log.error : log.warning)(message, properties))
        expect(ours).toBe(toolkit)
      }),
      { numRuns: 500 },
    )
  })

  it('any string as a mask, a group name or a log line', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const [ours, toolkit] = both((log) => {
          log.setSecret(value)
          log.startGroup(value)
          log.info(value)
          log.endGroup()
        })
        expect(ours).toBe(toolkit)
      }),
      { numRuns: 500 },
    )
  })

  it('setFailed: the same error command, and exit code 1', () => {
    const ours = stdoutOf(() => runner.setFailed('failed:\n50% done'))
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    expect(ours).toBe(stdoutOf(() => core.setFailed('failed:\n50% done')))
    expect(process.exitCode).toBe(1)
  })

  it('a value with a line break cannot start a command of its own', () => {
    expect(stdoutOf(() => runner.warning('x\n::error::injected'))).toBe('::warning::x%0A::error::injected\n')
  })
})

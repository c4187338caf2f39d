import * as core from '@actions/core'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { exportVariable, keyValueMessage, setOutput } from './file-command.js'
import { HOSTILE, hostileString, stdoutOf } from './oracle.test-support.js'

/**
 * GITHUB_OUTPUT and GITHUB_ENV as we write them against @actions/core, byte for byte once each
 * random delimiter is replaced by one placeholder: later steps read the same outputs.
 */
const dir = mkdtempSync(join(tmpdir(), 'shiptag-file-command-'))
const saved = { GITHUB_OUTPUT: process.env.GITHUB_OUTPUT, GITHUB_ENV: process.env.GITHUB_ENV }
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

let files = 0
/** What `write` appends to a fresh runner file named in `variable`, delimiters replaced. */
function written(variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV', write: () => void): string {
  const file = join(dir, `file-${files++}`)
  writeFileSync(file, 'earlier step\n')
  process.env[variable] = file
  write()
  return readFileSync(file, 'utf8').replace(DELIMITER, '<delimiter>')
}

const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/).map((name) => `SHIPTAG_ORACLE_${name}`)

describe('GITHUB_OUTPUT and GITHUB_ENV, as @actions/core writes them', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))('an output and a variable of value %s', (_, value) => {
    expect(written('GITHUB_OUTPUT', () => setOutput('out-name', value))).toBe(written('GITHUB_OUTPUT', () => core.setOutput('out-name', value)))
    const ours = written('GITHUB_ENV', () => exportVariable('SHIPTAG_ORACLE_VAR', value))
    // Set for the rest of the step too (a NUL ends it there, as in any environment).
    const oursNow = process.env.SHIPTAG_ORACLE_VAR
    delete process.env.SHIPTAG_ORACLE_VAR
    expect(ours).toBe(written('GITHUB_ENV', () => core.exportVariable('SHIPTAG_ORACLE_VAR', value)))
    expect(oursNow).toBe(process.env.SHIPTAG_ORACLE_VAR)
    delete process.env.SHIPTAG_ORACLE_VAR
  })

  it('any name and value of an output; any value of a variable', () => {
    fc.assert(
      fc.property(hostileString, hostileString, envName, (name, value, variable) => {
        expect(written('GITHUB_OUTPUT', () => setOutput(name, value))).toBe(written('GITHUB_OUTPUT', () => core.setOutput(name, value)))
        expect(written('GITHUB_ENV', () => exportVariable(variable, value))).toBe(written('GITHUB_ENV', () => core.exportVariable(variable, value)))
        delete process.env[variable]
      }),
      { numRuns: 300 },
    )
  })

  it('each value gets a delimiter of its own, so one value cannot guess the next', () => {
    const text = keyValueMessage('a', 'x') + keyValueMessage('a', 'x')
    expect(new Set(text.match(DELIMITER)).size).toBe(2)
  })

  it('a value or name that holds the delimiter is refused, not written', () => {
    expect(() => keyValueMessage('tags', 'v1\nEOF\nbad<<x', 'EOF')).toThrow('Unexpected input: value should not contain the delimiter "EOF"')
    expect(() => keyValueMessage('xEOF', 'v1', 'EOF')).toThrow('Unexpected input: name should not contain the delimiter "EOF"')
  })

  it('a runner file that is gone is an error, as the toolkit says it, and nothing is created', () => {
    const gone = join(dir, 'gone')
    const ours = (() => {
      try {
        setOutput('a', 'b', { GITHUB_OUTPUT: gone })
      } catch (error) {
        return (error as Error).message
      }
    })()
    process.env.GITHUB_OUTPUT = gone
    expect(() => core.setOutput('a', 'b')).toThrow(ours!)
    expect(ours).toBe(`Missing file at path: ${gone}`)
  })

  it('without GITHUB_OUTPUT (a runner too old to name it), the ::set-output command the toolkit prints', () => {
    delete process.env.GITHUB_OUTPUT
    fc.assert(
      fc.property(hostileString, hostileString, (name, value) => {
        expect(stdoutOf(() => setOutput(name, value, {}))).toBe(stdoutOf(() => core.setOutput(name, value)))
      }),
    )
  })
})

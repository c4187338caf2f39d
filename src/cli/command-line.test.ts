import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { pushSource } from '../commands/push.js'
import { readCommandLine } from './command-line.js'
import { UsageError } from './usage-error.js'

describe('readCommandLine', () => {
  it('reads the flags a command declares into typed values', () => {
    const values = readCommandLine('promote', ['--source', 'a:1', '--source', 'b:1', '--no-artifacts', '--concurrency', '2', '--timeout', '90s'])
    expect(values.source.map((line) => line.text)).toEqual(['a:1', 'b:1'])
    expect(values).toMatchObject({ artifacts: false, concurrency: 2, timeout: 90_000, 'dry-run': false, policy: '', context: '' })
    expect(values.images).toEqual([])
  })

  it.each([
    [['tags', '--source', 'x'], "Unknown option '--source'"],
    [['check', '--dry-run'], "Unknown option '--dry-run'"],
    [['push', '--concurrency', '0'], '--concurrency: "0" is not a whole number of at least 1'],
    [['tags', '--context', 'github'], '--context: "github" is not allowed; expected one of workflow, git'],
  ] as const)('%j is a usage error: %s', ([command, ...args], message) => {
    const read = () => readCommandLine(command, args)
    expect(read).toThrow(UsageError)
    expect(read).toThrow(message)
  })

  it('refuses a second push source instead of keeping the last one', () => {
    const values = readCommandLine('push', ['--source', 'a.tar', '--source', 'b.tar'])
    expect(() => pushSource(values.source)).toThrow(InputError)
    expect(() => pushSource(values.source)).toThrow('input "source", line 2: push takes one source, and this is a second one ("b.tar")')
    expect(pushSource(readCommandLine('push', ['--source', 'a.tar']).source)).toBe('a.tar')
  })
})

import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { readActionInputs, type InputReader } from './inputs.js'

/** A reader over a plain map, trimming as `core.getInput` does unless told not to. */
function reader(values: Record<string, string>): InputReader {
  return (name, options) => {
    const value = values[name] ?? ''
    return options?.trimWhitespace === false ? value : value.trim()
  }
}

describe('readActionInputs', () => {
  it('reads the defaults', () => {
    const inputs = readActionInputs(reader({}), () => {})
    expect(inputs.command).toBe('tags')
    expect(inputs.contextSource).toBe('workflow')
    expect(inputs.separators).toEqual({ tags: '\n', labels: '\n', annotations: '\n' })
    expect(inputs.dryRun).toBe(false)
    expect(inputs.timeoutMs).toBe(60_000)
  })

  it('reads the timeout in seconds or as a duration', () => {
    expect(readActionInputs(reader({ timeout: '90' }), () => {}).timeoutMs).toBe(90_000)
    expect(readActionInputs(reader({ timeout: '5m' }), () => {}).timeoutMs).toBe(300_000)
  })

  it('reads env-file one file a line, comments skipped, each with its line', () => {
    const inputs = readActionInputs(reader({ 'env-file': 'deploy/base.env\n# prod overrides\ndeploy/prod.env' }), () => {})
    expect(inputs.envFile).toEqual([
      { input: 'env-file', line: 1, text: 'deploy/base.env' },
      { input: 'env-file', line: 3, text: 'deploy/prod.env' },
    ])
  })

  it('keeps separators untrimmed', () => {
    const inputs = readActionInputs(reader({ 'sep-tags': ' ', 'sep-labels': ',' }), () => {})
    expect(inputs.separators.tags).toBe(' ')
    expect(inputs.separators.labels).toBe(',')
  })

  it('masks the token before anything else', () => {
    const masked: string[] = []
    readActionInputs(reader({ 'github-token': 'ghs_secret' }), (s) => masked.push(s))
    expect(masked).toEqual(['ghs_secret'])
  })

  it.each([
    ['command', 'deploy', 'input "command": "deploy" is not allowed; expected one of tags, push, promote, check'],
    ['context', 'github', 'input "context": "github" is not allowed; expected one of workflow, git'],
    ['dry-run', 'yes', 'input "dry-run": "yes" is not a boolean'],
    ['timeout', '5 minutes', 'input "timeout": "5 minutes" is not a duration'],
    ['timeout', '0', 'input "timeout": "0" is out of range; expected between 1s and 1h'],
  ])('refuses %s=%s with an error naming the input', (input, value, message) => {
    const read = () => readActionInputs(reader({ [input]: value }), () => {})
    expect(read).toThrow(InputError)
    expect(read).toThrow(message)
  })
})
